# KeyError from dict reads, augmented assignment on a missing key, del and
# pop: the error's str is the repr of the key (int, negative int, float,
# -0.0, str with quotes, tuple), `in` versus indexing, and an uncaught
# KeyError with an int key raised by `+=` inside a method.


class Counter:
    def __init__(self) -> None:
        self.counts: dict[int, int] = {}

    def seed(self, k: int) -> None:
        self.counts[k] = 0

    def bump(self, k: int) -> int:
        self.counts[k] += 1
        return self.counts[k]


def try_int(d: dict[int, str], k: int) -> str:
    try:
        return d[k]
    except KeyError as e:
        return f"KeyError str={e} repr={e!r}"


def try_str(d: dict[str, int], k: str) -> str:
    try:
        return str(d[k])
    except KeyError as e:
        return f"KeyError str={e} repr={e!r}"


def main() -> None:
    di = {1: "one", -2: "minus two"}
    print(try_int(di, 1), "|", try_int(di, 2), "|", try_int(di, -2), "|", try_int(di, -1))
    ds = {"a": 1, "it's": 2}
    print(try_str(ds, "a"), "|", try_str(ds, "b"), "|", try_str(ds, "it's"), "|", try_str(ds, "don't"))
    print(try_str(ds, ""), "|", try_str(ds, "A"), "|", try_str(ds, " a"))
    df: dict[float, int] = {0.5: 1}
    for fk in [0.5, 1.5, -0.0, 1e100]:
        try:
            print(df[fk])
        except KeyError as e:
            print("float key:", repr(e))
    dt: dict[tuple[int, str], int] = {(1, "x"): 1}
    try:
        print(dt[(1, "y")])
    except KeyError as e:
        print("tuple key:", e, repr(e))
    counts: dict[str, int] = {}
    try:
        counts["w"] += 1
    except KeyError as e:
        print("augmented:", repr(e), counts)
    print(4 in di, "b" in ds, (1, "x") in dt)
    c = Counter()
    c.seed(7)
    print(c.bump(7), c.bump(7))
    c.seed(8)
    print(c.bump(8), c.counts)
    print(c.bump(9))


main()
