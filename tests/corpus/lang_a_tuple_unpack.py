# Tuples as several return values and as unpacking targets. Returns:
# unpacked at the call, kept whole and indexed, passed straight to another
# function, returned from several branches, nested, collected in lists and
# dicts, stored in fields, from divmod() and from a recursive function.
# Unpacking: nested patterns, swaps and rotations (the right side is built
# before any target is assigned), targets assigned left to right (so
# `i, xs[i] = ...` uses the new i), fields and list slots as targets, for
# loops over zip/enumerate, and the ValueError messages when a list has the
# wrong length; the last one is uncaught.


class Stats:
    def __init__(self) -> None:
        self.span: tuple[float, float] = (0.0, 0.0)
        self.count = 0

    def feed(self, xs: list[float]) -> tuple[int, float]:
        lo, hi = min(xs), max(xs)
        self.span = (lo, hi)
        self.count += len(xs)
        return self.count, hi - lo


def min_max_sum(xs: list[int]) -> tuple[int, int, int]:
    return min(xs), max(xs), sum(xs)


def classify(n: int) -> tuple[str, int]:
    if n < 0:
        return "neg", -n
    if n == 0:
        return ("zero", 0)
    return "pos", n


def split_name(full: str) -> tuple[str, str]:
    i = full.find(" ")
    if i < 0:
        return full, ""
    return full[:i], full[i + 1:]


def corners(w: int, h: int) -> tuple[tuple[int, int], tuple[int, int]]:
    return (0, 0), (w - 1, h - 1)


def describe(pair: tuple[str, int]) -> str:
    kind, size = pair
    return f"{kind}:{size}"


def fib_pair(n: int) -> tuple[int, int]:
    if n == 0:
        return 0, 1
    a, b = fib_pair(n - 1)
    return b, a + b


def returns() -> None:
    lo, hi, total = min_max_sum([4, -2, 9, 0])
    print(lo, hi, total)
    r = min_max_sum([7])
    print(r, r[0], r[2], len(r))
    print([describe(classify(n)) for n in [-3, 0, 5]])
    first, rest = split_name("Ada King Lovelace")
    print(repr(first), repr(rest), split_name("Plato"))
    (x0, y0), (x1, y1) = corners(4, 3)
    print(x0, y0, x1, y1, corners(1, 1))
    results = [divmod(n, 4) for n in [-9, -4, 0, 7, 13]]
    print(results)
    for q, m in results:
        print(q * 4 + m, end=" ")
    print()
    table = {n: classify(n) for n in [-1, 0, 2]}
    print(table, table[2][0])
    s = Stats()
    print(s.feed([2.5, -1.0, 4.0]), s.span)
    c, width = s.feed([0.1, 0.2])
    print(c, width, s.span, s.span[1] - s.span[0])
    print(fib_pair(10), fib_pair(50)[0])
    a, b = fib_pair(3)
    a, b = b, a
    print(a, b)


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y


def unpack3(xs: list[int]) -> int:
    a, b, c = xs
    return a * 100 + b * 10 + c


def main() -> None:
    returns()
    a, b, c = 1, 2, 3
    a, b, c = c, a, b
    print(a, b, c)
    a, b = b, a + b
    print(a, b)
    xs = [10, 20, 30]
    xs[0], xs[2] = xs[2], xs[0]
    print(xs)
    i = 0
    i, xs[i] = 2, 99
    print(i, xs)
    j = 1
    xs[j], j = 55, 0
    print(j, xs)
    p = Point(1, 2)
    p.x, p.y = p.y, p.x
    print(p.x, p.y)
    (q, (r, s)), t = (1, (2, 3)), 4
    print(q, r, s, t)
    ((m, n), o) = ((5, 6), 7)
    print(m, n, o)
    [u, v] = [8, 9]
    print(u, v)
    pairs = [(1, "a"), (2, "b"), (3, "c")]
    for k, (num, ch) in enumerate(pairs):
        print(k, num, ch * num)
    for left, right in zip([1, 2, 3], ["x", "y"]):
        print(left, right)
    grid = [((0, 0), "origin"), ((2, -1), "p")]
    for (gx, gy), name in grid:
        print(name, gx - gy)
    x = y = 5
    x += 1
    print(x, y)
    w1, w2, w3 = "a b c".split()
    print(w3, w2, w1)
    print(unpack3([1, 2, 3]))
    for bad in [[1, 2], [1, 2, 3, 4]]:
        try:
            print(unpack3(bad))
        except ValueError as e:
            print("ValueError:", e)
    print(unpack3([4]))


main()
