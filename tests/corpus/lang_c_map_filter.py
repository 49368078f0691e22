# map() and filter() iterated (for loops, list, sum, comprehensions): each item goes
# through the function right before the body, as CPython's lazy iterators interleave.
from typing import Callable


def double(x: int) -> int:
    print("double", x)
    return 2 * x


def odd(x: int) -> bool:
    return x % 2 == 1


def total(f: Callable[[int], int], xs: list[int]) -> int:
    return sum(map(f, xs))


def main() -> None:
    words = "3 14 15 92".split()
    nums = list(map(int, words))
    print(nums, sum(map(float, words)))
    for d in map(double, nums[:2]):
        print("got", d)
    print(list(filter(odd, nums)), list(filter(None, [0, 1, 2, 0])))
    print(list(map(lambda s: s * 2, words)), max(map(len, words)))
    print([x for x in filter(lambda v: v > 10, nums)], total(double, [5]))
    for w in filter(lambda s: len(s) == 2, words):
        if w == "15":
            continue
        print("two", w)
    print(sorted(map(abs, [-3, 1, -2])), any(map(odd, [2, 4])))
    try:
        print(list(map(int, ["7", "x"])))
    except ValueError as e:
        print("ValueError:", e)


main()
