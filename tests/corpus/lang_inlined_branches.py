# Small functions with branches and several returns are inlined into their
# callers: each path must return its own value, a raise on one path must leave
# the caller's variables alone, and tracebacks still show the callee's frame.
from typing import Optional


def sign(x: int) -> int:
    if x > 0:
        return 1
    elif x < 0:
        return -1
    return 0


def clamp(x: float, lo: float, hi: float) -> float:
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


def pick(flag: bool, a: str, b: str) -> str:
    return a if flag else b


def checked(x: int) -> int:
    if x == 3:
        return 100 // (x - 3)
    return x * 2


def note(xs: list[int], x: int) -> None:
    if x % 2:
        xs.append(x)
        return
    xs.append(-x)


class Cell:
    def __init__(self, v: int) -> None:
        self.v = v
        self.other: Optional["Cell"] = None

    def value_or(self, d: int) -> int:
        if self.v < 0:
            return d
        return self.v

    def bigger(self, o: "Cell") -> int:
        if o.v > self.v:
            return o.v
        return self.v


def first_cell(cells: list[Cell], n: int) -> Optional[Cell]:
    if n < len(cells):
        return cells[n]
    return None


def deep(n: int) -> int:
    if n == 0:
        return sign(-5) + sign(0)
    return deep(n - 1) + sign(n)


def main() -> None:
    print([sign(v) for v in (-3, 0, 8)], sign(-1) + sign(1))
    print(clamp(-2.0, 0.0, 1.0), clamp(0.25, 0.0, 1.0), clamp(7.5, 0.0, 1.0))
    print(pick(True, "a", "b"), pick(False, "a", "b"))
    xs: list[int] = []
    for i in range(5):
        note(xs, i)
    print(xs)
    x = 1
    for i in range(6):
        try:
            x = checked(i)
        except ZeroDivisionError as e:
            print("caught at", i, e, "x still", x)
    print(x)
    cells = [Cell(4), Cell(-1), Cell(9)]
    print([c.value_or(0) for c in cells], cells[0].bigger(cells[2]), cells[2].bigger(cells[0]))
    c = first_cell(cells, 5)
    print(c is None, first_cell(cells, 1) is cells[1])
    try:
        print(cells[0].other.value_or(1))  # type: ignore[union-attr]
    except AttributeError as e:
        print("AttributeError:", e)
    print(deep(50))
    total = 0
    for i in range(-50, 50):
        total += sign(i) * i + checked(i % 3)
    print(total)
    print(checked(3))


main()
