# Written to break the GC's liveness-based roots (a collection zeroes the
# reference registers no path reads again): gen try.
from typing import Iterator

class T:
    s: str
    def __init__(self, s: str) -> None:
        self.s = s

def risky(k: int) -> T:
    junk = [T(str(i)) for i in range(3)]
    if k % 3 == 2:
        raise ValueError("bad" + str(k) + junk[0].s)
    return T("ok" + str(k))

def gen(n: int) -> Iterator[str]:
    keep = T("keep")
    out = T("init")
    for k in range(n):
        before = T("b" + str(k))
        try:
            r = risky(k)
            yield r.s + before.s
            after = T("a" + str(k))
            yield after.s + keep.s
        except ValueError as e:
            filler = [T("f") for _ in range(4)]
            msg = "E:" + str(e) + before.s + keep.s + str(len(filler))
            out = T(msg)
        if k % 3 == 2:
            yield out.s + before.s
    yield keep.s

def tree_gen(d: int, tag: T) -> Iterator[str]:
    if d == 0:
        yield tag.s
        return
    left = T(tag.s + "L")
    for x in tree_gen(d - 1, left):
        yield x
    right = T(tag.s + "R")
    for x in tree_gen(d - 1, right):
        yield x + "."

def main() -> None:
    out: list[str] = []
    for s in gen(7):
        out.append(s)
        tmp = [T(str(i)) for i in range(2)]
    print(out)
    print(list(tree_gen(3, T("r"))))
    a = gen(4)
    b = tree_gen(2, T("q"))
    print([x + "|" + y for x, y in zip(a, b)])

main()
