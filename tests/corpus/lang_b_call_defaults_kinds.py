# Default and keyword arguments: defaults are evaluated once, when the def
# runs (a default computed by a call prints at definition time), a mutable
# default (list, dict, object) is shared by every call that omits it, the
# `None` default idiom makes a fresh list per call, positional-only (/) and
# keyword-only (*) parameters mixed with defaults, keyword arguments given
# in any order (evaluated in the order written), on functions, methods and
# constructors.
from typing import Optional


def noisy(v: int) -> int:
    print("  evaluating default", v)
    return v


class Tally:
    n: int

    def __init__(self) -> None:
        self.n = 0


def bump(t: Tally = Tally()) -> int:
    t.n += 1
    return t.n


def scaled(x: int, k: int = noisy(3)) -> int:
    return x * k


def remember(x: int, seen: list[int] = [], counts: dict[int, int] = {}) -> str:
    seen.append(x)
    counts[x] = counts.get(x, 0) + 1
    return f"{seen} {counts[x]}"


def fresh(x: int, acc: Optional[list[int]] = None) -> list[int]:
    if acc is None:
        acc = []
    acc.append(x)
    return acc


def mixed(a: int, b: int = 2, /, c: int = 3, *, d: int, e: int = 5) -> str:
    return f"a={a} b={b} c={c} d={d} e={e}"


def arg(name: str, v: int) -> int:
    print("  arg", name)
    return v


class Shelf:
    items: list[str]

    def __init__(self, first: str = "none", *, cap: int = 3) -> None:
        self.items = [first] * cap

    def put(self, item: str, slot: int = 0, *, log: list[str] = []) -> list[str]:
        self.items[slot] = item
        log.append(item)
        return log


print("module level, before main")


def main() -> None:
    print(bump(), bump(), bump(Tally()), bump())
    print(scaled(2), scaled(2, 10), scaled(k=-1, x=4))
    print(remember(1))
    print(remember(2))
    print(remember(1, []))
    print(remember(1))
    print(remember(5, counts={}))
    a = fresh(1)
    b = fresh(2)
    print(a, b, a is b, fresh(3, a), a)
    print(mixed(1, d=4))
    print(mixed(1, 20, d=4))
    print(mixed(1, 20, 30, d=40, e=50))
    print(mixed(1, c=9, d=8))
    print(mixed(1, e=0, d=0, c=0))
    print(mixed(arg("a", 1), arg("b", 2), e=arg("e", 5), d=arg("d", 4), c=arg("c", 3)))
    s = Shelf()
    t = Shelf("x", cap=2)
    print(s.items, t.items, Shelf(cap=1).items, Shelf(first="y").items)
    print(s.put("p"), t.put("q", 1), s.put(slot=2, item="r"), t.put("s", log=[]))
    print(s.items, t.items)


main()
