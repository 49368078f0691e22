from dataclasses import dataclass, field


class N:
    def __eq__(self, other: object) -> bool:
        return False


@dataclass
class P:
    x: int


@dataclass
class Q:
    pts: list[P] = field(default_factory=list)
    n: float = 0.0


@dataclass
class H:
    h: N


def main() -> None:
    f = Q([P(1)], float("nan"))
    print(f == f, Q([P(1)]) == Q([P(1)]), Q([P(1)]) == Q([P(2)]), Q() == Q(), Q([P(1)]) == Q([P(1), P(2)]))
    h = H(N())
    print(h == h, h == H(h.h), H(N()) == H(N()))
    n = N()
    print((n, 1) == (n, 1), (N(), 1) == (N(), 1), [n] == [n], [P(3)] == [P(3)], [P(3)] != [P(4)])
    print(Q([P(1)]))


main()
