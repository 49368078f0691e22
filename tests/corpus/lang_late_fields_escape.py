# A field __init__ assigns only after handing `self` to other code is not yet
# assigned when that code runs: an overriding method called from the parent's
# __init__, or a property read in __init__, must see AttributeError, as in CPython.
class Base:
    def __init__(self) -> None:
        self.x = 1
        self.show()

    def show(self) -> None:
        print("base show", self.x)


class Child(Base):
    def __init__(self) -> None:
        super().__init__()
        self.y = 2

    def show(self) -> None:
        print("child show", self.x, self.y)


class Quiet(Base):
    def __init__(self) -> None:
        super().__init__()
        self.z = 3


class P:
    def __init__(self) -> None:
        self.a = 1
        print(self.total)
        self.b = 2

    @property
    def total(self) -> int:
        return self.a + self.b


class Q:
    def __init__(self, n: int) -> None:
        self.n = n
        self.half: int = self.n // 2

    @property
    def double(self) -> int:
        return self.n * 2


def main() -> None:
    try:
        c = Child()
        print(c.y)
    except AttributeError as e:
        print("AttributeError:", e)
    q0 = Quiet()
    print(q0.x, q0.z)
    try:
        p = P()
        print(p.b)
    except AttributeError as e:
        print("AttributeError:", e)
    q = Q(7)
    print(q.n, q.half, q.double)


main()
