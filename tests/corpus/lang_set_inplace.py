# In-place set operators: |= &= -= ^= change the set itself (an alias sees
# it; a field too), with the layouts CPython's set_ior & co. leave, the same
# set on both sides, and None on the left (TypeError).

from typing import Optional


class Holder:
    def __init__(self) -> None:
        self.tags: set[int] = {x * 8 for x in range(6)}


def main() -> None:
    a = {x * 3 for x in range(12)}
    alias = a
    b = {x * 5 for x in range(8)}
    a |= b
    print(a, alias is a, alias)
    a &= {0, 15, 30, 33, 99}
    print(a, alias)
    a -= {15}
    print(a)
    a ^= {1, 0, 2}
    print(a, len(alias))
    c = {1, 9, 17}
    c &= c
    print(c)
    c ^= c
    print(c)
    d = {2, 10}
    d -= d
    d |= d
    print(d)
    h = Holder()
    h.tags -= {8, 16}
    h.tags |= {100, 3}
    print(h.tags)
    e: Optional[set[int]] = None
    try:
        e |= {1}
    except TypeError as ex:
        print(ex)


main()
