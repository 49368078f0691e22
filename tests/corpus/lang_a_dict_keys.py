# Dict keys that compare equal but look different, and keys that hash alike
# but differ: 0.0 and -0.0 are one key (the first spelling inserted is the
# one kept), -1 and -2 share a hash in CPython yet stay distinct, tuple keys
# (nested, mixed types, containing -0.0), floats that are close but not
# equal, and str keys that differ only in case or whitespace.


def main() -> None:
    f: dict[float, str] = {}
    f[0.0] = "pos"
    f[-0.0] = "neg"
    print(f, len(f), f[-0.0], 0.0 in f, -0.0 in f)
    g: dict[float, str] = {}
    g[-0.0] = "first"
    g[0.0] = "second"
    print(g, len(g))
    g[0.1 + 0.2] = "sum"
    g[0.3] = "lit"
    g[1e16] = "big"
    g[1e16 + 1.0] = "big+1"
    print(g, len(g))

    h: dict[int, str] = {-1: "m1", -2: "m2", 0: "z"}
    h[-1] = "M1"
    print(h, hash(-1) == hash(-2), h[-2], len(h))
    big: dict[int, int] = {}
    for k in [2**61 - 1, 2**61, 2**62, -(2**62), 1, 0]:
        big[k] = k % 7
    print(big, len(big))

    t: dict[tuple[int, str], int] = {}
    t[(1, "a")] = 1
    t[(1, "b")] = 2
    t[(1, "a")] += 10
    print(t, (1, "a") in t, (2, "a") in t)
    nested: dict[tuple[tuple[int, int], int], str] = {((1, 2), 3): "x"}
    nested[((1, 2), 4)] = "y"
    key = ((1, 2), 3)
    print(nested[key], nested, len(nested))
    tz: dict[tuple[float, int], str] = {}
    tz[(0.0, 1)] = "a"
    tz[(-0.0, 1)] = "b"
    tz[(-0.0, 2)] = "c"
    print(tz, len(tz))

    s: dict[str, int] = {}
    for w in ["a", "A", "a ", " a", "", "é", "e\u0301"]:
        s[w] = len(w)
    print(s, len(s), "" in s, "b" in s)
    grid: dict[tuple[int, int], int] = {}
    for i in range(3):
        for j in range(3):
            grid[(i, j)] = i * 3 + j
    print(grid[(2, 1)], grid.get((3, 3), -1), sum(grid.values()))
    print([k for k in grid if k[0] == k[1]])


main()
