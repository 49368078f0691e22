# A method call on None raises AttributeError before its arguments run, as
# CPython looks the method up first (user methods, static methods, list and
# dict methods). Found by an adversarial pass.
from typing import Optional


class P:
    def __init__(self, x: int) -> None:
        self.x = x
        self.items: list[int] = []

    def add(self, y: int) -> int:
        return self.x + y

    @staticmethod
    def st(xs: Optional[list[int]], k: int) -> None:
        xs.append(k)  # type: ignore[union-attr]

    def grow(self, other: Optional["P"]) -> int:
        self.items.append(self.add(1))
        return other.add(side())  # type: ignore[union-attr]


class Q:
    def __init__(self, nxt: Optional["Q"]) -> None:
        self.nxt = nxt

    def add(self, k: int) -> int:
        return k

    def walk(self) -> int:
        # `self` reassigned: it may be None here, so it is checked too.
        self = self.nxt  # type: ignore[assignment]
        return self.add(side())


def side() -> int:
    print("side")
    return 1


def main() -> None:
    try:
        print(Q(Q(None)).walk())
        print(Q(None).walk())
    except AttributeError as e:
        print("AttributeError:", e)
    p = P(1)
    for case in range(4):
        try:
            if case == 0:
                print(p.grow(p))
            elif case == 1:
                print(p.grow(None))
            elif case == 2:
                P.st(None, side())
            else:
                d: Optional[dict[str, int]] = None
                d.get(str(side()))  # type: ignore[union-attr]
        except AttributeError as e:
            print("AttributeError:", e)


main()
