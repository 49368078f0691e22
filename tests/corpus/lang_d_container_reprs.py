from typing import Optional


class V:
    def __init__(self, x: int, y: float) -> None:
        self.x = x
        self.y = y

    def __repr__(self) -> str:
        return f"V({self.x}, {self.y!r})"


class S:
    def __init__(self, name: str) -> None:
        self.name = name

    def __str__(self) -> str:
        return "S:" + self.name

    def __repr__(self) -> str:
        return "S(%r)" % self.name


class Grow:
    def __init__(self, into: list["Grow"], n: int) -> None:
        self.into = into
        self.n = n

    def __repr__(self) -> str:
        if self.n < 3:
            self.into.append(Grow(self.into, self.n + 1))
        return "G%d" % self.n


def main() -> None:
    vs = [V(1, 2.5), V(-3, 0.1)]
    print(vs)
    print(str(vs), repr(vs), f"{vs}", "%s" % (vs,))
    empty: list[V] = []
    print(empty, [empty], (V(0, -0.0),))
    pair = (V(7, 1e16), "txt", 3)
    print(pair)
    print({"a": V(1, 1.0), "b": V(2, 2.0)})
    print({V(5, 5.5).x: S("k")})
    ss = [S("a"), S("b")]
    print(ss, ss[0], str(ss[0]), f"{ss[1]}")
    maybe: list[Optional[S]] = [S("x"), None]
    print(maybe)
    nested = [[V(1, 1.0)], [], [V(2, 2.0), V(3, 3.0)]]
    print(nested)
    tup = tuple(ss)
    print(tup, tuple(ss[:1]))
    g: list[Grow] = []
    g.append(Grow(g, 0))
    print(g)
    d: dict[int, list[V]] = {1: [V(9, 9.0)]}
    print(d, format(vs))


main()
