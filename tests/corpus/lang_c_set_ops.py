# Set operators | & - ^: new sets (consumed order-free); s |= t is refused, since CPython
# changes s in place; s.update(any iterable).
from typing import Optional


def main() -> None:
    a = {1, 2, 3, 4}
    b = {3, 4, 5}
    print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), sorted(b - a))
    print(len(a | a), a | b == b | a)
    words = {"x", "y"}
    empty: set[str] = set()
    print(sorted(words | {"z"}), sorted(words & empty), len(words - words))
    c = a
    c = c | {9}
    print(sorted(a), sorted(c))
    n: Optional[set[int]] = None
    try:
        print(len(a | n))
    except TypeError as e:
        print("TypeError:", e)


main()
def main_update() -> None:
    s = {1, 2}
    s.update([2, 3, 4])
    s.update(range(10, 12))
    s.update({7, 8})
    s.update(x * 100 for x in [1, 2])
    t: set[float] = set()
    t.update([1.0, 2.5])
    print(sorted(s), sorted(t), len(s))
    w: set[str] = set()
    w.update("abca")
    print(sorted(w))


main_update()
