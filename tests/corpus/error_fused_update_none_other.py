# `self.x += other.x` with other None: AttributeError, and self is left unchanged.
from typing import Optional


class V:
    x: float
    n: int

    def __init__(self, x: float) -> None:
        self.x = x
        self.n = 1

    def add(self, other: Optional["V"]) -> None:
        self.n += 1
        self.x += other.x


def main() -> None:
    a = V(1.0)
    a.add(V(0.25))
    print(a.x, a.n)
    a.add(None)
    print("not reached")


main()
