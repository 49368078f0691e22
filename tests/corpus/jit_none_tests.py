# `x is None` / `x is not None` tests in compiled code: the branch where x is
# not None skips x's None checks; other paths into the same code keep them
# (an AttributeError names the field, as CPython's does).
from typing import Optional


class Node:
    def __init__(self, value: int, next: Optional["Node"]) -> None:
        self.value = value
        self.next = next


def total(head: Optional[Node]) -> int:
    s = 0
    t = head
    while t is not None:
        s += t.value
        t = t.next
    return s


def second(head: Optional[Node]) -> int:
    if head is None or head.next is None:
        return -1
    return head.next.value


def pick(a: Optional[Node], b: Optional[Node], flag: bool) -> int:
    x = a
    if flag:
        x = b
    if x is None:
        return 0
    return x.value


def broken(a: Optional[Node], b: Optional[Node]) -> int:
    n = 0
    for i in range(3000):
        y = a if i % 2 == 0 else b
        if y is not None:
            n += y.value
        else:
            n -= 1
    z = b
    if a is None:
        z = a
    return n + (z.value if z is not None else 0)


head: Optional[Node] = None
for v in range(2000):
    head = Node(v, head)
print(total(head), second(head), second(None), second(Node(1, None)))
print(sum(pick(head, None, i % 3 == 0) for i in range(3000)))
print(broken(head, None), broken(None, head))
n2: Optional[Node] = Node(5, None)
print(n2.next.value if n2 is not None and n2.next is not None else -7)
print(Node(1, None).next.value)
