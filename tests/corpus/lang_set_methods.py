# The set methods that take another set (union, intersection, difference,
# symmetric_difference: laid out as their operators; issubset, issuperset,
# isdisjoint), printed in CPython's order, with empty and same-object operands;
# then the builtins that take any iterable, over sets (and str.join of a dict);
# then subset comparisons (<= < >= >), None on either side raising TypeError;
# then union() of a list, a tuple, a dict and a set display (a copy updated);
# then intersection/difference/symmetric_difference of lists and tuples.

from typing import Optional


def main() -> None:
    a = {x * 3 for x in range(12)}
    b = {x * 5 for x in range(8)}
    empty: set[int] = set()
    print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
    print(b.union(a), b.intersection(a), b.difference(a), b.symmetric_difference(a))
    print(a.issubset(b), {0, 15}.issubset(a), a.issuperset({0, 15}), a.isdisjoint(b), {1, 2}.isdisjoint({3}))
    print(empty.issubset(a), a.issuperset(empty), empty.isdisjoint(empty), a.union(a) == a, a.difference(a))

def consumers() -> None:
    s = {"b", "a"}
    s.add("c")
    print(", ".join(s))
    print(", ".join(sorted(s)))
    d = {"x": 1, "y": 2}
    print("-".join(d), "".join(k for k in d))
    t = {True, False}
    print(t)
    u = {3, 1, 2}
    print(sum(u), max(u), min(u), any(x > 2 for x in u), list(enumerate(u)))
    print(tuple(u), [x for x in u if x != 1])


def comparisons() -> None:
    a = {1, 2}
    b = {1, 2, 3}
    e: set[int] = set()
    print(a <= b, a < b, b >= a, b > b, b > a, a >= b, a < a, a <= a, e < a, e <= e, e < e)
    print({4} <= b, b < {1, 2, 3, 4}, {1, 2, 3, 4} > b)
    n: Optional[set[int]] = None
    for x, y in [(n, a), (a, n), (n, n)]:
        try:
            print(x < y)
        except TypeError as ex:
            print(ex)


def unions() -> None:
    s = {8, 16, 3}
    xs = [24, 1, 3, 40]
    d = {"k": 1}
    print(s.union(xs), s, s.union(s), s.union({0, 8}))
    names = {"a", "b"}
    print(names.union(d), sorted(names.union(["zz", "a"])))
    print(s.union((1, 2, 99)), s.union({5, 6, 7}))


def with_sequences() -> None:
    s = {x * 8 for x in range(10)}
    xs = [16, 3, 64, 8, 99, 16]
    t = (0, 72, 5)
    print(s.intersection(xs), s.intersection(t), s.intersection([1, 2]), s.intersection([]))
    print(s.difference(xs), s.difference((8, 16, 24, 32, 40, 48)), s.difference([]))
    print(s.symmetric_difference(xs), s.symmetric_difference((1, 0)), s.symmetric_difference([0, -8]))
    w = {"a", "bb"}
    print(sorted(w.intersection(["bb", "c"])), sorted(w.symmetric_difference(["c"])))


main()
consumers()
comparisons()
unions()
with_sequences()
