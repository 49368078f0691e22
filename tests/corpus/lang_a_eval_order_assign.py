# Evaluation order in assignments, made visible by calls that print: the
# right side before the target's container and index, augmented assignment
# reading container and index once before the right side, unpacking
# assigning targets left to right after the whole right side, chained
# assignment evaluating its value once, attribute targets, dict
# comprehensions (key before value), default arguments evaluated once at
# definition, and a failing right side leaving the target untouched.


class Cell:
    def __init__(self) -> None:
        self.v = 0


def f(x: int) -> int:
    print(f"f{x}", end=" ")
    return x


def lst(tag: str, xs: list[int]) -> list[int]:
    print(f"list{tag}", end=" ")
    return xs


def cell(c: Cell) -> Cell:
    print("cell", end=" ")
    return c


def key(k: str) -> str:
    print(f"key{k}", end=" ")
    return k


def with_default(a: int, b: int = f(99)) -> int:
    return a + b


def boom() -> int:
    print("boom", end=" ")
    return 1 // (f(0) - 0)


def main() -> None:
    print("| defaults were evaluated at definition")
    xs = [0, 0, 0, 0]
    lst("A", xs)[f(1)] = f(7)
    print("|", xs)
    lst("B", xs)[f(2)] += f(5)
    print("|", xs)
    lst("C", xs)[f(0)], lst("D", xs)[f(3)] = f(8), f(9)
    print("|", xs)
    i = 0
    i, xs[i] = f(2), f(6)
    print("|", i, xs)
    c = Cell()
    cell(c).v = f(4)
    cell(c).v += f(1)
    print("|", c.v)
    d: dict[str, int] = {}
    d[key("a")] = f(1)
    d[key("a")] += f(10)
    d[key("b")] = d[key("a")] * f(2)
    print("|", d)
    a = b = f(3)
    print("|", a, b)
    m = {key(str(n)): f(n) for n in range(2)}
    print("|", m)
    print(with_default(f(1)), with_default(f(1), f(2)))
    y = 5
    try:
        y = f(1) + boom()
    except ZeroDivisionError:
        print("| y still", y)
    try:
        lst("E", xs)[f(0)] = boom()
    except ZeroDivisionError:
        print("| xs still", xs)
    t = (f(1), f(2))
    p, q = t[1], t[0]
    print("|", p, q)


main()
