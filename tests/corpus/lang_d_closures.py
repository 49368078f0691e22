from typing import Callable


def make_counter(start: int) -> Callable[[], int]:
    count = start

    def bump() -> int:
        nonlocal count
        count += 1
        return count

    return bump


def apply_twice(f: Callable[[int], int], x: int) -> int:
    return f(f(x))


def late_binding() -> None:
    i = 0
    f = lambda: i * 10
    i = 5
    print(f())
    for i in range(3):
        print("loop", f())
    print(f())


def shared_cell() -> None:
    total = 0

    def add(n: int) -> None:
        nonlocal total
        total += n

    def get() -> int:
        return total

    add(5)
    add(7)
    print(total, get())
    total = 100
    print(get())


def nested_levels(a: int) -> int:
    def middle(b: int) -> int:
        def inner(c: int) -> int:
            return a + b + c
        return inner(b * 2)
    return middle(a + 1)


def with_defaults() -> None:
    scale = 3
    f = lambda x, y=2: (x + y) * scale
    print(f(1), f(1, 5))

    def g(a: int, b: float = 0.5) -> float:
        return a * b * scale
    print(g(2), g(2, b=2.0))


class Point:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def scaled_by(self, k: float) -> Callable[[], float]:
        def get() -> float:
            return self.x * k + self.y
        return get


def main() -> None:
    c = make_counter(10)
    print(c(), c(), c())
    d = make_counter(0)
    print(d(), c())
    k = 7
    print(apply_twice(lambda v: v + k, 1))
    print(apply_twice(lambda v: v * 2, 3))
    late_binding()
    shared_cell()
    print(nested_levels(4))
    with_defaults()
    p = Point(1.5, 2.0)
    s = p.scaled_by(2.0)
    print(s())
    p.x = 10.0
    print(s())
    double = lambda z: z * 2
    print(double(4), double(2.5), double("ab"))
    words = ["pear", "fig", "banana"]
    key_len = lambda w: len(w)
    print(sorted(words, key=key_len))
    print(list(map(lambda w: w.upper(), words)))
    print(list(filter(lambda w: len(w) > 3, words)))
    offset = 100
    adders = [lambda q: q + offset for _ in range(2)]
    offset = 200
    print(adders[0](1), adders[1](2))


main()
