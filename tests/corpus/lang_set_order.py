# Sets in CPython's order: printing and iterating a set shows its hash table's
# slot order, which jcvm reproduces (CPython 3.11's probing, dummies left by
# deletions, resizes, set_merge for set(s) / s.update(t) / copy(), the layout
# of a constant display CPython folds into a frozenset, the operators, pop).
# Element types: int (negative, near the hash modulus 2**61 - 1, -1 and -2
# which hash alike), float (0.0 and -0.0 as one element), str, bool and
# tuples. A display of three or more name-like strings, whose layout in
# CPython depends on what the process interned, is accepted after `in`.
# Ends with a set changed during a loop over it.

from dataclasses import dataclass


@dataclass
class Tagged:
    name: str
    tags: set[str]


def show(label: str, s: set[int]) -> None:
    print(label, len(s), s)


def churn(n: int) -> set[int]:
    s: set[int] = set()
    for i in range(n):
        s.add(i * 7919 % 1000)
        if i % 3 == 0:
            s.discard(i * 31 % 1000)
    return s


def checksum(s: set[int]) -> int:
    total = 0
    for i, x in enumerate(s):
        total = (total * 31 + x * (i + 1)) % 1000000007
    return total


def main() -> None:
    # Displays: fewer than three items are added one by one; three or more
    # constants are a folded frozenset merged into a new set.
    show("two", {40, 8})
    show("folded", {5, 3, 17, 33, 1})
    show("folded with duplicates", {9, 1, 9, 17, 25, 1})
    a = 33
    show("not constant", {5, 3, 17, a, 1})
    show("negative", {-1, -2, -3, 0})
    show("near the modulus", {2**61 - 1, 2**61, -(2**61), 2**62, 7})
    show("folded expression", {2 * 8, 1 << 4, 100 // 7, -7 // 2, 7 % -3})

    # Adds, deletions (dummies) and resizes.
    s: set[int] = set()
    for i in range(0, 64, 8):
        s.add(i)
    show("multiples of 8", s)
    for i in range(0, 64, 16):
        s.discard(i)
    s.add(1)
    s.add(64)
    show("after discards", s)
    big = churn(600)
    print("churn", len(big), checksum(big))
    print("first ten", list(big)[:10])
    for x in list(big):
        if x % 2 == 0:
            big.remove(x)
    big.add(5000)
    print("odd", len(big), checksum(big), sorted(big)[:5])

    # Copies and merges keep CPython's layout, not the source's.
    m = {x * 64 for x in range(12)}
    show("spread", m)
    show("copy", m.copy())
    show("set(s)", set(m))
    grown: set[int] = {1, 2}
    grown.update(m)
    show("update with a set", grown)
    grown.update([999, 3, 65])
    show("update with a list", grown)
    counts = {"x": 1, "yy": 2, "zzz": 3, "w": 4}
    print("set(dict)", set(counts))

    # Operators.
    p = {x for x in range(0, 40, 3)}
    q = {x for x in range(0, 40, 5)}
    show("p | q", p | q)
    show("p & q", p & q)
    show("p - q", p - q)
    show("p ^ q", p ^ q)
    show("q - p", q - p)
    show("p & p", p & p)
    print("equal", p == set(p), p == q, {1, 2} == {2, 1})

    # pop walks the table from a finger that stays where the last pop ended.
    r = {100, 3, 50, 7, 1000}
    while len(r) > 1:
        print("pop", r.pop(), r)
    r.add(64)
    r.add(2)
    print("after pops", r)

    # Floats, strs, bools, tuples.
    print("floats", {1.5, -0.0, 0.0, 2.0, 1e300, -2.5})
    words: set[str] = set()
    for w in "the quick brown fox jumps over the lazy dog".split():
        words.add(w)
    print("words", words)
    print("letters", set("mississippi"))
    print("bools", {True, False, True})
    print("tuples", {(1, 2), (2, 1), (0, 0), (1, 2)})
    print("nested", [{3, 1}, {2}], ({9, 8, 7},), {"k": {4, 44, 444}})
    t = Tagged("item", {w for w in "red green blue cyan".split()})
    print(t)
    # (A display of such strings is only refused where its order could show.)
    print([c for c in ["red", "pink", "blue"] if c in {"red", "green", "blue"}])
    empty: set[int] = set()
    print(f"{p & q} and {empty}")

    # A loop over a set that its body changes.
    live = {1, 2, 3}
    try:
        for v in live:
            live.add(v + 10)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(live)
    for v in live:
        live.discard(v)
        live.add(v + 100)
        break
    print(live)


main()
