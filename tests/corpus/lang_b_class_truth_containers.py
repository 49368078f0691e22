# Truth of objects: __bool__ wins over __len__, __len__ alone decides truth,
# an object with neither is always true; truth in if, while, not, and/or
# (which return an operand), conditional expressions and bool(); len() of
# objects, including a __len__ computed from fields, and a negative __len__
# result raising ValueError.
# Container special methods: __getitem__/__setitem__ with int and str keys,
# negative indexes handled by the method itself, `obj[k] = obj[k] + v` (the
# right side first), __contains__ behind `in` / `not in`, and errors
# raised inside __getitem__ caught by the caller.


class Queue:
    items: list[int]

    def __init__(self, items: list[int]) -> None:
        self.items = items

    def __len__(self) -> int:
        print("  len called")
        return len(self.items)


class Flag:
    on: bool
    size: int

    def __init__(self, on: bool, size: int) -> None:
        self.on = on
        self.size = size

    def __bool__(self) -> bool:
        print("  bool called")
        return self.on

    def __len__(self) -> int:
        return self.size


class Span:
    lo: int
    hi: int

    def __init__(self, lo: int, hi: int) -> None:
        self.lo = lo
        self.hi = hi

    def __len__(self) -> int:
        return max(0, self.hi - self.lo)


class Raw:
    n: int

    def __init__(self, n: int) -> None:
        self.n = n

    def __len__(self) -> int:
        return self.n


class Empty:
    pass


def truth() -> None:
    q = Queue([1, 2])
    if q:
        print("queue truthy")
    while q:
        print("pop", q.items.pop())
    print("not q:", not q, bool(q), len(q))
    f = Flag(False, 5)
    print(bool(f), len(f), "yes" if f else "no")
    g = Flag(True, 0)
    print(bool(g), len(g), "yes" if g else "no")
    print(len(Span(3, 10)), len(Span(10, 3)), bool(Span(3, 3)), bool(Span(1, 2)))
    e = Empty()
    print(bool(e), not e)
    empty = Queue([])
    full = Queue([7])
    print((empty or full).items)
    print((full and empty).items)
    print((empty and full).items)
    n = 0
    s = Span(0, 3)
    while s:
        s.lo += 1
        n += 1
    print("loops", n, len(s))
    raw = Raw(-1)
    for k in range(3):
        try:
            if k == 0:
                print(len(raw))
            elif k == 1:
                print(bool(raw))
            elif raw:
                print("truthy")
        except ValueError as e:
            print("ValueError:", e)


class Grid:
    w: int
    cells: list[int]

    def __init__(self, w: int, h: int) -> None:
        self.w = w
        self.cells = [0] * (w * h)

    def __getitem__(self, i: int) -> int:
        print("  get", i)
        if i < 0:
            i += len(self.cells)
        return self.cells[i]

    def __setitem__(self, i: int, v: int) -> None:
        print("  set", i, v)
        self.cells[i] = v

    def __contains__(self, v: int) -> bool:
        print("  contains", v)
        return v in self.cells


class Registry:
    keys: list[str]
    vals: list[float]

    def __init__(self) -> None:
        self.keys = []
        self.vals = []

    def __getitem__(self, k: str) -> float:
        for i in range(len(self.keys)):
            if self.keys[i] == k:
                return self.vals[i]
        raise KeyError(k)

    def __setitem__(self, k: str, v: float) -> None:
        for i in range(len(self.keys)):
            if self.keys[i] == k:
                self.vals[i] = v
                return
        self.keys.append(k)
        self.vals.append(v)

    def __contains__(self, k: str) -> bool:
        return k in self.keys

    def __len__(self) -> int:
        return len(self.keys)


def pick(i: int) -> int:
    print("  pick", i)
    return i


def containers() -> None:
    g = Grid(3, 2)
    g[4] = 7
    print(g[4], g[-2])
    g[pick(1)] = g[pick(1)] + 5
    print(g.cells)
    print(7 in g, 8 in g, 8 not in g)
    r = Registry()
    r["pi"] = 3.14
    r["e"] = 2.72
    r["pi"] = 3.14159
    print(len(r), r["pi"], r["e"], "e" in r, "tau" in r, "tau" not in r)
    r["e"] = r["e"] * 2.0
    print(r["e"])
    try:
        print(r["tau"])
    except KeyError as err:
        print("KeyError", err)
    try:
        print(g[10])
    except IndexError as err:
        print("IndexError", err)


def main() -> None:
    truth()
    containers()


main()
