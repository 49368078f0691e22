# Dicts (insertion order, -0.0 and 0.0 one key, tuple keys, KeyError, mutation
# during iteration) and sets (membership, sorted, comprehensions).


def main() -> None:
    ages: dict[str, int] = {}
    ages["bob"] = 25
    ages["ann"] = 31
    ages["cy"] = 40
    print(ages, len(ages), ages["ann"], "bob" in ages, "zed" not in ages)
    ages["bob"] += 1
    del ages["ann"]
    ages["ann"] = 32
    print(ages, ages.get("zed", -1), ages.pop("cy"), ages.setdefault("dan", 7), ages)
    for name in ages:
        print(name, end=" ")
    print()
    for name, age in ages.items():
        print(name, age)
    print(sorted(ages.values()), list(ages.keys()), list(ages.items()))

    words = "a b a c b a".split()
    freq: dict[str, int] = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    print(freq, {k: v * 2 for k, v in freq.items() if v > 1})
    pos = {(0, 0): "origin", (1, 2): "p"}
    print(pos[(1, 2)], (0, 0) in pos, pos)
    fk = {0.0: "zero"}
    print(fk[-0.0], {1: [1, 2], 2: []})
    seen: set[int] = set()
    for x in [3, 1, 3, 2, 1]:
        seen.add(x)
    print(len(seen), 3 in seen, 5 in seen, sorted(seen))
    s2 = {x % 4 for x in range(10)}
    print(sorted(s2), max(s2), min(seen))
    seen.discard(3)
    print(sorted(seen))
    copy = ages.copy()
    copy["new"] = 1
    print(len(ages), len(copy))
    try:
        print(ages["missing"])
    except KeyError as e:
        print("KeyError", e, repr(e))
    for k in ages:
        ages["x" + k] = 1


main()
