# A register the compiled code knows to hold a set of ints (made by `set()`
# or a set display's scratch set, and not written since) takes `add` and `in`
# with no test of its kind; a write (another set, None, a set from a
# parameter) makes it tested again.
from typing import Optional


def distinct_sums(rows: list[list[int]]) -> list[int]:
    out: list[int] = []
    for row in rows:
        out.append(len(set(v + i for i, v in enumerate(row))))
        out.append(len(set(v - i for i, v in enumerate(row))))
    return out


def rebind(n: int, other: set[int]) -> list[int]:
    s: set[int] = set()
    sizes: list[int] = []
    for i in range(n):
        s.add(i % 7)
        if i == n // 2:
            s = other
        s.add(-i)
        sizes.append(len(s))
    return sizes


def then_none(n: int) -> int:
    s: Optional[set[int]] = set()
    hits = 0
    for i in range(n):
        if i == 5:
            s = None
        try:
            s.add(i)  # type: ignore[union-attr]
            if i - 1 in s:  # type: ignore[operator]
                hits += 1
        except AttributeError as e:
            print("AttributeError", e)
            break
        except TypeError as e:
            print("TypeError", e)
            break
    return hits


def nested(n: int) -> int:
    seen: set[int] = set()
    count = 0
    for i in range(n):
        for j in range(n):
            if i * j % 11 in seen:
                count += 1
            seen.add((i + j) % 13)
    return count


def main() -> None:
    rows = [[(r * 5 + c * 3) % 8 for c in range(8)] for r in range(30)]
    print(distinct_sums(rows))
    other: set[int] = {100, 200}
    print(rebind(12, other), sorted(other))
    print(then_none(10))
    print(nested(40))


main()
