# Memory figure: 1,000,000 live 3-float instances held in a list.
# `jcvm run --stats benches/memory/points_million.py` reports live bytes;
# benches/memory.sh compares peak RSS against a run with 0 instances.
import sys


class Vec3:
    x: float
    y: float
    z: float

    def __init__(self, x: float, y: float, z: float) -> None:
        self.x = x
        self.y = y
        self.z = z


def main() -> None:
    n = 1000000
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    points: list[Vec3] = []
    for i in range(n):
        f = float(i)
        points.append(Vec3(f, f * 0.5, f * 0.25))
    total = 0.0
    for p in points:
        total += p.z
    print(len(points), total)


main()
