# Containers compared with ==, %s/%r of objects with __str__/__repr__, sets of plain
# instances iterated in an order-free way (CPython's order is by address), and/or
# with a bool operand where an int is returned.


class P:
    def __init__(self, x: int) -> None:
        self.x = x

    def __repr__(self) -> str:
        print("repr called")
        return f"P({self.x})"

    def __str__(self) -> str:
        return f"<{self.x}>"


class Plain:
    def __init__(self, n: int) -> None:
        self.n = n


def score(a: int, b: int, flag: bool) -> int:
    return not flag and (a or b)


def main() -> None:
    print([1, 2] == [1, 2], [1, 2] != [2, 1], (1, 2.5) == (1, 2.5))
    print({1: "a", 2: "b"} == {2: "b", 1: "a"}, {1: "a"} == {1: "b"})
    print({3, 1} == {1, 3}, {"x"} != {"y"}, [[1], [2]] == [[1], [2]])
    print(range(0, 3) == range(0, 3, 1), range(0) == range(5, 2), [1.0] == [1.0])
    p = P(3)
    print("%r and %s / %5s|%-6r|" % (p, p, p, p))
    print("one %r" % (p,))
    a, b, c = Plain(1), Plain(2), Plain(3)
    s = {a, b}
    s.add(c)
    s.add(a)
    print(sum(m.n for m in s), len(s), a in s)
    total = 0
    for m in s:
        total += m.n * m.n
    print(total)
    t = {a, b, c}
    print(s == t, s == {a})
    print(score(0, 5, False), score(0, 0, False), score(7, 0, False))


main()
