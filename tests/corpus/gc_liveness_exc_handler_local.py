# Written to break the GC's liveness-based roots (a collection zeroes the
# reference registers no path reads again): exc handler local.
from typing import Optional

class Node:
    v: int
    next: Optional["Node"]
    def __init__(self, v: int, next: Optional["Node"] = None) -> None:
        self.v = v
        self.next = next

def make(v: int) -> Node:
    return Node(v, Node(v + 100))

def boom(n: Node) -> int:
    junk = [Node(i) for i in range(5)]
    if n.v % 2 == 0:
        raise ValueError("even " + str(n.v) + " " + str(len(junk)))
    return n.v

def main() -> None:
    total = 0
    for i in range(20):
        x = make(i)
        try:
            y = boom(x)
            total += y
        except ValueError as e:
            filler = [Node(j) for j in range(3)]
            assert x.next is not None
            print("caught", e, x.v, x.next.v, len(filler))
    print(total)

main()
