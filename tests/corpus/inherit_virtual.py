# Virtual dispatch through a base-typed list, overriding, super().__init__, Base.method(self).
import math


class Shape:
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    def area(self) -> float:
        return 0.0

    def describe(self) -> str:
        return self.name + " with area " + str(round(self.area(), 3))


class Circle(Shape):
    r: float

    def __init__(self, r: float) -> None:
        super().__init__("circle")
        self.r = r

    def area(self) -> float:
        return math.pi * self.r * self.r


class Rect(Shape):
    w: float
    h: float

    def __init__(self, w: float, h: float) -> None:
        Shape.__init__(self, "rect")
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h


class Square(Rect):
    def __init__(self, side: float) -> None:
        super().__init__(side, side)
        self.name = "square"

    def describe(self) -> str:
        return "[" + Shape.describe(self) + "]"


shapes: list[Shape] = [Shape("blob"), Circle(1.5), Rect(2.0, 3.5), Square(4.0)]
total = 0.0
for s in shapes:
    print(s.describe())
    total += s.area()
print(round(total, 6))
for s in shapes:
    print(s.name, isinstance(s, Shape), isinstance(s, Rect), isinstance(s, Square), isinstance(s, Circle))
