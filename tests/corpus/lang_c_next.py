# next(gen) and next(gen, default): the default is evaluated first; an exhausted
# generator raises StopIteration with no arguments, uncaught at the end.
from typing import Iterator


def gen(n: int) -> Iterator[int]:
    for i in range(n):
        print("make", i)
        yield i * i


def main() -> None:
    g = gen(2)
    print(next(g))
    print(next(g, -1), next(g, -1), next(g, -7))
    h = gen(1)
    print(next(h))
    try:
        next(h)
    except StopIteration as e:
        print("StopIteration", repr(e), str(e) == "")
    print(next(gen(0), 99))
    k = gen(3)
    first = next(k)
    print(first, list(k))
    next(gen(0))


main()
