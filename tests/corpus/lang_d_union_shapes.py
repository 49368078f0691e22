from typing import Union


class Circle:
    def __init__(self, r: float) -> None:
        self.r = r

    def area(self) -> float:
        return 3.0 * self.r * self.r


class Square:
    def __init__(self, s: float) -> None:
        self.s = s

    def area(self) -> float:
        return self.s * self.s


Shape = Union[Circle, Square]


def describe(x: Shape) -> str:
    if isinstance(x, Circle):
        return "circle r=%s" % x.r
    return "square s=%s" % x.s


def total(shapes: list[Shape]) -> float:
    t = 0.0
    for s in shapes:
        t += s.area()
    return t


def main() -> None:
    shapes: list[Shape] = [Circle(1.0), Square(2.0), Circle(0.5)]
    for s in shapes:
        print(describe(s))
    print(total(shapes))
    v: Union[int, str] = 3
    if isinstance(v, int):
        print(v + 1, v * 2.5)
    v = "x"
    if not isinstance(v, int):
        print(v.upper())


main()
