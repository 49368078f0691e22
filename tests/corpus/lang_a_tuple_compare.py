# Tuple comparison is lexicographic: the first unequal element decides,
# int and float elements compare by value, -0.0 equals 0.0, bool equals
# int; == and != on tuples of strs and nested tuples; tuples in lists
# (searched with ==, the smallest found with <) and as dict keys; len, and
# hash of tuples (CPython's tuple hash: deterministic for ints).


def cmp(a: tuple[int, int], b: tuple[int, int]) -> str:
    return f"{a} vs {b}: < {a < b} <= {a <= b} == {a == b} != {a != b} > {a > b} >= {a >= b}"


def find(pts: list[tuple[int, int]], q: tuple[int, int]) -> int:
    for i, p in enumerate(pts):
        if p == q:
            return i
    return -1


def main() -> None:
    print(cmp((1, 2), (1, 3)))
    print(cmp((2, 0), (1, 99)))
    print(cmp((-1, 5), (-1, 5)))
    print(cmp((0, -2**62), (0, 2**62)))
    print(() == (), (0,) < (1,), (5,) >= (5,))
    print((1, 2.5) < (1, 3.0), (0.0, 1) == (-0.0, 1), (1, 2.0) == (1.0, 2), (3, 1.5) > (3, 1.25))
    print(("a", "b") < ("a", "c"), ("b", "a") > ("a", "z"), ("", "x") < ("a", ""), ("ab", 1) < ("a", 2))
    print(("x", 1) == ("x", 1), ("x", 1) != ("x", 2), (True, 1) == (1, True), ("B", 0) < ("a", 0))
    nested = ((1, 2), (3, 4))
    print(nested < ((1, 2), (3, 5)), nested == ((1, 2), (3, 4)), nested > ((1, 3), (0, 0)))
    print((1, (2, "b")) < (1, (2, "c")), (0.5, "z") <= (0.5, "z"))

    pts = [(3, 1), (1, 2), (3, 0), (1, 1)]
    print(find(pts, (3, 0)), find(pts, (2, 1)), any(p == (1, 2) for p in pts))
    best = pts[0]
    worst = pts[0]
    for p in pts:
        if p < best:
            best = p
        if p > worst:
            worst = p
    print(best, worst, sum(1 for p in pts if p >= (1, 2)))
    pts.append((1, 1))
    print(pts, len([p for p in pts if p == (1, 1)]))

    dist: dict[tuple[str, str], int] = {("a", "b"): 5, ("b", "a"): 6}
    dist[("a", "b")] += 1
    print(dist, dist.get(("b", "a"), 0), ("a", "c") in dist)
    t = (1, 2, 3)
    print(t, len(t), t[-1], t[0] + t[2])
    print(hash((1, 2)) == hash((1, 2)), hash((1, 2)), hash(()), hash((0, -1)), hash((2, 1)))


main()
