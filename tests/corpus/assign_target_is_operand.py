# An assignment whose target is also an operand reads the old value first.


def pick_or(a: int, x: int) -> int:
    x = a or x
    return x


def pick_and(a: int, x: int) -> int:
    x = a and x
    return x


def smallest(a: int, b: int, x: int) -> int:
    x = min(a, b, x)
    return x


def largest_float(a: float, x: float) -> float:
    x = max(x, a, x * 2.0)
    return x


def chained(b: int) -> bool:
    ok = b > 0
    ok = -1 < 0 < b if ok else ok
    return ok


def chained_self(b: int) -> int:
    b = int(-1 < 0 < b)
    return b


def conditional(b: int) -> int:
    b = b if b > 100 else (0 or b)
    return b


def negate(s: str) -> str:
    s = s and s + "!"
    return s


def main() -> None:
    print(pick_or(0, 5), pick_or(3, 5))
    print(pick_and(0, 5), pick_and(3, 5))
    print(smallest(9, 8, 1), smallest(1, 8, 9))
    print(largest_float(1.5, 2.0), largest_float(10.0, 2.0))
    print(chained(3), chained(-3))
    print(chained_self(3), chained_self(-3))
    print(conditional(7), conditional(700))
    print(negate(""), negate("hi"))
    x = 4
    x = x * x + x
    print(x)
    y = 2.5
    y = -y
    print(y)


main()
