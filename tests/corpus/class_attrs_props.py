# Class attributes (read through the class and instances, rebound through the
# class), ClassVar, __slots__, method aliases, @staticmethod and @property
# with a setter.
from typing import ClassVar


class Counter:
    __slots__ = ("count",)
    created = 0
    LIMIT: ClassVar[int] = 3
    NAME = "counter"
    count: int

    def __init__(self) -> None:
        self.count = 0
        Counter.created += 1

    def bump(self) -> int:
        if self.count < self.LIMIT:
            self.count += 1
        return self.count

    incr = bump

    @staticmethod
    def describe(n: int) -> str:
        return f"{Counter.NAME} x{n}"

    @property
    def double(self) -> int:
        return self.count * 2

    @property
    def level(self) -> int:
        return self.count

    @level.setter
    def level(self, value: int) -> None:
        self.count = min(value, self.LIMIT)


class Special(Counter):
    def bump(self) -> int:
        self.count += 10
        return self.count


def main() -> None:
    a = Counter()
    b = Counter()
    for _ in range(5):
        a.bump()
    b.incr()
    print(a.count, b.count, Counter.created, Counter.LIMIT, a.NAME)
    print(Counter.describe(2), a.describe(3), a.double, b.double)
    a.level = 1
    print(a.level, a.count)
    a.level = 99
    print(a.level)
    Counter.LIMIT = 10
    for _ in range(5):
        b.bump()
    print(b.count, Counter.created)
    s = Special()
    print(s.bump(), s.incr(), s.double, Special.created, Special.NAME)


main()
