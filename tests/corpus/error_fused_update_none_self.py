# `self.x += other.x` with self None: CPython reads self.x first and fails there;
# jcvm evaluates other.x first, which must not be observable (same error, same line).
from typing import Optional


class V:
    x: float
    n: int

    def __init__(self, x: float) -> None:
        self.x = x
        self.n = 1

    def add(self, other: "V") -> None:
        self.x += other.x
        self.n += other.n
        self.x *= other.x * 0.5 - other.x


def main() -> None:
    a = V(1.0)
    b = V(2.5)
    a.add(b)
    print(a.x, a.n)
    nobody: Optional[V] = None
    V.add(nobody, b)


main()
