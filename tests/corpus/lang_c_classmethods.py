# @classmethod (cls bound to the class each call names, so Square.unit() builds a Square),
# super(C, self), super().__init__() over object, and type(x).__name__.
from typing import Optional, Union


class Shape:
    SIDES = 4

    def __init__(self, size: float) -> None:
        self.size = size

    @classmethod
    def unit(cls) -> "Shape":
        return cls(1.0)

    @classmethod
    def describe(cls, n: int) -> str:
        return "sides=" + str(cls.SIDES * n)

    @staticmethod
    def helper(x: int) -> int:
        return x + 1

    @classmethod
    def sides(cls) -> int:
        return cls.SIDES

    @classmethod
    def chain(cls, n: int) -> str:
        return cls.describe(n) + "/" + str(cls.helper(n))

    def area(self) -> float:
        return 0.0


class Square(Shape):
    def area(self) -> float:
        return self.size * self.size


class Leaf:
    def __init__(self, v: int) -> None:
        self.v = v

    @classmethod
    def make(cls, v: int) -> "Leaf":
        return cls(v * 2)


def main() -> None:
    s = Shape.unit()
    q = Square.unit()
    print(type(s).__name__, type(q).__name__, s.area(), q.area())
    print(Shape.describe(3), Square.describe(3), Square.chain(2), Square.sides())
    leaf = Leaf(1)
    print(leaf.make(5).v, Leaf.make(1).v)
    none: Optional[Leaf] = None
    try:
        none.make(1)
    except AttributeError as e:
        print("AttributeError:", e)


main()


def names() -> None:
    u: Union[int, str] = "s"
    o: Optional[float] = None
    print(type(1).__name__, type(2.5).__name__, type(True).__name__, type("x").__name__,
          type([1]).__name__, type((1, "a")).__name__, type({1: 2}).__name__, type(u).__name__,
          type(o).__name__, type(Square(2.0)).__name__, type(None).__name__)


names()
class A:
    def __init__(self) -> None:
        super().__init__()
        self.a = 1

    def name(self) -> str:
        return "A"


class B(A):
    def __init__(self) -> None:
        super(B, self).__init__()
        self.b = 2

    def name(self) -> str:
        return "B>" + super(B, self).name()


class C(B):
    def name(self) -> str:
        return "C>" + super(B, self).name() + "|" + super().name()


def main_super() -> None:
    c = C()
    print(c.a, c.b, c.name(), B().name(), A().name())


main_super()
