# Virtual calls whose implementations are short enough for compiled code to
# inline them: every slow path of an inlined body (a None operand, a zero
# divisor, the recursion limit; an overflow too, which CPython's big ints
# cannot show here) must make the real call, so errors, messages and
# traceback frames are those of the call.
from typing import Optional


class Shape:
    def __init__(self, k: int, w: float) -> None:
        self.k = k
        self.w = w
        self.div = 2
        self.next: Optional["Shape"] = None

    def area(self) -> int:
        return 0

    def ratio(self, d: float) -> float:
        return self.w / d

    def twice(self) -> int:
        return self.k * 2

    def link_k(self) -> int:
        return 0


class Rect(Shape):
    def area(self) -> int:
        return self.k * self.k

    def ratio(self, d: float) -> float:
        return (self.w + 1.0) / d

    def link_k(self) -> int:
        n = self.next
        return n.k + 1 if n is not None else -1


class Tri(Shape):
    def area(self) -> int:
        return self.k * self.k // self.div

    def twice(self) -> int:
        return self.k + self.k

    def link_k(self) -> int:
        return self.next.k  # type: ignore[union-attr]


def total(shapes: list[Shape], d: float) -> float:
    s = 0.0
    for sh in shapes:
        s += sh.area() + sh.ratio(d) + sh.twice()
    return s


def deep(shape: Shape, n: int) -> int:
    if n == 0:
        return shape.area()
    return deep(shape, n - 1)


def main() -> None:
    shapes: list[Shape] = [Shape(1, 0.5), Rect(3, 1.5), Tri(5, 2.5)]
    acc = 0.0
    for i in range(3000):
        acc += total(shapes, 0.1 + i)
    print(round(acc, 6))

    # A zero divisor in an inlined integer division.
    odd = Tri(9, 1.0)
    odd.div = 0
    try:
        total([shapes[1], odd], 1.0)
    except ZeroDivisionError as e:
        print("zero:", e)
    odd.div = -4
    print(total([odd, shapes[2]], 2.0))

    # A zero divisor in an inlined float division.
    try:
        total(shapes, 0.0)
    except ZeroDivisionError as e:
        print("zero:", e)

    # A None field read by an inlined body.
    t = Tri(7, 1.0)
    r = Rect(8, 1.0)
    t.next = r
    links: list[Shape] = [t, r, Shape(0, 0.0)]
    for _ in range(2000):
        acc += sum(x.link_k() for x in links)
    print(acc)
    r.next = t
    print([x.link_k() for x in links])
    t.next = None
    try:
        print([x.link_k() for x in links])
    except AttributeError as e:
        print("attribute:", e)

    # The recursion limit reached at an inlined call.
    try:
        print(deep(Rect(2, 0.0), 10))
        print(deep(Rect(2, 0.0), 5000))
    except RecursionError as e:
        print("recursion:", e)

    # Uncaught: the traceback shows the inlined method's frame.
    odd.div = 0
    print(total([Shape(1, 1.0), Rect(3, 1.0), odd], 3.0))


main()
