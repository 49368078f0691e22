# A test whose last operand is negated (`not x`, `x is not None`) behind a
# short circuit: the `or`/`and` exits land where the negation's result is
# tested, so the negation cannot become the branch itself there.
from typing import Optional


def either(x: bool, y: bool, z: bool) -> str:
    if x or (y and not z):
        return "body"
    return "else"


def boxed(x: bool, y: bool, z: Optional[int]) -> str:
    if x or y and z is not None:
        return "body"
    return "else"


def plain_not(x: bool, y: bool) -> str:
    if x or not y:
        return "body"
    return "else"


def both_not(x: bool, y: bool) -> str:
    if not x and not y:
        return "neither"
    return "some"


def looped(n: int, stop: Optional[int]) -> int:
    i = 0
    while i < n and stop is not None or i == 0 and not n:
        i += 1
        if stop is not None and i >= stop:
            break
    return i


def chosen(x: bool, y: bool) -> str:
    return "yes" if x or not y else "no"


def picked(flags: list[bool], y: bool) -> list[int]:
    return [i for i, f in enumerate(flags) if f or not y]


for a in (False, True):
    for b in (False, True):
        for c in (False, True):
            print(a, b, c, either(a, b, c), boxed(a, b, 1 if c else None), plain_not(a, b), both_not(a, b), chosen(a, b))
print(looped(5, 3), looped(5, None), looped(0, None), looped(0, 2))
print(picked([True, False, True, False], True), picked([True, False], False))
