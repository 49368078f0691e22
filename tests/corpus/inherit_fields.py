# Subclass instances carry the parent's fields first; methods see both.
class Base:
    a: int
    tag: str = "base"

    def __init__(self, a: int) -> None:
        self.a = a

    def total(self) -> int:
        return self.a


class Mid(Base):
    b: int

    def __init__(self, a: int, b: int) -> None:
        super().__init__(a)
        self.b = b
        self.tag = "mid"

    def total(self) -> int:
        return super().total() + self.b


class Leaf(Mid):
    c: float = 0.5

    def total(self) -> int:
        return Mid.total(self) * 2


def report(x: Base) -> None:
    print(x.tag, x.a, x.total())


report(Base(1))
report(Mid(1, 2))
leaf = Leaf(3, 4)
report(leaf)
print(leaf.a, leaf.b, leaf.c, leaf.tag, isinstance(leaf, Mid))
items: list[Base] = [Base(5), Mid(5, 5), Leaf(5, 5)]
acc = 0
for it in items:
    acc += it.total()
print(acc)
