# Points normalize/maximize (pyperformance's "float" benchmark): build 100k
# points from sin/cos, normalize each one, then fold them into a maximum.
# Usage: points.py [rounds]   (each round uses 100,000 fresh points)
import math
import sys

POINTS = 100000


class Point:
    x: float
    y: float
    z: float

    def __init__(self, i: float) -> None:
        x = math.sin(i)
        self.x = x
        self.y = math.cos(i) * 3.0
        self.z = (x * x) / 2.0

    def normalize(self) -> None:
        x = self.x
        y = self.y
        z = self.z
        norm = math.sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other: "Point") -> "Point":
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points: list[Point]) -> Point:
    best = points[0]
    for i in range(1, len(points)):
        best = best.maximize(points[i])
    return best


def benchmark(n: int) -> Point:
    points: list[Point] = []
    for i in range(n):
        points.append(Point(float(i)))
    for p in points:
        p.normalize()
    return maximize(points)


def main() -> None:
    rounds = 20
    if len(sys.argv) > 1:
        rounds = int(sys.argv[1])
    sx = 0.0
    sy = 0.0
    sz = 0.0
    for r in range(rounds):
        p = benchmark(POINTS + r)
        sx += p.x
        sy += p.y
        sz += p.z
    print(sx, sy, sz)


main()
