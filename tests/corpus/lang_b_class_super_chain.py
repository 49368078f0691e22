# Inheritance three levels deep: overriding, super() chains in __init__ and
# in ordinary methods, a method that only the middle class overrides, and
# Base.method(self) calls that skip the override.


class Shape:
    name: str
    sides: int

    def __init__(self, name: str, sides: int) -> None:
        self.name = name
        self.sides = sides
        print("Shape.__init__", name)

    def area(self) -> float:
        return 0.0

    def describe(self) -> str:
        return f"{self.name}/{self.sides}: {self.area()}"

    def tag(self) -> str:
        return "shape"

    def label(self) -> str:
        return "<" + self.tag() + ">"


class Rect(Shape):
    w: float
    h: float

    def __init__(self, w: float, h: float) -> None:
        super().__init__("rect", 4)
        self.w = w
        self.h = h
        print("Rect.__init__", w, h)

    def area(self) -> float:
        return self.w * self.h

    def tag(self) -> str:
        return "rect+" + super().tag()


class Square(Rect):
    def __init__(self, s: float) -> None:
        print("Square.__init__ before super")
        super().__init__(s, s)
        self.name = "square"

    def describe(self) -> str:
        return "[" + super().describe() + "]"

    def tag(self) -> str:
        return "square+" + super().tag()


class Odd(Shape):
    def __init__(self) -> None:
        Shape.__init__(self, "odd", 0)

    def area(self) -> float:
        return -1.0

    def describe(self) -> str:
        return "odd " + Shape.describe(self) + " base-tag " + Shape.tag(self)


def main() -> None:
    s = Shape("blob", 0)
    r = Rect(2.0, 3.5)
    q = Square(1.5)
    o = Odd()
    print(s.describe())
    print(r.describe())
    print(q.describe())
    print(o.describe())
    print(s.label(), r.label(), q.label(), o.label())
    print(q.name, q.sides, q.w, q.h, q.area())
    print(isinstance(q, Rect), isinstance(q, Shape), isinstance(r, Square), isinstance(o, Rect))
    print(Rect.area(q), Shape.area(q), Rect.tag(q), Shape.tag(q))


main()
