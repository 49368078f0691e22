# Generic functions (TypeVar, object parameters) are compiled once per
# argument type; type aliases name types.
from typing import TypeVar

T = TypeVar("T")
Pair = tuple[int, str]


def first(xs: list[T]) -> T:
    return xs[0]


def pairs(xs: list[T]) -> list[tuple[T, T]]:
    out: list[tuple[T, T]] = []
    for i in range(len(xs) - 1):
        out.append((xs[i], xs[i + 1]))
    return out


def show(a: object) -> None:
    print("value:", a)


def swap(p: Pair) -> tuple[str, int]:
    return p[1], p[0]


def main() -> None:
    print(first([3, 1, 2]), first(["a", "b"]), first([2.5]))
    print(pairs([1, 2, 3]), pairs(["x", "y"]))
    show(1)
    show("text")
    show([1.5, 2.5])
    print(swap((7, "seven")))


main()
