# `assert isinstance(x, C)` narrows x to C for the rest of its block, as
# mypy reads it; a failing assert raises AssertionError.


class Shape:
    def area(self) -> float:
        return 0.0


class Square(Shape):
    side: float

    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side * self.side


def side_of(s: Shape) -> float:
    assert isinstance(s, Square)
    return s.side


def main() -> None:
    shapes: list[Shape] = [Square(2.0), Square(3.5)]
    for s in shapes:
        print(side_of(s), s.area())
    print(side_of(Shape()))


main()
