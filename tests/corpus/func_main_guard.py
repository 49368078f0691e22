# `if __name__ == "__main__":` and @jitclass / @jit from jcvm change nothing.
from jcvm import jit, jitclass


@jitclass
class Point:
    x: float
    y: float

    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def norm2(self) -> float:
        return self.x * self.x + self.y * self.y


@jit
def total(ps: list[Point]) -> float:
    s = 0.0
    for p in ps:
        s += p.norm2()
    return s


def main() -> None:
    ps = [Point(1.0, 2.0), Point(3.0, 4.0)]
    print(__name__, total(ps))


if __name__ == "__main__":
    main()
else:
    print("imported")
