# Comparison special methods: != derived from __eq__, `b > a` falling back to
# the mirrored a.__lt__(b), a subclass inheriting __eq__/__lt__ as the left
# operand, chained comparisons on objects (each operand compared once), ==
# without __eq__ meaning identity, and __lt__ driving a selection loop.


class Ver:
    major: int
    minor: int

    def __init__(self, major: int, minor: int) -> None:
        self.major = major
        self.minor = minor

    def __eq__(self, other: "Ver") -> bool:
        print(f"  eq {self} {other}")
        return self.major == other.major and self.minor == other.minor

    def __lt__(self, other: "Ver") -> bool:
        print(f"  lt {self} {other}")
        if self.major != other.major:
            return self.major < other.major
        return self.minor < other.minor

    def __str__(self) -> str:
        return f"v{self.major}.{self.minor}"


class Tagged(Ver):
    def __str__(self) -> str:
        return f"tagged{self.major}.{self.minor}"


class Plain:
    v: int

    def __init__(self, v: int) -> None:
        self.v = v


def main() -> None:
    a = Ver(1, 2)
    b = Ver(1, 10)
    c = Ver(2, 0)
    print(a == b, a != b, a == Ver(1, 2), a != Ver(1, 2))
    print(a < b, b > a, c > b, b < a)
    print(a < b < c)
    print(c < b < a)
    t = Tagged(1, 99)
    print(t == a)
    print(t != a)
    print(t > c)
    print(t < c)
    print(t == Tagged(1, 99), t < t)
    vs = [c, a, b]
    best = vs[0]
    for v in vs:
        if v < best:
            best = v
    print("smallest", best)
    p = Plain(1)
    q = Plain(1)
    r = p
    print(p == q, p != q, p == r, p != r, p is r)


main()
