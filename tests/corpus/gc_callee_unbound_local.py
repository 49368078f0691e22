# Written to break the compiled tier's facts (a float never below zero lets
# math.sqrt skip its domain test; a Move hands its source's facts on; a
# direct call clears only the callee's registers live at entry): unbound.
from typing import Optional

class N:
    s: str
    def __init__(self, s: str) -> None:
        self.s = s

def filler(k: int) -> int:
    a = N("a" + str(k))
    b = [N("x"), N("y")]
    c = "q" * k
    d = {k: a}
    return len(b) + len(c) + len(d) + len(a.s)

def maybe(k: int) -> str:
    if k % 3 == 0:
        s = "three" + str(k)
    if k % 5 == 0:
        return s
    junk = [N(str(i)) for i in range(3)]
    return junk[0].s

def main() -> None:
    t = 0
    for k in range(1, 300):
        t += filler(k)
        try:
            r = maybe(k)
            t += len(r)
        except UnboundLocalError as e:
            print("UB", k, e)
    print(t)

main()
