# Functions and bound methods as values: Callable parameters (the function is
# compiled for each function passed), bound list and instance methods kept in
# locals (the receiver is bound when the attribute is read), `while 1`.
from typing import Callable, Optional


def square(x: int) -> int:
    return x * x


def negate(x: int) -> int:
    return -x


def halve(x: float) -> float:
    return x / 2


def apply_all(f: Callable[[int], int], xs: list[int]) -> list[int]:
    return [f(x) for x in xs]


def twice(f: Callable[[float], float], x: float) -> float:
    return f(f(x))


def compose(f: Callable[[int], int], g: Callable[[int], int], x: int) -> int:
    return g(f(x))


class Counter:
    def __init__(self) -> None:
        self.n = 0

    def bump(self, by: int) -> int:
        self.n += by
        return self.n


class Loud(Counter):
    def bump(self, by: int) -> int:
        self.n += 10 * by
        return self.n


def first_over(limit: int) -> int:
    i = 0
    while 1:
        i += 3
        if i > limit:
            return i


def main() -> None:
    print(apply_all(square, [1, 2, 3]))
    print(apply_all(negate, [1, 2, 3]))
    print(twice(halve, 10.0))
    print(compose(square, negate, 7), compose(negate, square, 7))
    f = square
    print(f(9), bool(f))
    xs = [3, 1, 2]
    push = xs.append
    pop = xs.pop
    push(10)
    xs = [99]
    push(11)
    print(pop(), pop(0), xs)
    c: Counter = Loud()
    bump = c.bump
    print(bump(1), bump(2), c.n)
    nothing: Optional[list[int]] = None
    try:
        grab = nothing.append
        grab(1)
    except AttributeError as e:
        print("AttributeError:", e)
    print(first_over(10))


main()
