# Written to break the GC's liveness-based roots (a collection zeroes the
# reference registers no path reads again): gen hold.
from typing import Iterator, Optional

class Node:
    v: int
    next: Optional["Node"]
    def __init__(self, v: int, next: Optional["Node"] = None) -> None:
        self.v = v
        self.next = next

def walk(head: Optional[Node]) -> Iterator[int]:
    keep = Node(-1, head)
    n = head
    while n is not None:
        junk = [Node(i) for i in range(3)]
        yield n.v + len(junk) - 3
        n = n.next
    assert keep.next is head
    yield keep.v

def chain(k: int) -> Node:
    h = Node(0)
    for i in range(1, k):
        h = Node(i, h)
    return h

def pairs(k: int) -> Iterator[Node]:
    prev = Node(-5)
    for i in range(k):
        cur = Node(i, prev)
        yield cur
        prev = cur

def main() -> None:
    g = walk(chain(10))
    out: list[int] = []
    for v in g:
        out.append(v)
        filler = chain(4)
        out.append(filler.v)
    print(out)
    last: Optional[Node] = None
    for p in pairs(6):
        last = p
        tmp = [Node(j) for j in range(5)]
    assert last is not None
    n: Optional[Node] = last
    s = 0
    while n is not None:
        s += n.v
        n = n.next
    print(s)
    print(sum(x.v for x in pairs(7)))
    print([x.v * 2 for x in pairs(5) if x.v % 2 == 0])

main()
