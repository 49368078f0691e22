# Classic benchmark program, annotated as a mypy user would (see benches/programs/classic/BLOCKERS.md); the default size here is the corpus's small size, and `make compare` runs it at a benchmark size (BENCHMARKS.md).
"""Simple, brute-force N-Queens solver."""
# Source: pyperformance 1.14.0, benchmark "nqueens"
#   (pyperformance/data-files/benchmarks/bm_nqueens/run_benchmark.py).
#   pyperformance is MIT licensed; by Collin Winter, n_queens() from
#   http://code.activestate.com/recipes/576647/.
# Changed: mypy --strict annotations only (permutations() is generic over
#   a TypeVar); bench_n_queens returns the solution list instead of
#   discarding it; main() below replaces the pyperf harness.
#   Algorithm and idioms (generators, generator expressions, for-else,
#   slice assignment, tuple swaps) are unchanged.
#
# Usage: nqueens.py [queen_count]   default 9 (~1.5 s CPython 3.11; the
#   original pyperformance size is 8), small size for the test corpus: 6.

import sys
from typing import Iterable, Iterator, Optional, TypeVar

T = TypeVar("T")

__author__ = "collinwinter@google.com (Collin Winter)"


# Pure-Python implementation of itertools.permutations().
def permutations(iterable: Iterable[T],
                 r: Optional[int] = None) -> Iterator[tuple[T, ...]]:
    """permutations(range(3), 2) --> (0,1) (0,2) (1,0) (1,2) (2,0) (2,1)"""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    indices = list(range(n))
    cycles = list(range(n - r + 1, n + 1))[::-1]
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


# From http://code.activestate.com/recipes/576647/
def n_queens(queen_count: int) -> Iterator[tuple[int, ...]]:
    """N-Queens solver.

    Args:
        queen_count: the number of queens to solve for. This is also the
            board size.

    Yields:
        Solutions to the problem. Each yielded value is looks like
        (3, 8, 2, 1, 4, ..., 6) where each number is the column position for the
        queen, and the index into the tuple indicates the row.
    """
    cols = range(queen_count)
    for vec in permutations(cols):
        if (queen_count == len(set(vec[i] + i for i in cols))
                        == len(set(vec[i] - i for i in cols))):
            yield vec


def bench_n_queens(queen_count: int) -> list[tuple[int, ...]]:
    return list(n_queens(queen_count))


def main() -> None:
    queen_count = 6
    if len(sys.argv) > 1:
        queen_count = int(sys.argv[1])
    solutions = bench_n_queens(queen_count)
    print("nqueens: queen_count=%d" % queen_count)
    print("solutions: %d" % len(solutions))
    if solutions:
        print("first: %s" % (solutions[0],))
        print("last: %s" % (solutions[-1],))
    checksum = 0
    for vec in solutions:
        for q in vec:
            checksum = (checksum * 7 + q) % 1000000007
    print("checksum: %d" % checksum)


if __name__ == "__main__":
    main()
