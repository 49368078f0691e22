# `xs[a:b] = ys[c:d]` where xs is a field (`b.items[k:] = ...`): compiled
# code reads the field before the slice of ys, and when the lengths differ
# both run through their helpers, the read first. A collection in the read's
# helper must not lose the field value already read (a regression: compiled
# code raised "TypeError: 'NoneType' object does not support item
# assignment", or skipped the assignment when that was caught).


class Bag:
    items: list[int]

    def __init__(self, items: list[int]) -> None:
        self.items = items


class Outer:
    inner: Bag

    def __init__(self, inner: Bag) -> None:
        self.inner = inner


def step(b: Bag, ys: list[int], k: int) -> int:
    b.items[k:] = ys[0:3]
    return len(b.items)


def variants(src: list[int]) -> list[str]:
    results: list[str] = []
    for i in range(4):
        o = Outer(Bag([10, 20, 30]))
        try:
            o.inner.items[i:] = src[0:i + 2]
            results.append(str(o.inner.items))
        except TypeError as e:
            results.append("TypeError " + str(e))
        b = Bag([7, 8, 9, 10])
        try:
            b.items[1:3] = src[::-1]
            results.append(str(b.items))
        except TypeError as e:
            results.append("TypeError " + str(e))
        try:
            b.items[:2] = b.items[3:0:-1]
            results.append(str(b.items))
        except TypeError as e:
            results.append("TypeError " + str(e))
    return results


def main() -> None:
    ys = [1, 2]
    b = Bag(ys)
    b.items[5:] = ys[0:7]
    print(b.items)
    total = 0
    for i in range(3000):
        total += step(Bag([i, i + 1]), [1, 2, 3, 4], 1)
    print(total)
    for line in variants([1, 2, 3, 4, 5, 6]):
        print(line)


main()
