from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Point:
    x: float
    y: float = 0.0

    def norm2(self) -> float:
        return self.x * self.x + self.y * self.y


@dataclass
class Point3(Point):
    z: float = 0.0


@dataclass
class Line:
    a: Point
    b: Point
    label: str = "line"
    tags: list[str] = field(default_factory=list)
    hidden: int = field(default=7, repr=False)


@dataclass(eq=False)
class Node:
    value: int
    next: Optional["Node"] = None


@dataclass
class Custom:
    n: int

    def __repr__(self) -> str:
        return "Custom<%d>" % self.n


@dataclass
class Empty:
    pass


def main() -> None:
    p = Point(1.0, 2.0)
    print(p, Point(3.0), Point(y=5.0, x=1.0), p == Point(1.0, 2.0), p != Point(1.0, 2.5))
    q = Point3(1.0, 2.0, 3.0)
    print(q, q.norm2(), q == Point3(1.0, 2.0, 3.0), p == q)
    ln = Line(p, Point(0.5))
    ln.tags.append("x")
    other = Line(Point(1.0, 2.0), Point(0.5))
    print(ln, ln == other, ln.hidden)
    other.tags.append("x")
    print(ln == other, Line(p, p).tags is Line(p, p).tags)
    n = Node(1, Node(2))
    print(n.value, n.next is not None, n == Node(1, n.next), n == n)
    print(Custom(4), [Custom(1), Custom(2)], Empty(), Empty() == Empty())
    pts = [Point(2.0, 1.0), Point(1.0, 1.0)]
    print(sorted(pts, key=lambda t: t.x), Point(1.0, 1.0) in pts)


main()
