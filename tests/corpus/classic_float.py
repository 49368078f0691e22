# Classic benchmark program, annotated as a mypy user would (see benches/programs/classic/BLOCKERS.md); the default size here is the corpus's small size, and `make compare` runs it at a benchmark size (BENCHMARKS.md).
"""
Artificial, floating point-heavy benchmark originally used by Factor.
"""
# Source: pyperformance 1.14.0, benchmark "float"
#   (pyperformance/data-files/benchmarks/bm_float/run_benchmark.py).
#   pyperformance is MIT licensed; the benchmark was originally used by
#   the Factor project.
# Changed: mypy --strict annotations (class-level fields next to
#   __slots__; `points: list[Point] = [None] * n` needs one
#   `# type: ignore[list-item]` because the list is filled right after);
#   main() below replaces the pyperf harness and prints the maximised
#   point. Algorithm and idioms (__slots__, chained assignment, shadowing
#   the builtin `next`) are unchanged.
#
# Usage: float.py [points]   default 500000 (~0.8 s CPython 3.11; the
#   original size is 100000), small size for the test corpus: 5000.
import sys
from math import sin, cos, sqrt


POINTS = 100000


class Point(object):
    __slots__ = ('x', 'y', 'z')
    x: float
    y: float
    z: float

    def __init__(self, i: int) -> None:
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self) -> str:
        return "<Point: x=%s, y=%s, z=%s>" % (self.x, self.y, self.z)

    def normalize(self) -> None:
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other: "Point") -> "Point":
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points: list[Point]) -> Point:
    next = points[0]
    for p in points[1:]:
        next = next.maximize(p)
    return next


def benchmark(n: int) -> Point:
    points: list[Point] = [None] * n  # type: ignore[list-item]
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    return maximize(points)


def main() -> None:
    points = 5000
    if len(sys.argv) > 1:
        points = int(sys.argv[1])
    print("float: points=%d" % points)
    print(benchmark(points))


if __name__ == "__main__":
    main()
