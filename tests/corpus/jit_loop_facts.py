# What compiled code assumes at a loop's head must hold on every way there:
# a None check before the loop covers the loop only while nothing in it
# writes the register; a `range` loop's step is the constant loaded just
# before the loop even when its register is reused after the loop; and list
# indices out of 0..len (negative, huge, i64's ends) are counted from the
# end or raise exactly as CPython does.
from typing import Optional


class Node:
    def __init__(self, v: int, nxt: Optional["Node"]) -> None:
        self.v = v
        self.nxt = nxt


def checked_before_loop(m: Optional[Node], k: int) -> int:
    total = m.v
    for i in range(k):
        total += m.v * i
    return total


def written_in_loop(m: Optional[Node], k: int) -> int:
    total = m.v
    try:
        for i in range(k):
            total += m.v
            if i == 2:
                m = None
    except AttributeError as e:
        print("written_in_loop:", e, total)
    return total


def handler_in_loop(n: Node, k: int) -> int:
    m: Optional[Node] = n
    total = m.v
    for i in range(k):
        try:
            total += m.v
        except AttributeError as e:
            print("handler_in_loop:", i, e)
            m = n
            continue
        m = None if i % 2 == 0 else n
    return total


def outer_writes(n: Node, rounds: int) -> int:
    obj: Optional[Node] = n
    total = 0
    for r in range(rounds):
        try:
            for i in range(3):
                total += obj.v + i
        except AttributeError:
            total += 1000
        obj = None if r % 2 == 0 else n
    return total


def while_walk(head: Optional[Node]) -> int:
    total = 0
    n = head
    while n is not None:
        total += n.v
        n = n.nxt
    else:
        total += 1
    return total


def reused_step(n: int) -> int:
    t = 0
    for j in range(3):
        for i in range(n):
            t += i
        x = j * 7
        y = x - 1
        t += x * y
        for i in range(n, 0, -1):
            t -= i
        z = t % 5
        t += z
    return t


def step_variable(a: int, b: int, s: int) -> list[int]:
    out: list[int] = []
    for i in range(a, b, s):
        out.append(i)
        s = 100
    return out


def negative_indices(xs: list[int], t: tuple[int, ...]) -> None:
    n = len(xs)
    for i in range(-n - 2, n + 2):
        try:
            print(i, xs[i], t[i % 3 - 3])
        except IndexError as e:
            print(i, "IndexError:", e)
    for i in range(-n, 0):
        xs[i] = xs[i] * 10 + i
        xs[i] += 1
    print(xs)
    for big in [2**62, -2**62, 9223372036854775807, -9223372036854775807 - 1, n, -n, -n - 1]:
        try:
            print(big, xs[big])
        except IndexError as e:
            print(big, "IndexError:", e)
        try:
            xs[big] = 5
            print("set", big, xs)
        except IndexError as e:
            print("set", big, "IndexError:", e)
        try:
            xs[big] += 7
            print("add", big, xs)
        except IndexError as e:
            print("add", big, "IndexError:", e)


def main() -> None:
    chain = Node(1, Node(2, Node(3, None)))
    print(checked_before_loop(chain, 5))
    try:
        print(checked_before_loop(None, 5))
    except AttributeError as e:
        print("checked_before_loop:", e)
    print(written_in_loop(chain, 5))
    print(handler_in_loop(chain, 6))
    print(outer_writes(chain, 4))
    print(while_walk(chain), while_walk(None))
    print(reused_step(4), reused_step(0))
    print(step_variable(0, 10, 3), step_variable(10, 0, -4))
    negative_indices([3, 1, 4, 1, 5], (7, 8, 9))
    negative_indices([], (1, 2, 3))


main()
