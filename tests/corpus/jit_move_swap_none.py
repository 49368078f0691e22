# Written to break the compiled tier's facts (a float never below zero lets
# math.sqrt skip its domain test; a Move hands its source's facts on; a
# direct call clears only the callee's registers live at entry): swap none.
from typing import Optional

class P:
    v: int
    def __init__(self, v: int) -> None:
        self.v = v

def f(k: int) -> int:
    a: Optional[P] = P(k)
    b: Optional[P] = None
    assert a is not None
    t = a.v
    a, b = b, a
    assert b is not None
    t += b.v
    if k == 2999:
        return t + a.v
    return t

def main() -> None:
    s = 0
    for i in range(3000):
        s += f(i) if i < 2999 else 0
    print(s)
    print(f(2999))

main()
