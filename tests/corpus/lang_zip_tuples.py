# zip over lists, tuples, strs, ranges (negative step) and generators, taking one
# item from each source in turn and stopping at the first exhausted one (its
# side effects show the order); tuple[T, ...] displays, () included; a range
# annotation; None in a tuple where the annotation is Optional; for-else.

from typing import Iterator, Optional

class Node:
    def __init__(self, v: int) -> None:
        self.v = v

def count(n: int) -> Iterator[int]:
    i = 0
    while i < n:
        print("gen", i)
        yield i
        i += 1

def pairs() -> list[tuple[str, Optional[Node]]]:
    return [("a", Node(1)), ("b", None)]

def count2(n: int, tag: str) -> Iterator[int]:
    for i in range(n):
        print("next", tag, i)
        yield i

def main() -> None:
    t: tuple[str, Optional[Node], Optional[float]] = ("x", None, None)
    print(t[0], t[1] is None, t[2])
    for name, node in pairs():
        if node is not None:
            print(name, node.v)
        else:
            print(name, "none")
    xs = [10, 20, 30]
    for a, b in zip(xs, count(5)):
        print("pair", a, b)
    for a, b in zip(count(5), xs):
        print("pair2", a, b)
    ts: tuple[int, ...] = ()
    print(ts, len(ts))
    one: tuple[float, ...] = (1.0, 2.5)
    print(one)
    for i, c in zip(range(3), "ab"):
        print(i, c)
    for a3, b3, c3 in zip(range(10, 0, -3), "wxyz", count2(9, "g")):
        print(a3, b3, c3)
    else:
        print("else")
    xs = [1, 2, 3]
    ys = [4, 5]
    for x, y in zip(xs, ys):
        xs.append(x + y)
        print(x, y, len(xs))
    a2 = 0
    for a2, b2 in zip([7, 8], range(5, 100)):
        print(a2, b2)
    print(a2)
    g = count2(2, "h")
    for p, q in zip(g, count2(5, "k")):
        print(p, q)
    print(list(zip([1, 2], "ab")))
    for t4 in zip(range(2), range(3, 5)):
        print(t4)
    r: range = range(3, 10, 2)
    print(r, list(r), len(r))


main()
