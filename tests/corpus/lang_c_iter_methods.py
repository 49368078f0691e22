# Generator methods: __iter__ written with yield drives for loops and every iterable
# consumer; a generator method with arguments; the receiver's None check.
from typing import Iterator, Optional


class Bag:
    def __init__(self) -> None:
        self.items: list[int] = []

    def add(self, x: int) -> "Bag":
        self.items.append(x)
        return self

    def __iter__(self) -> Iterator[int]:
        for x in self.items:
            if x % 2 == 0:
                yield x

    def pairs(self, k: int) -> Iterator[tuple[int, int]]:
        for x in self.items:
            yield x, x * k


class Countdown:
    def __init__(self, n: int) -> None:
        self.n = n

    def __iter__(self) -> Iterator[int]:
        while self.n > 0:
            yield self.n
            self.n -= 1


def main() -> None:
    b = Bag().add(1).add(2).add(4).add(5)
    for x in b:
        print("even", x)
    print(list(b), sum(b), max(b), [y * 10 for y in b])
    for a, c in b.pairs(3):
        print(a, c)
    cd = Countdown(3)
    print(list(cd), list(cd))
    nothing: Optional[Bag] = None
    try:
        for p in nothing.pairs(2):
            print(p)
    except AttributeError as e:
        print("AttributeError:", e)


main()
