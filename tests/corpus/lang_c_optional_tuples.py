# Optional[tuple[...]]: None compares by identity with ==, raises CPython's TypeErrors
# for ordering, len, indexing, unpacking and iteration; None as a dict key beside tuples.
from typing import Optional


def find(xs: list[int], k: int) -> Optional[tuple[int, int]]:
    for i, x in enumerate(xs):
        if x == k:
            return i, x
    return None


def main() -> None:
    t = find([3, 4], 4)
    print(t, t is None, find([1], 9))
    if t is not None:
        a, b = t
        print(a, b, t[0], t < (2, 0), t == (1, 4))
    n = find([], 1)
    print(n is None, n)
    for attempt in range(4):
        try:
            if attempt == 0:
                print(n[0])
            elif attempt == 1:
                c, d = n
                print(c, d)
            elif attempt == 2:
                print(n < (1, 2))
            else:
                print(n == (1, 2), n != (1, 2))
        except TypeError as e:
            print("TypeError:", e)


main()
from typing import Optional


def main2() -> None:
    t: Optional[tuple[int, int]] = None
    k: dict[Optional[tuple[int, int]], int] = {None: 1, (1, 2): 2}
    print(k, k[None], hash((1, 2)) == hash((1, 2)), str(t), repr(t), f"{t}")
    s = 0
    try:
        for v in t:
            s += v
    except TypeError as e:
        print("TypeError:", e)
    print(s, len((1, 2)))


main2()


def main3() -> None:
    t: Optional[tuple[int, int]] = None
    for i in range(3):
        try:
            if i == 0:
                print(len(t))
            elif i == 1:
                print(t)
            else:
                a, b = t
                print(a, b)
        except TypeError as e:
            print("TypeError:", e)


main3()


def truth(t: Optional[tuple[int, int]]) -> str:
    return "yes" if t else "no"


print(truth(None), truth((0, 0)), bool(()), not (1,))
