# A list built item by item from a list (`[f(x) for x in xs]`, `list(xs)`,
# `tuple(g(x) for x in xs)`) gets room for as many items first
# (`ListReserve`). Nothing else may change: the items, a loop that the body
# cuts short, a None iterable's TypeError, and lists of objects under GC stress.
from typing import List, Optional


class Cell:
    v: int

    def __init__(self, v: int) -> None:
        self.v = v


def shrink(xs: List[int]) -> int:
    return xs.pop()


def main() -> None:
    xs = [3, 1, 4, 1, 5, 9, 2, 6]
    print([x * 2 for x in xs], list(xs), tuple(x + 1 for x in xs))
    print([x for x in xs if x > 2], [x + y for x in xs for y in xs[:2]])
    empty: List[int] = []
    print([x for x in empty], list(empty), tuple(x for x in empty))
    # The body shortens the list it iterates: CPython stops early.
    ys = list(range(10))
    print([shrink(ys) for y in ys], ys)
    cells = [Cell(i) for i in range(2000)]
    doubled = [Cell(c.v * 2) for c in cells]
    print(sum(c.v for c in doubled), len(doubled), doubled[-1].v)
    nested = [[c.v for c in cells[i:i + 3]] for i in range(0, 12, 3)]
    print(nested)
    big = list(range(100000))
    copies = [list(big) for _ in range(3)]
    print([len(c) for c in copies], copies[2][-1])
    words = [str(i) for i in range(50)]
    print(tuple(w + "!" for w in words)[-3:])
    maybe: Optional[List[int]] = None
    try:
        print([m for m in maybe])  # type: ignore[union-attr]
    except TypeError as e:
        print("TypeError", e)


main()
