from typing import Optional


class P:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, P):
            return NotImplemented
        print("eq", self.x, other.x)
        return self.x == other.x and self.y == other.y

    def __repr__(self) -> str:
        return "P(%d, %d)" % (self.x, self.y)


class Q(P):
    pass


class Tag:
    def __init__(self, name: str) -> None:
        self.name = name

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Tag):
            return self.name.lower() == other.name.lower()
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        if not isinstance(other, Tag):
            return NotImplemented
        return self.name != other.name


def main() -> None:
    a = P(1, 2)
    ps = [P(0, 0), P(1, 2), P(3, 3)]
    print(a in ps, P(9, 9) in ps, a not in ps, a in [a])
    print(Q(1, 2) == a, a == Q(1, 2))
    n: Optional[P] = None
    print(a == n, n == a, a != n)
    t = (P(5, 5), P(6, 6))
    tags = [Tag("A"), Tag("b")]
    print(Tag("a") == Tag("A"), Tag("a") != Tag("A"), Tag("B") in tags)
    print(ps)


main()
