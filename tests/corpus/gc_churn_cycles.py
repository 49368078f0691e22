# GC churn: many short-lived cyclic structures; a few kept alive and checked at the end.
from typing import Optional


class Node:
    value: int
    next: Optional["Node"] = None
    prev: Optional["Node"] = None

    def __init__(self, value: int) -> None:
        self.value = value


def ring(n: int, base: int) -> Node:
    head = Node(base)
    cur = head
    for i in range(1, n):
        nxt = Node(base + i)
        cur.next = nxt
        nxt.prev = cur
        cur = nxt
    cur.next = head
    head.prev = cur
    return head


def ring_sum(head: Node) -> int:
    total = head.value
    cur = head.next
    while cur is not None and cur is not head:
        total += cur.value
        cur = cur.next
    return total


kept: list[Node] = []
checksum = 0
for round_ in range(2000):
    r = ring(10, round_)
    checksum += ring_sum(r)
    if round_ % 500 == 0:
        kept.append(r)
print(checksum, len(kept))
for r in kept:
    print(r.value, ring_sum(r), r.prev.value if r.prev is not None else -1)
