# Union of numbers, str and classes: boxed numbers print, format, compare as keys and
# widen; unpacking a range object with CPython's ValueErrors.
from typing import Optional, Union


class Node:
    def __init__(self, v: int) -> None:
        self.v = v


class Leaf(Node):
    pass


Value = Union[int, str]


def show(x: Union[int, float, str, None]) -> str:
    return f"<{x}> {x!r} %s" % (x,)


def pick(i: int) -> Union[int, str]:
    if i % 2 == 0:
        return i * 10
    return "odd" + str(i)


def widen(x: Union[int, str]) -> Union[int, float, str]:
    return x


def main() -> None:
    print(show(3), show(2.5), show("s"), show(None))
    vals: list[Union[int, str]] = [pick(i) for i in range(4)]
    print(vals)
    print(widen(pick(1)), widen(pick(2)))
    d: dict[str, Union[int, float]] = {"a": 1, "b": 2.5}
    print(d)
    k: dict[Union[int, str], int] = {1: 10, "1": 11}
    print(k[1], k["1"], 1 in k, "2" in k)
    o: Union[Node, str] = Leaf(4)
    print(o is None)
    o = "text"
    print(o)
    a, b, c = range(3, 12, 3)
    print(a, b, c)
    try:
        p, q = range(5)
    except ValueError as e:
        print(e)
    try:
        p, q, r = range(2)
    except ValueError as e:
        print(e)
    m: Optional[int] = 4
    v: Value = m if m is not None else "none"
    print(v)
    nums: dict[Union[int, float], str] = {}
    nums[1] = "int"
    nums[1.0] = "float"
    nums[-0.0] = "zero"
    nums[0] = "int zero"
    print(nums, len(nums), 2.0 in nums, 1 in nums)


main()
