# Method-call-heavy workload: tiny methods on small objects called millions of
# times, plus virtual calls through a base class with two subclasses.
# Usage: methods.py [iterations]   (prints checksums)
import sys


class Counter:
    def __init__(self) -> None:
        self.count = 0

    def inc(self) -> None:
        self.count += 1

    def add(self, k: int) -> None:
        self.count += k

    def get(self) -> int:
        return self.count


class Vec2:
    x: float
    y: float

    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def dot(self, other: "Vec2") -> float:
        return self.x * other.x + self.y * other.y

    def add_in_place(self, other: "Vec2") -> None:
        self.x += other.x
        self.y += other.y

    def scale(self, k: float) -> None:
        self.x *= k
        self.y *= k


class Accumulator:
    def __init__(self) -> None:
        self.total = 0.0
        self.n = 0

    def push(self, v: float) -> None:
        self.total += v
        self.n += 1

    def mean(self) -> float:
        return self.total / self.n


class Shape:
    def __init__(self, k: int) -> None:
        self.k = k

    def area(self) -> int:
        return 0

    def sides(self) -> int:
        return 0


class Rect(Shape):
    def __init__(self, k: int, w: int) -> None:
        super().__init__(k)
        self.w = w

    def area(self) -> int:
        return self.k * self.w

    def sides(self) -> int:
        return 4


class Tri(Shape):
    def area(self) -> int:
        return self.k * self.k // 2

    def sides(self) -> int:
        return 3


def run(n: int) -> None:
    c = Counter()
    v = Vec2(0.0, 0.0)
    step = Vec2(0.5, -0.25)
    acc = Accumulator()
    shapes: list[Shape] = []
    for i in range(10):
        if i % 3 == 0:
            shapes.append(Tri(i + 1))
        else:
            shapes.append(Rect(i + 1, i % 4 + 1))
    area_sum = 0
    side_sum = 0
    for i in range(n):
        c.inc()
        c.add(i & 7)
        v.add_in_place(step)
        acc.push(v.dot(step))
        s = shapes[i % 10]
        area_sum += s.area()
        side_sum += s.sides()
        if c.get() > 1000000000:
            c.add(-1000000000)
    v.scale(0.001)
    print(c.get(), area_sum, side_sum)
    print(v.x, v.y, acc.n, round(acc.mean(), 6))


def main() -> None:
    n = 3000000
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    run(n)


main()
