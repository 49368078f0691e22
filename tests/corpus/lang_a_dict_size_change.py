# Changing a dict's size while a for loop iterates over it (or over its
# keys/values/items) raises RuntimeError at the next step; the change itself
# stays done. Replacing values is allowed, and so is iterating over a copy
# (list(d)) while deleting. The last size change happens in a helper called
# from the loop and is not caught: the error points at the for line.


def add_key(d: dict[str, int], k: str) -> None:
    d[k] = len(d)


def main() -> None:
    d = {"a": 1, "b": 2, "c": 3}
    seen: list[str] = []
    try:
        for k in d:
            seen.append(k)
            if k == "b":
                d["z"] = 26
    except RuntimeError as e:
        print("add:", e)
    print(seen, d)

    seen = []
    try:
        for k in d.keys():
            seen.append(k)
            del d[k]
    except RuntimeError as e:
        print("del:", e)
    print(seen, d)

    totals: list[int] = []
    try:
        for v in d.values():
            totals.append(v)
            d.pop("c")
    except RuntimeError as e:
        print("pop during values:", e)
    print(totals, d)

    try:
        for k, v in d.items():
            d.setdefault(k + k, v)
    except RuntimeError as e:
        print("setdefault during items:", e)
    print(d)

    d.update({"a": 0})
    for k in d:
        d[k] = d[k] * 10 + 1
        d.setdefault(k, 99)
    print("values replaced:", d)

    for k in list(d):
        if d[k] > 100:
            del d[k]
    print("deleted over a copy:", d)
    d.clear()
    for k in d:
        d["never"] = 0
    print("empty loop:", d)

    m = {"a": 1, "b": 2, "c": 3}
    order: list[str] = []
    for k in m:
        order.append(k)
        if k == "a":
            del m["b"]
            m["x"] = 9
    print("one out, one in:", order, m)

    scores = {"ann": 3, "bob": 5}
    for name in scores:
        print("checking", name)
        if scores[name] > 4:
            add_key(scores, name.upper())
    print("not reached", scores)


main()
