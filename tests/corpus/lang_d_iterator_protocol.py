from typing import Iterator


class Countdown:
    def __init__(self, start: int) -> None:
        self.n = start

    def __iter__(self) -> "Countdown":
        return self

    def __next__(self) -> int:
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Range2:
    def __init__(self, lo: int, hi: int) -> None:
        self.lo = lo
        self.hi = hi

    def __iter__(self) -> "Range2Iter":
        return Range2Iter(self.lo, self.hi)


class Range2Iter:
    def __init__(self, cur: int, hi: int) -> None:
        self.cur = cur
        self.hi = hi

    def __iter__(self) -> "Range2Iter":
        return self

    def __next__(self) -> int:
        if self.cur >= self.hi:
            raise StopIteration()
        v = self.cur
        self.cur += 1
        if v == 99:
            raise ValueError("ninety-nine")
        return v


class Words:
    def __init__(self, text: str) -> None:
        self.parts: list[str] = text.split()
        self.i = 0

    def __next__(self) -> str:
        if self.i >= len(self.parts):
            raise StopIteration
        self.i += 1
        return self.parts[self.i - 1]


def main() -> None:
    for k in Countdown(3):
        print("k", k)
    r = Range2(2, 6)
    print(list(r), sum(r), sorted(r, reverse=True), [x * x for x in r])
    for a in r:
        for b in r:
            if b > a:
                break
        else:
            print("no break", a)
    w = Words("the quick brown fox")
    print(next(w), next(w), next(w, "?"), next(w, "?"), next(w, "end"))
    try:
        next(w)
    except StopIteration:
        print("stop")
    try:
        for v in Range2(97, 101):
            print("v", v)
    except ValueError as e:
        print("error", e)
    c = Countdown(2)
    it = iter_of(c)
    print(next(it), next(it), next(it, -1))
    print(max(Countdown(5)), min(Range2(3, 9)), any(x > 4 for x in Countdown(5)))


def iter_of(c: Countdown) -> Countdown:
    return c.__iter__()


main()
