# A field that __init__ skips with an early return (in an if, a loop, or one
# branch of an if/else) is unassigned: reading it raises AttributeError, as
# in CPython, in a method, through an accessor and directly.


class P:
    x: float
    y: float

    def __init__(self, x: float) -> None:
        self.y = 1.0
        if x < 0:
            return
        self.x = x

    def get_x(self) -> float:
        return self.x


class Q:
    n: int

    def __init__(self, k: int) -> None:
        for i in range(k):
            if i == 0:
                return
        self.n = 5


class R:
    a: int
    b: int

    def __init__(self, flag: bool) -> None:
        if flag:
            self.a = 1
            return
        else:
            self.a = 2
        self.b = 3

    def total(self) -> int:
        return self.a + self.b


def main() -> None:
    p = P(-1.0)
    try:
        print(p.get_x())
    except AttributeError as e:
        print("AttributeError", e)
    try:
        print(p.x)
    except AttributeError as e:
        print("AttributeError", e)
    print(P(2.0).get_x(), p.y)
    q = Q(1)
    try:
        print(q.n)
    except AttributeError as e:
        print("AttributeError", e)
    print(Q(0).n)
    print(R(True).a, R(False).a, R(False).total())
    try:
        print(R(True).total())
    except AttributeError as e:
        print("AttributeError", e)


main()
