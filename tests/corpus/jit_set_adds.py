# `s.add(n)` and `n in s` on a set of ints are direct calls in compiled
# code; a None set, a dict, or a set of another key type, takes the general
# instruction. The order of
# iteration shows that the table grows and probes as CPython's does (hash(-1)
# is -2, large ints wrap by the Mersenne prime), and the exception for None
# is CPython's.
from typing import Optional


def fill(n: int, step: int) -> set[int]:
    s: set[int] = set()
    for i in range(n):
        s.add(i * step)
        s.add(-i)
        s.add(i * step)
    return s


def edges() -> set[int]:
    s: set[int] = set()
    for v in [-1, -2, 2305843009213693951, 2305843009213693952, -2305843009213693951,
              9223372036854775807, -9223372036854775807 - 1, 0, 1, -1]:
        s.add(v)
    return s


def maybe_add(s: Optional[set[int]], n: int) -> int:
    total = 0
    for i in range(n):
        try:
            s.add(i)
            total += 1
        except AttributeError as e:
            print("maybe_add:", e)
            return total
    return total


def other_types(n: int) -> None:
    words: set[str] = set()
    floats: set[float] = set()
    flags: set[bool] = set()
    for i in range(n):
        words.add(str(i % 7))
        floats.add(i / 4)
        flags.add(i % 3 == 0)
    print(sorted(words), len(floats), sorted(flags))


def membership(s: Optional[set[int]], d: dict[int, int], n: int) -> int:
    hits = 0
    for i in range(-n, n):
        if i in d:
            hits += 100
        try:
            if i in s:
                hits += 1
        except TypeError as e:
            print("membership:", e)
            return hits
    return hits


def main() -> None:
    print(list(fill(20, 3)))
    print(list(fill(5, 1 << 40)))
    big = fill(3000, 7)
    print(len(big), sum(big), 14 in big, 13 in big)
    print(list(edges()))
    print(maybe_add(set(), 10))
    print(maybe_add(None, 10))
    other_types(50)
    seen: set[int] = set()
    for q in range(200):
        seen.add((q * 37) % 50)
    print(len(seen), list(seen)[:10])
    print(membership(seen, {3: 1, -2: 0}, 60), membership(edges(), {}, 3))
    print(membership(None, {1: 1}, 3))
    print(-1 in edges(), -2 in edges(), 9223372036854775807 in edges(), 5 in edges())


main()
