# Fields first assigned outside __init__ (or on some paths only): a read before any
# assignment raises CPython's AttributeError naming the object's own class.
from typing import Optional


class Node:
    value: int
    label: str
    nxt: Optional["Node"]

    def __init__(self, v: int) -> None:
        if v > 0:
            self.value = v
        self.nxt = None

    def set_label(self, s: str) -> None:
        self.label = s

    def describe(self) -> str:
        return self.label + ":" + str(self.value)


class Sub(Node):
    extra: float

    def __init__(self, v: int) -> None:
        super().__init__(v)

    def grow(self) -> None:
        self.extra = 1.5
        self.extra += 2.0
        self.value += 1


def main() -> None:
    n = Node(3)
    try:
        print(n.describe())
    except AttributeError as e:
        print("AttributeError:", e)
    n.set_label("n")
    print(n.describe())
    z = Node(0)
    z.set_label("z")
    try:
        print(z.describe())
    except AttributeError as e:
        print("AttributeError:", e)
    s = Sub(0)
    try:
        s.grow()
    except AttributeError as e:
        print("AttributeError:", e)
    print(s.extra)
    s.value = 7
    s.grow()
    print(s.value, s.extra)
    t = Sub(5)
    try:
        print(t.extra)
    except AttributeError as e:
        print("AttributeError:", e)
    t.label = "t"
    print(t.describe())


main()
