# `x if c else None` of a number is an Optional number (as mypy infers it),
# in locals, returns and comprehensions; `==` between a fixed tuple and a
# tuple of any length (either side, an Optional tuple holding None too).

from typing import Optional


def pick(xs: list[int], i: int) -> Optional[int]:
    return xs[i] if i < len(xs) else None


def main() -> None:
    xs = [4, 5]
    for i in range(4):
        v = xs[i] if i < len(xs) else None
        w = xs[i] * 0.5 if i < len(xs) else None
        print(v, w, pick(xs, i), v is None)
        if v is not None:
            print(v + 1)
    print([x if x > 4 else None for x in xs])
    ys = [5]
    print((5,) == tuple(ys), tuple(ys) != (5,), (5, 6) == tuple(ys), () == tuple(ys[:0]))
    t: tuple[int, ...] = (1, 2)
    print(t == (1, 2), (1, 2) == t, t == (2, 1), t != (1, 2))
    u: Optional[tuple[int]] = None
    print(u == (5,), u == tuple(ys), tuple(ys) == u)
    u = (5,)
    print(u == tuple(ys))


main()
