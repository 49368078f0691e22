# __init__ hands `self` to other code (a method call, a function argument)
# before it assigns a field: that code sees the field unassigned, and reading
# it raises AttributeError, as in CPython. Fields assigned before the call
# read normally.


class P:
    x: float
    y: int

    def __init__(self, v: float) -> None:
        self.y = 1
        self.show()
        self.x = v

    def show(self) -> None:
        print("y", self.y)
        try:
            print("x", self.x)
        except AttributeError as e:
            print("AttributeError", e)


class Q:
    a: int

    def __init__(self) -> None:
        register(self)
        self.a = 5


def register(q: "Q") -> None:
    try:
        print(q.a)
    except AttributeError as e:
        print("AttributeError", e)


class R:
    n: int

    def __init__(self, n: int) -> None:
        self.n = n
        self.check()

    def check(self) -> None:
        print("n", self.n)


def main() -> None:
    p = P(2.5)
    print(p.x, p.y)
    q = Q()
    print(q.a)
    r = R(7)
    print(r.n + 1)


main()
