# Nested comprehensions: the leftmost for is the outer loop, an if between
# two fors filters the outer variable before the inner loop runs, several
# ifs, a conditional expression as the element, a comprehension as the
# element (a matrix transposed), flattening, side effects in the order
# CPython runs them, and an uncaught error two comprehensions deep (each
# runs in its own <listcomp> frame).


def probe(tag: str, v: int) -> int:
    print(f"{tag}{v}", end=" ")
    return v


def inv(x: int) -> int:
    return 12 // x


def main() -> None:
    print([(x, y) for x in range(3) for y in range(x)])
    print([x * 10 + y for x in range(4) if x % 2 == 1 for y in range(3) if y != x])
    print([n for n in range(30) if n % 2 == 0 if n % 3 == 0])
    print(["even" if n % 2 == 0 else "odd" for n in range(4)])
    print([n if n > 0 else -n for n in [-2, 3, -4]])
    m = [[1, 2, 3], [4, 5, 6]]
    print([[row[c] for row in m] for c in range(3)])
    print([v for row in m for v in row if v % 2 == 1])
    print([[c * r for c in range(r)] for r in range(4)])
    print([ch + str(i) for i, ch in enumerate("abc") if ch != "b"])
    words = ["apple", "kiwi", "banana"]
    print([w[:i] for w in words for i in range(1, 3)])
    print({w: [c for c in w if "aeiou".find(c) >= 0] for w in words})
    print(sorted({len(w) for w in words if len(w) > 4}), sorted({len(w) for w in words}))
    print(sum([x * y for x in range(1, 4) for y in range(1, 4) if x != y]))
    print([probe("o", x) + probe("i", y) for x in range(2) if probe("f", x) >= 0 for y in range(2)])
    base = 100
    print([base + k for k in range(3)], [[base * i + j for j in range(2)] for i in range(2)])
    grid = [[inv(c - r) for c in range(3) if c != r] for r in range(3)]
    print(grid)
    print([[inv(c - r) for c in range(3)] for r in range(3)])


main()
