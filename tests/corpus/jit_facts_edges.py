# Facts the compiled code derives must hold on every path (found by review):
# a parameter written with one constant is not a constant before that write;
# a loop variable written later with a constant is not one either; a
# reference loop variable is not "always None"; and `if x is None: pass`
# (a jump to the next instruction) tells nothing about x.
from typing import Optional


class Node:
    def __init__(self, v: int) -> None:
        self.v = v


def param_then_constant(d: int) -> int:
    r = 100 // d
    d = 7
    return r + d


def loop_var_then_constant(n: int) -> int:
    t = 0
    for i in range(2, n):
        t += 1000 % i
    i = 4
    return t + i


def loop_var_is_not_none(items: list[Node], other: Optional[Node]) -> int:
    t = 0
    for it in items:
        if it is not other:
            assert other is not None
            t += other.v
    return t


def empty_test(other: Optional[Node], n: int) -> int:
    t = 0
    for i in range(n):
        if other is None:
            pass
        t += other.v if other is not None else -1
    return t


def main() -> None:
    a, b = Node(1), Node(2)
    s = 0
    for k in range(2000):
        s += param_then_constant(3 + k % 5) + loop_var_then_constant(10 + k % 3)
        s += loop_var_is_not_none([a, b], a) + empty_test(a, 3)
    print(s)
    print(loop_var_is_not_none([a, b], b), empty_test(None, 3))
    try:
        print(loop_var_is_not_none([a, b], None))
    except AssertionError:
        print("AssertionError")


main()
