# Classic benchmark program, annotated as a mypy user would (see benches/programs/classic/BLOCKERS.md); the default size here is the corpus's small size, and `make compare` runs it at a benchmark size (BENCHMARKS.md).
"""
MathWorld: "Hundred-Dollar, Hundred-Digit Challenge Problems", Challenge #3.
http://mathworld.wolfram.com/Hundred-DollarHundred-DigitChallengeProblems.html

The Computer Language Benchmarks Game
http://benchmarksgame.alioth.debian.org/u64q/spectralnorm-description.html#spectralnorm

Contributed by Sebastien Loisel
Fixed by Isaac Gouy
Sped up by Josh Goldfoot
Dirtily sped up by Simon Descarpentries
Concurrency by Jason Stitt
"""
# Source: pyperformance 1.14.0, benchmark "spectral_norm"
#   (pyperformance/data-files/benchmarks/bm_spectral_norm/run_benchmark.py).
#   pyperformance is MIT licensed; authors as in the docstring above.
# Changed: mypy --strict annotations (parameters, returns; `partial_sum`,
#   `u`, `vBv` and `vv` declared float because they start from int
#   literals). bench_spectral_norm loses its pyperf timing, takes the
#   matrix size N (the original's DEFAULT_N = 130) and returns vBv, vv;
#   main() below replaces the pyperf harness and prints the spectral norm
#   sqrt(vBv / vv) as the shootout program does. Algorithm and idioms
#   (function passed as a value, (i, u) tuples, enumerate, zip) unchanged.
#
# Usage: spectral_norm.py [N]   default 250 (~0.9 s CPython 3.11; the original N
#   is 130),
#   small size for the test corpus: 25.

import math
import sys
from typing import Callable


DEFAULT_N = 130


def eval_A(i: int, j: int) -> float:
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def eval_times_u(func: Callable[[tuple[int, list[float]]], float],
                 u: list[float]) -> list[float]:
    return [func((i, u)) for i in range(len(list(u)))]


def eval_AtA_times_u(u: list[float]) -> list[float]:
    return eval_times_u(part_At_times_u, eval_times_u(part_A_times_u, u))


def part_A_times_u(i_u: tuple[int, list[float]]) -> float:
    i, u = i_u
    partial_sum: float = 0
    for j, u_j in enumerate(u):
        partial_sum += eval_A(i, j) * u_j
    return partial_sum


def part_At_times_u(i_u: tuple[int, list[float]]) -> float:
    i, u = i_u
    partial_sum: float = 0
    for j, u_j in enumerate(u):
        partial_sum += eval_A(j, i) * u_j
    return partial_sum


def bench_spectral_norm(loops: int, n: int) -> tuple[float, float]:
    range_it = range(loops)

    for _ in range_it:
        u: list[float] = [1] * n

        for dummy in range(10):
            v = eval_AtA_times_u(u)
            u = eval_AtA_times_u(v)

        vBv: float
        vv: float
        vBv = vv = 0

        for ue, ve in zip(u, v):
            vBv += ue * ve
            vv += ve * ve

    return vBv, vv


def main() -> None:
    n = 25
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    vBv, vv = bench_spectral_norm(1, n)
    print("spectral_norm: N=%d" % n)
    print("vBv=%.12e vv=%.12e" % (vBv, vv))
    print("%0.9f" % math.sqrt(vBv / vv))


if __name__ == "__main__":
    main()
