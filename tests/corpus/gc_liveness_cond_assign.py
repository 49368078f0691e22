# Written to break the GC's liveness-based roots (a collection zeroes the
# reference registers no path reads again): cond assign.
from typing import Optional

class Node:
    v: int
    def __init__(self, v: int) -> None:
        self.v = v

def f(c: bool, k: int) -> int:
    x: Optional[Node] = None
    if c:
        x = Node(k)
    junk = [Node(i) for i in range(4)]
    y = Node(len(junk))
    total = y.v
    for i in range(3):
        z = Node(i)
        total += z.v
    if c:
        assert x is not None
        total += x.v
    return total

def g(k: int) -> str:
    if k % 2 == 0:
        s = "even" + str(k)
    else:
        s = "odd" + str(k)
    tmp = [str(i) for i in range(k)]
    t = s
    if k > 3:
        return t + ",".join(tmp)
    return s

def main() -> None:
    for k in range(6):
        print(f(k % 2 == 0, k), g(k))

main()
