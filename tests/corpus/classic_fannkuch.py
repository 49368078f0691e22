# Classic benchmark program, annotated as a mypy user would (see benches/programs/classic/BLOCKERS.md); the default size here is the corpus's small size, and `make compare` runs it at a benchmark size (BENCHMARKS.md).
"""
The Computer Language Benchmarks Game
http://benchmarksgame.alioth.debian.org/

Contributed by Sokolov Yura, modified by Tupteq.
"""
# Source: pyperformance 1.14.0, benchmark "fannkuch"
#   (pyperformance/data-files/benchmarks/bm_fannkuch/run_benchmark.py).
#   pyperformance is MIT licensed; contributed to the Computer Language
#   Benchmarks Game by Sokolov Yura, modified by Tupteq.
# Changed: mypy --strict annotations only; main() below replaces the
#   pyperf harness. Algorithm and idioms (bound methods perm1.insert /
#   perm1.pop kept in locals, `while 1`, slice assignment with a reversed
#   slice, while-else) are unchanged.
#
# Usage: fannkuch.py [n]   default 9 (the original size, ~0.7 s CPython
#   3.11), small size for the test corpus: 7.

import sys


DEFAULT_ARG = 7


def fannkuch(n: int) -> int:
    count = list(range(1, n + 1))
    max_flips = 0
    m = n - 1
    r = n
    perm1 = list(range(n))
    perm = list(range(n))
    perm1_ins = perm1.insert
    perm1_pop = perm1.pop

    while 1:
        while r != 1:
            count[r - 1] = r
            r -= 1

        if perm1[0] != 0 and perm1[m] != m:
            perm = perm1[:]
            flips_count = 0
            k = perm[0]
            while k:
                perm[:k + 1] = perm[k::-1]
                flips_count += 1
                k = perm[0]

            if flips_count > max_flips:
                max_flips = flips_count

        while r != n:
            perm1_ins(r, perm1_pop(0))
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        else:
            return max_flips


def main() -> None:
    arg = DEFAULT_ARG
    if len(sys.argv) > 1:
        arg = int(sys.argv[1])
    print("fannkuch(%d) = %d" % (arg, fannkuch(arg)))


if __name__ == "__main__":
    main()
