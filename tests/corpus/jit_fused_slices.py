# A slice read straight into a slice assignment (`xs[a:b] = ys[c:d:s]`): the
# compiled tier copies from `ys` directly, or reverses `xs` in place when the
# two are one list over one range. Every other case (another overlap, a
# resize, None) must behave as the two steps would.
from typing import List, Optional


class Box:
    items: List[int]

    def __init__(self, n: int) -> None:
        self.items = list(range(n))


def flips(xs: List[int]) -> int:
    # fannkuch's flip: reverse the first k + 1 items in place.
    count = 0
    k = xs[0]
    while k:
        xs[:k + 1] = xs[k::-1]
        count += 1
        k = xs[0]
    return count


def reverse_ranges(n: int) -> List[str]:
    out: List[str] = []
    for i in range(n):
        for j in range(i, n + 1):
            xs = list(range(n))
            # (At i = 0 the stop is -1, counted from the end: an empty slice.)
            xs[i:j] = xs[j - 1:i - 1:-1]
            out.append(str(xs))
            ys = list(range(n))
            ys[i:j] = ys[j - 1 - n:i - 1 - n:-1]
            out.append(str(ys))
    return out


def copies_between(a: List[int], b: List[int]) -> None:
    for k in range(len(a)):
        a[:k] = b[:k]
        a[k:] = b[:k - len(a) - 1:-1]
    print(a)


def same_list_forward(n: int) -> None:
    xs = list(range(n))
    xs[1:4] = xs[0:3]
    print(xs)
    xs[0:3] = xs[0:3]
    print(xs)
    xs[2:5] = xs[4:1:-1]
    print(xs)
    xs[0:2] = xs[3:1:-1]
    print(xs)


def negative_bounds(n: int) -> None:
    xs = list(range(n))
    for k in range(-n - 2, n + 2):
        ys = list(range(100, 100 + n))
        ys[:k] = xs[k - 1::-1]
        zs = list(range(100, 100 + n))
        zs[k:] = xs[:k]
        print(k, ys, zs)


def resizes(n: int) -> None:
    xs = list(range(n))
    ys = [7, 8]
    for k in range(4):
        xs[:k] = ys[::-1]
        print(xs)
    xs[:] = xs[::-1]
    print(xs)
    xs[1:] = xs[::-1]
    print(xs)


def refs(n: int) -> None:
    words = [str(i) * 3 for i in range(n)]
    for k in range(n):
        words[:k + 1] = words[k::-1]
    other = ["x"] * n
    other[1:n] = words[n - 2::-1]
    print(words, other)
    b = Box(6)
    b.items[:4] = b.items[3::-1]
    b.items[2:] = b.items[3:1:-1] + b.items[2:4]
    print(b.items)


def none_errors() -> None:
    xs: Optional[List[int]] = None
    ys = [1, 2, 3]
    try:
        ys[:2] = xs[1::-1]  # type: ignore[index]
    except TypeError as e:
        print("TypeError", e)
    try:
        xs[:2] = ys[1::-1]  # type: ignore[index]
    except TypeError as e:
        print("TypeError", e)
    print(ys)


def main() -> None:
    total = 0
    for start in range(2000):
        xs = [(start * 7 + i * 3) % 9 for i in range(9)]
        seen = sorted(set(xs))
        if len(seen) == 9:
            total += flips(xs)
        else:
            p = list(range(9))
            p[0] = start % 9
            p[start % 9] = 0
            total += flips(p)
    print("flips", total)
    for line in reverse_ranges(5):
        print(line)
    copies_between(list(range(6)), list(range(10, 16)))
    same_list_forward(6)
    negative_bounds(4)
    resizes(5)
    refs(6)
    none_errors()


main()
