# Written to break the compiled tier's facts (a float never below zero lets
# math.sqrt skip its domain test; a Move hands its source's facts on; a
# direct call clears only the callee's registers live at entry): optional cond.
from typing import Optional

class N:
    v: int
    nxt: Optional["N"]
    def __init__(self, v: int) -> None:
        self.v = v
        self.nxt = None

def filler(k: int) -> int:
    a = N(k)
    a.nxt = N(k + 1)
    b = [a, N(3)]
    s = "f" + str(k)
    return len(b) + len(s)

def f(k: int) -> int:
    x: Optional[N] = None
    if k % 2 == 0:
        x = N(k)
    tmp = [N(i) for i in range(3)]
    if x is not None:
        return x.v + len(tmp)
    return -len(tmp)

def g(k: int) -> int:
    for i in range(k):
        if i == 3:
            last = N(i)
    tmp = [N(i) for i in range(2)]
    n = len(tmp)
    return last.v + len(tmp)

def main() -> None:
    t = 0
    for k in range(200):
        t += filler(k)
        t += f(k)
        try:
            t += g(k % 6)
        except UnboundLocalError as e:
            t += 1000
    print(t)
    try:
        print(g(2))
    except UnboundLocalError as e:
        print("UB", e)

main()
