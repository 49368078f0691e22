# A dict loop whose body deletes a key and adds another (the size stays the
# same): CPython counts the entries still to come and raises. Found by an
# adversarial pass (jcvm used to go on over the new keys).


def renames(d: dict[str, int]) -> None:
    n = 0
    try:
        for k in d:
            del d[k]
            d[k + "x"] = n
            n += 1
            if n > 5:
                break
    except RuntimeError as e:
        print("RuntimeError:", e, n)
    print(d)


def swaps_values(d: dict[str, int]) -> None:
    # Changing values (not keys) is allowed.
    for k, v in d.items():
        d[k] = v * 2
    print(d)


def pops_and_adds(d: dict[int, int]) -> None:
    for k in d:
        d.pop(k)
        d[k + 100] = k
    print(d)


def churns(n: int, limit: int) -> None:
    # Deletions and insertions that make CPython resize (and compact) its table
    # at some steps and not at others: the loop meets the same entries.
    d: dict[int, int] = {}
    for i in range(n):
        d[i] = i
    seen = 0
    try:
        for k in d:
            seen += 1
            if seen > limit:
                break
            if k % 2 == 0:
                del d[k]
                d[k + 1000] = k
    except RuntimeError as e:
        print("RuntimeError:", e, seen)
    print(n, limit, seen, sorted(d)[:6], len(d))


def main() -> None:
    for n in [1, 2, 3, 5, 6, 10, 11, 21, 22, 40]:
        churns(n, 100)
    renames({"a": 1})
    renames({"a": 1, "b": 2, "c": 3})
    swaps_values({"a": 1, "b": 2})
    for _ in range(3):
        renames({"p": 0, "q": 1})
    pops_and_adds({1: 1, 2: 2})


main()
