# list.sort(key=f) where f touches the list being sorted: as in CPython the
# key function sees an empty list, what it adds is dropped with a ValueError,
# and the items come back (sorted, or as they were when a key raises).
# (Found by an adversarial pass: jcvm used to loop forever on the first case.)
G: list[int] = [5, 3, 1, 4]
H: list[int] = [2, 9, 7]


def appends(v: int) -> int:
    G.append(v)
    return -v


def clears(v: int) -> int:
    G.clear()
    return v


def measures(v: int) -> int:
    return v * 10 + len(G)


def raises(v: int) -> int:
    if v == 1:
        raise KeyError(v)
    G.append(v)
    return v


def sorts_other(v: int) -> int:
    H.sort(key=lambda x: -x)
    G.sort()
    return v


def main() -> None:
    try:
        G.sort(key=appends)
    except ValueError as e:
        print("ValueError:", e)
    print(G)
    G.sort(key=clears)
    print(G)
    G.sort(key=measures, reverse=True)
    print(G)
    try:
        G.sort(key=raises)
    except KeyError as e:
        print("KeyError:", e)
    print(G)
    G.sort(key=sorts_other)
    print(G, H)
    words = ["pear", "fig", "apple"]
    words.sort(key=len)
    print(words)


main()
