# get/pop/setdefault with and without defaults (the default argument is
# evaluated even when the key exists), setdefault returning the stored list
# so appends land in the dict, update overwriting and appending, copy
# independence (shallow: inner lists are shared), del/pop on missing keys.


def noisy(v: int) -> int:
    print("  default evaluated:", v)
    return v


def group(words: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for w in words:
        out.setdefault(w[0], []).append(w)
    return out


def main() -> None:
    d = {"a": 1, "b": 2}
    print(d.get("a", noisy(10)), d.get("z", noisy(20)), d.get("b", 0))
    print(d.pop("a", noisy(30)), d.pop("a", noisy(40)), d)
    print(d.setdefault("b", noisy(50)), d.setdefault("c", noisy(60)), d)
    try:
        d.pop("nope")
    except KeyError as e:
        print("pop missing:", repr(e))
    try:
        del d["nope"]
    except KeyError as e:
        print("del missing:", repr(e))
    d.update({"b": 22, "d": 4})
    d.update({})
    print(d, len(d))

    g = group(["apple", "avocado", "banana", "blueberry", "cherry", "apricot"])
    print(g)
    g.setdefault("a", ["ignored"]).append("almond")
    g.setdefault("d", ["date"])
    print(g["a"], g["d"], len(g))

    shallow = g.copy()
    shallow["b"].append("blackberry")
    shallow["c"] = ["clementine"]
    print(g["b"], g["c"], shallow["c"])

    counts: dict[int, int] = {}
    for x in [3, 1, 3, 3, 2, 1]:
        counts[x] = counts.get(x, 0) + 1
    print(counts, counts.get(4, -1), max(counts.values()), sum(counts.keys()))
    inv: dict[int, list[int]] = {}
    for k, v in counts.items():
        inv.setdefault(v, []).append(k)
    print(inv)
    nums: dict[int, float] = {1: 0.5}
    print(nums.get(1, 2.5), nums.get(2, 2.5), nums.pop(1, 9.75), nums.pop(1, 9.75), nums)
    words: dict[str, str] = {}
    print(repr(words.get("k", "")), words.setdefault("k", "v"), words)


main()
