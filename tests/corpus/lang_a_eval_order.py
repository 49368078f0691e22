# Evaluation order, made visible by calls that print: operands left to
# right whatever the precedence, arguments (positional and keyword) in
# source order, the receiver before the arguments of a method call, chained
# comparisons evaluating the middle once and stopping early, and/or
# returning an operand and skipping the rest, conditional expressions,
# dict literals (key before value), f-string parts, print's arguments all
# evaluated before anything is printed, and an exception cutting an
# expression short.


class Box:
    def __init__(self, v: int) -> None:
        self.v = v

    def add(self, a: int, b: int) -> int:
        return self.v + a + b


def f(x: int) -> int:
    print(f"f{x}", end=" ")
    return x


def s(x: str) -> str:
    print(f"s{x}", end=" ")
    return x


def box(v: int) -> Box:
    print(f"box{v}", end=" ")
    return Box(v)


def kw(a: int, b: int, c: int = 0) -> int:
    return a * 100 + b * 10 + c


def boom(x: int) -> int:
    print(f"boom{x}", end=" ")
    return 10 // (x - x)


def main() -> None:
    print(f(1) + f(2) * f(3) - f(4) ** f(2))
    print(f(8) // (f(3) - f(1)) % f(3), -f(5) + abs(f(-6)))
    print(kw(f(1), f(2), f(3)), kw(b=f(4), a=f(5)), kw(f(6), c=f(7), b=f(8)))
    print(box(1).add(f(2), f(3)), box(f(4)).v)
    print(f(1) < f(2) < f(3), f(3) < f(2) < f(9), f(1) == f(1) != f(2) >= f(0))
    print(f(0) or f(5), f(2) and f(0) and f(9), f(0) and f(7), f(3) or f(8), not f(0))
    print(s("") or s("x"), s("a") and s("b"), s("") and s("never"))
    print(f(10) if f(1) > f(0) else f(20), f(10) if f(0) else f(20))
    print({f(1): s("a"), f(2): s("b")}, [f(3), f(4)], (f(5), f(6)))
    print(f"{f(1)}-{s('x')}-{f(2) + f(3)}", f(9))
    print(f(1), f(2), f(3), sep=f"{f(4)}", end=f"{s('!')}\n")
    print(max(f(3), f(1), f(2)), min([f(5), f(4)]), sum([f(1), f(2)]))
    print(f(1) in [f(2), f(1), f(9)], f(7) not in [f(7)])
    print(kw(f(1), kw(f(2), f(3)), f(4)))
    xs = [f(0) for _ in range(2)]
    print(xs, sum(f(i) for i in range(3)), len([f(i) for i in range(2) if f(i) > 0]))
    try:
        print(f(1) + boom(2) + f(3))
    except ZeroDivisionError:
        print("| stopped before f3")
    try:
        print(kw(f(1), boom(2), f(3)))
    except ZeroDivisionError:
        print("| arguments stop at boom")
    print()


main()
