# A linked list through Optional fields; `is None` / `is not None` tests.
from typing import Optional


class Node:
    value: int
    next: Optional["Node"]

    def __init__(self, value: int, next: Optional["Node"]) -> None:
        self.value = value
        self.next = next


def build(n: int) -> Optional[Node]:
    head: Optional[Node] = None
    for i in range(n):
        head = Node(i, head)
    return head


def reverse(head: Optional[Node]) -> Optional[Node]:
    prev: Optional[Node] = None
    while head is not None:
        nxt = head.next
        head.next = prev
        prev = head
        head = nxt
    return prev


def show(head: Optional[Node]) -> None:
    out = ""
    while head is not None:
        out = out + str(head.value) + " "
        head = head.next
    print(out)


lst = build(8)
show(lst)
r = reverse(lst)
show(r)
print(lst is None, r is None, build(0) is None, r.value if r is not None else -1)
