# Slices a slice assignment copies or a for loop iterates, and the set of
# len(set(...)), are scratch objects jcvm reuses: each use must still see
# exactly its own items (aliasing, re-entry, recursion, generators, errors).
from typing import Iterator, Optional


def reverse_prefixes(xs: list[int]) -> list[int]:
    out: list[int] = []
    for k in range(len(xs)):
        xs[:k + 1] = xs[k::-1]
        out.append(xs[0])
    return out


def self_assign(xs: list[int]) -> None:
    xs[1:] = xs[:-1]
    print(xs)
    xs[::2] = xs[1::2] if len(xs) % 2 == 0 else xs[::2]
    print(xs)
    xs[:] = xs[::-1]
    print(xs)


def nested_loops(xs: list[int]) -> int:
    total = 0
    for i in range(3):
        for x in xs[i:]:
            for y in xs[:i]:
                total += x * y
            if x > 4:
                break
    return total


def walk(xs: list[int], depth: int) -> list[int]:
    seen: list[int] = []
    for x in xs[1:]:
        seen.append(x)
        if depth > 0:
            seen.extend(walk(xs[1:], depth - 1))
    return seen


def pairs(xs: list[str]) -> Iterator[str]:
    for a in xs[:3]:
        for b in xs[1:]:
            yield a + b


def distinct_counts(rows: list[list[int]]) -> list[int]:
    return [len(set(x % 7 for x in row)) for row in rows]


def distinct_keys(n: int) -> int:
    return len(set((i % 3, float(i % 2)) for i in range(n)))


def distinct_strs(words: list[str]) -> list[int]:
    counts: list[int] = []
    for i in range(len(words)):
        counts.append(len(set(w[:i] for w in words)))
    return counts


def failing(xs: list[int]) -> int:
    return len(set(10 // x for x in xs))


def rotations(xs: list[str]) -> list[str]:
    seen: list[str] = []
    for i in range(len(xs)):
        xs[i:] = xs[i + 1:] + xs[i:i + 1]
        seen.append("".join(xs))
        xs[:1] = xs[-1:] + xs[:1] + xs[1:2][::-1]
        seen.append("".join(xs))
    return seen


def concat_loops(a: list[int], b: list[int]) -> list[int]:
    out: list[int] = []
    for x in a + b:
        a.append(x)
        out.append(x)
    for y in a[:2] + a[-2:] + b:
        out.append(-y)
    for z in b + b:
        b.append(z)
    out.extend(b)
    return out


def main() -> None:
    xs = [3, 1, 4, 1, 5, 9, 2, 6]
    print(reverse_prefixes(xs), xs)
    self_assign([1, 2, 3, 4, 5, 6])
    self_assign([1, 2, 3, 4, 5])
    print(nested_loops([1, 2, 3, 4, 5, 6, 7]))
    print(walk([1, 2, 3, 4], 2))
    print(list(pairs(["a", "b", "c", "d"])))
    g = pairs(["x", "y", "z"])
    print(next(g), next(g))
    h = pairs(["p", "q"])
    print(next(h), next(g), list(h), list(g))
    print(distinct_counts([[1, 8, 15], list(range(40)), [], [3], list(range(12))]))
    print(distinct_keys(3), distinct_keys(12), distinct_keys(1), distinct_keys(0))
    print(distinct_strs(["apple", "apricot", "banana", "bandana", "cherry"]))
    for row in ([5, 2, 1], [4, 0, 3], [7, 7]):
        try:
            print(failing(row))
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
    names: Optional[list[int]] = None
    try:
        for v in names[1:]:  # type: ignore[index]
            print(v)
    except TypeError as e:
        print("TypeError:", e)
    ys = [1, 2, 3]
    try:
        ys[:2] = ys[::0]
    except ValueError as e:
        print("ValueError:", e, ys)
    try:
        ys[::2] = ys[:1]
    except ValueError as e:
        print("ValueError:", e, ys)
    kept: list[list[int]] = []
    for i in range(4):
        for z in ys[i:]:
            kept.append([z])
    print(kept)
    print(rotations(["a", "b", "c", "d"]))
    print(concat_loops([1, 2], [3]))
    empty: list[int] = []
    try:
        for q in empty + names:  # type: ignore[operator]
            print(q)
    except TypeError as e:
        print("TypeError:", e)
    words = ["w%d" % i for i in range(30)]
    joined = ""
    for rnd in range(3):
        for w in words[rnd::7]:
            joined += w
    print(joined)


main()
