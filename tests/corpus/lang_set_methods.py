# The set methods that take another set (union, intersection, difference,
# symmetric_difference: laid out as their operators; issubset, issuperset,
# isdisjoint), printed in CPython's order, with empty and same-object operands;
# then the builtins that take any iterable, over sets (and str.join of a dict).


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


main()
consumers()
