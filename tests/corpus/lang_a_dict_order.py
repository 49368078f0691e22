# Dict insertion order: assigning an existing key keeps its place, deleting
# and re-inserting moves it to the end, pop/setdefault/update and their
# effect on order, order after many deletions (the table is rebuilt), and
# the same contents inserted in a different order.


def keys_of(d: dict[str, int]) -> str:
    return ",".join(list(d))


def main() -> None:
    d = {"a": 1, "b": 2, "c": 3, "d": 4}
    d["b"] = 20
    print(d, keys_of(d))
    del d["a"]
    d["a"] = 100
    print(d)
    v = d.pop("c")
    d["c"] = v + 1
    print(d, list(d.items()))
    print(d.setdefault("b", -1), d.setdefault("e", 5), d)
    d.update({"d": 40, "f": 6, "b": 200})
    print(d)
    last = list(d)[-1]
    print(last, d.pop(last), d.pop("e"), d)
    d["z"] = 26
    print(list(d.keys()), list(d.values()))
    e = {"c": 4, "d": 40, "z": 26, "b": 200, "a": 100}
    same = len(d) == len(e) and all(k in e and d[k] == e[k] for k in d)
    print(same, sorted(d), sorted(e), list(d)[0], list(e)[0])

    big: dict[int, int] = {}
    for i in range(50):
        big[i] = i * i
    for i in range(0, 50, 3):
        del big[i]
    for i in range(0, 12, 2):
        big[i] = -i
    print(len(big), list(big)[:10], list(big)[-8:])
    total = 0
    for k, v2 in big.items():
        total += k * v2
    print(total)

    churn: dict[str, int] = {}
    for round_ in range(5):
        for j in range(4):
            churn["k" + str(j)] = round_ * 10 + j
        del churn["k" + str(round_ % 4)]
    print(churn)
    churn.clear()
    churn["fresh"] = 1
    print(churn, len(churn))
    merged = e.copy()
    merged.update(d)
    merged["a"] = 0
    print(merged)


main()
