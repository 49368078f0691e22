# Small functions that raise, or that read consecutive registers (a % format,
# an f-string, a list display, a print of several values), are inlined into
# their callers: the output, the exceptions and the tracebacks stay the call's.
from typing import Optional


class Table:
    def __init__(self) -> None:
        self.items: list[Optional[int]] = [1, None, 3]

    def find(self, i: int) -> int:
        t = self.items[i]
        if t is None:
            raise ValueError("no item %d" % i)
        return t

    def label(self, i: int) -> str:
        return "item %d of %s" % (i, "table")

    def pair(self, a: int, b: int) -> list[int]:
        return [b, a, b]


def check(n: int) -> int:
    if n < 0:
        raise KeyError(n)
    return n * 2


def describe(x: float, y: float) -> str:
    return f"({x:.2f}, {y})"


def shout(s: str) -> None:
    print(s, s.upper(), len(s))


def main() -> None:
    t = Table()
    total = 0
    for i in range(7):
        try:
            total += t.find(i % 3)
        except ValueError as e:
            print("caught", e)
    print(total, t.label(7), t.pair(1, 2))
    labels = [t.label(i) for i in range(3)]
    print(labels, [t.pair(i, -i) for i in range(2)])
    print(check(4), describe(1.5, 2.25), describe(-0.125, 3.0))
    shout("hi")
    try:
        check(-3)
    except KeyError as e:
        print("key", e)
    for k in range(3):
        try:
            try:
                t.find(1)
            except ValueError as e:
                print("inner", e)
                print(check(k - 1))
        except KeyError as e:
            print("outer", repr(e))
    print(t.find(2) + t.find(0))
    t.find(1)


main()
