# Classic benchmark program, annotated as a mypy user would (see benches/programs/classic/BLOCKERS.md); the default size here is the corpus's small size, and `make compare` runs it at a benchmark size (BENCHMARKS.md).
"""
N-body benchmark from the Computer Language Benchmarks Game.

This is intended to support Unladen Swallow's pyperf.py. Accordingly, it has been
modified from the Shootout version:
- Accept standard Unladen Swallow benchmark options.
- Run report_energy()/advance() in a loop.
- Reimplement itertools.combinations() to work with older Python versions.

Pulled from:
http://benchmarksgame.alioth.debian.org/u64q/program.php?test=nbody&lang=python3&id=1

Contributed by Kevin Carson.
Modified by Tupteq, Fredrik Johansson, and Daniel Nanz.
"""
# Source: pyperformance 1.14.0, benchmark "nbody"
#   (pyperformance/data-files/benchmarks/bm_nbody/run_benchmark.py).
#   pyperformance is MIT licensed; authors as in the docstring above
#   (Computer Language Benchmarks Game; Kevin Carson, Tupteq, Fredrik
#   Johansson, Daniel Nanz; Collin Winter for Unladen Swallow).
# Changed: mypy --strict annotations (parameters, returns, module-level
#   containers, empty locals); the body tuple type is named by the alias
#   `Body`, and combinations() is generic over a TypeVar. bench_nbody loses
#   its pyperf timing and returns the two energies; main() below replaces
#   the pyperf/argparse harness (reference body 'sun', as in the original).
#   Algorithm and idioms (tuple/list destructuring in for targets, default
#   arguments bound to module globals) are unchanged.
#
# Usage: nbody.py [iterations]   default 100000 (~0.8 s CPython 3.11),
#   small size for the test corpus: 2000.

import sys
from typing import TypeVar

T = TypeVar("T")

__contact__ = "collinwinter@google.com (Collin Winter)"
DEFAULT_ITERATIONS = 20000
DEFAULT_REFERENCE = 'sun'


def combinations(l: list[T]) -> list[tuple[T, T]]:
    """Pure-Python implementation of itertools.combinations(l, 2)."""
    result: list[tuple[T, T]] = []
    for x in range(len(l) - 1):
        ls = l[x + 1:]
        for y in ls:
            result.append((l[x], y))
    return result


PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24

Body = tuple[list[float], list[float], float]

BODIES: dict[str, Body] = {
    'sun': ([0.0, 0.0, 0.0], [0.0, 0.0, 0.0], SOLAR_MASS),

    'jupiter': ([4.84143144246472090e+00,
                 -1.16032004402742839e+00,
                 -1.03622044471123109e-01],
                [1.66007664274403694e-03 * DAYS_PER_YEAR,
                 7.69901118419740425e-03 * DAYS_PER_YEAR,
                 -6.90460016972063023e-05 * DAYS_PER_YEAR],
                9.54791938424326609e-04 * SOLAR_MASS),

    'saturn': ([8.34336671824457987e+00,
                4.12479856412430479e+00,
                -4.03523417114321381e-01],
               [-2.76742510726862411e-03 * DAYS_PER_YEAR,
                4.99852801234917238e-03 * DAYS_PER_YEAR,
                2.30417297573763929e-05 * DAYS_PER_YEAR],
               2.85885980666130812e-04 * SOLAR_MASS),

    'uranus': ([1.28943695621391310e+01,
                -1.51111514016986312e+01,
                -2.23307578892655734e-01],
               [2.96460137564761618e-03 * DAYS_PER_YEAR,
                2.37847173959480950e-03 * DAYS_PER_YEAR,
                -2.96589568540237556e-05 * DAYS_PER_YEAR],
               4.36624404335156298e-05 * SOLAR_MASS),

    'neptune': ([1.53796971148509165e+01,
                 -2.59193146099879641e+01,
                 1.79258772950371181e-01],
                [2.68067772490389322e-03 * DAYS_PER_YEAR,
                 1.62824170038242295e-03 * DAYS_PER_YEAR,
                 -9.51592254519715870e-05 * DAYS_PER_YEAR],
                5.15138902046611451e-05 * SOLAR_MASS)}


SYSTEM = list(BODIES.values())
PAIRS = combinations(SYSTEM)


def advance(dt: float, n: int, bodies: list[Body] = SYSTEM,
            pairs: list[tuple[Body, Body]] = PAIRS) -> None:
    for i in range(n):
        for (([x1, y1, z1], v1, m1),
             ([x2, y2, z2], v2, m2)) in pairs:
            dx = x1 - x2
            dy = y1 - y2
            dz = z1 - z2
            mag = dt * ((dx * dx + dy * dy + dz * dz) ** (-1.5))
            b1m = m1 * mag
            b2m = m2 * mag
            v1[0] -= dx * b2m
            v1[1] -= dy * b2m
            v1[2] -= dz * b2m
            v2[0] += dx * b1m
            v2[1] += dy * b1m
            v2[2] += dz * b1m
        for (r, [vx, vy, vz], m) in bodies:
            r[0] += dt * vx
            r[1] += dt * vy
            r[2] += dt * vz


def report_energy(bodies: list[Body] = SYSTEM,
                  pairs: list[tuple[Body, Body]] = PAIRS,
                  e: float = 0.0) -> float:
    for (((x1, y1, z1), v1, m1),
         ((x2, y2, z2), v2, m2)) in pairs:
        dx = x1 - x2
        dy = y1 - y2
        dz = z1 - z2
        e -= (m1 * m2) / ((dx * dx + dy * dy + dz * dz) ** 0.5)
    for (r, [vx, vy, vz], m) in bodies:
        e += m * (vx * vx + vy * vy + vz * vz) / 2.
    return e


def offset_momentum(ref: Body, bodies: list[Body] = SYSTEM, px: float = 0.0,
                    py: float = 0.0, pz: float = 0.0) -> None:
    for (r, [vx, vy, vz], m) in bodies:
        px -= vx * m
        py -= vy * m
        pz -= vz * m
    (r, v, m) = ref
    v[0] = px / m
    v[1] = py / m
    v[2] = pz / m


def bench_nbody(loops: int, reference: str,
                iterations: int) -> tuple[float, float]:
    # Set up global state
    offset_momentum(BODIES[reference])

    range_it = range(loops)

    for _ in range_it:
        e0 = report_energy()
        advance(0.01, iterations)
        e1 = report_energy()

    return e0, e1


def main() -> None:
    iterations = 2000
    if len(sys.argv) > 1:
        iterations = int(sys.argv[1])
    e0, e1 = bench_nbody(1, DEFAULT_REFERENCE, iterations)
    print("nbody: iterations=%d" % iterations)
    print("%.9f" % e0)
    print("%.9f" % e1)
    for name, (r, v, m) in BODIES.items():
        print("%-8s %.6f %.6f %.6f" % (name, r[0], r[1], r[2]))


if __name__ == '__main__':
    main()
