# Evaluation order, made visible by calls that print: operands left to right
# whatever the precedence (also for right-associative **), arguments left to
# right (keywords in the order written), chained comparisons evaluating the
# middle operand once and stopping early, and/or short-circuits, conditional
# expressions, subscript assignment (value first, then container, then
# index), augmented subscript and attribute assignment, nested subscripts,
# multiple and chained targets left to right, dict displays key then value,
# `in` against a list display, f-string parts, method receivers before
# arguments, and an exception that stops the remaining operands.


def p(tag: str, v: int) -> int:
    print(f"  {tag}", end="")
    return v


def pl(tag: str, xs: list[int]) -> list[int]:
    print(f"  {tag}", end="")
    return xs


def ps(tag: str, s: str) -> str:
    print(f"  {tag}", end="")
    return s


class Acc:
    total: int

    def __init__(self, total: int) -> None:
        self.total = total

    def add(self, v: int) -> "Acc":
        self.total += v
        return self


def make(tag: str) -> Acc:
    print(f"  make {tag}", end="")
    return Acc(0)


def get(tag: str, acc: Acc) -> Acc:
    print(f"  {tag}", end="")
    return acc


def three(a: int, b: int, c: int) -> int:
    return a * 100 + b * 10 + c


def fail(tag: str) -> int:
    print(f"  {tag}", end="")
    raise ValueError("stop at " + tag)


def main() -> None:
    print(" =", p("a", 1) + p("b", 2) * p("c", 3))
    print(" =", p("a", 2) ** p("b", 3) ** p("c", 2), -2 ** 2, (-2) ** 2)
    print(" =", p("a", 10) - p("b", 4) - p("c", 3), p("d", 100) // p("e", 7) % p("f", 5))
    print(" =", three(p("x", 1), c=p("z", 3), b=p("y", 2)))
    print(" =", p("a", 1) < p("b", 2) < p("c", 3))
    print(" =", p("a", 3) < p("b", 2) < p("c", 1))
    print(" =", p("a", 1) == p("b", 1) != p("c", 2) > p("d", 0))
    print(" =", p("a", 0) or p("b", 0) or p("c", 7) or p("d", 9))
    print(" =", p("a", 5) and p("b", 0) and p("c", 1))
    print(" =", p("yes", 1) if p("cond", 0) else p("no", 2))
    xs = [0, 0, 0]
    pl("list", xs)[p("index", 1)] = p("value", 7)
    print(" ->", xs)
    pl("list", xs)[p("index", 2)] += p("delta", 5)
    print(" ->", xs)
    i = 0
    i, xs[i] = 2, 9
    print(" targets", i, xs)
    ys = [1, 2, 3]
    j = 0
    ys[j], j = 8, 2
    print(" targets", j, ys)
    d = {ps("k1", "a"): p("v1", 1), ps("k2", "b"): p("v2", 2)}
    print(" ->", d)
    print(" ->", f"{p('f1', 1)}-{p('f2', 2)}-{ps('f3', 'x')}")
    print(" ->", make("m").add(p("arg1", 4)).add(p("arg2", 5)).total)
    print(" ->", [p("item", k) for k in range(3) if p("cond", k) != 1])
    a = b = p("once", 4)
    print(" ->", a, b)
    acc = Acc(1)
    get("obj", acc).total += p("inc", 5)
    print(" ->", acc.total)
    grid = [[0, 0], [0, 0]]
    grid[p("r", 1)][p("c", 0)] = p("v", 3)
    grid[p("r", 0)][p("c", 1)] += p("v", 2)
    print(" ->", grid)
    zs = [1, 2, 3]
    k = 0
    zs[k] = k = 2
    print(" chained targets", zs, k)
    (m, n), o = (p("x", 1), p("y", 2)), p("z", 3)
    print(" ->", m, n, o)
    print(" =", p("a", 1) in [p("b", 0), p("c", 1)], p("d", 5) not in [p("e", 5)])
    print(" =", p("a", 1) < p("b", 2) > p("c", 0) == p("d", 0) <= p("e", -1))
    try:
        print(" =", p("a", 1) + fail("b") + p("c", 3))
    except ValueError as e:
        print(" ValueError:", e)
    try:
        print(" =", three(p("x", 1), fail("y"), p("z", 3)))
    except ValueError as e:
        print(" ValueError:", e)


main()
