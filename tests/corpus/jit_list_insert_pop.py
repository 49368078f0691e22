# `xs.insert(i, x)`, `xs.pop(i)` and `xs.pop()` are direct calls in compiled
# code when they cannot raise (a list, an index in range); None, an empty
# list or an index out of range take the general instruction, whose
# exceptions are CPython's. Lists of ints, floats, strs and objects (the
# collector sees the moved references under --gc-stress).
from typing import Optional


class Box:
    def __init__(self, v: int) -> None:
        self.v = v


def rotate(n: int, rounds: int) -> list[int]:
    xs = list(range(n))
    for r in range(rounds):
        xs.insert(r % (n + 2), xs.pop(0))
        xs.insert(-1 - r % 3, xs.pop())
        xs.insert(1000, xs.pop(-n + r % n))
        xs.insert(-1000, xs.pop(r % n))
    return xs


def floats(n: int) -> list[float]:
    fs: list[float] = []
    for i in range(n):
        fs.insert(i // 2, i / 8)
    total = 0.0
    while len(fs) > 3:
        total += fs.pop(1) * 2 + fs.pop()
    fs.append(total)
    return fs


def boxes(n: int) -> int:
    bs: list[Box] = []
    for i in range(n):
        bs.insert(0, Box(i))
        if i % 3 == 2:
            b = bs.pop(1)
            bs.insert(len(bs), Box(b.v * 10))
    return sum(b.v for b in bs)


def errors(xs: Optional[list[str]]) -> None:
    for i in [0, -1, 5, -6, 9223372036854775807, -9223372036854775807 - 1]:
        try:
            print("pop", i, xs.pop(i), xs)
        except IndexError as e:
            print("pop", i, "IndexError:", e)
        except AttributeError as e:
            print("pop", i, "AttributeError:", e)
    try:
        print("pop()", xs.pop(), xs)
    except IndexError as e:
        print("pop() IndexError:", e)
    except AttributeError as e:
        print("pop() AttributeError:", e)
    try:
        xs.insert(9223372036854775807, "end")
        xs.insert(-9223372036854775807 - 1, "start")
        print("insert", xs)
    except AttributeError as e:
        print("insert AttributeError:", e)


def main() -> None:
    print(rotate(7, 50))
    print(rotate(1, 5))
    print(floats(40))
    print(boxes(300))
    errors(["a", "b", "c", "d", "e", "f", "g", "h"])
    errors([])
    errors(None)


main()
