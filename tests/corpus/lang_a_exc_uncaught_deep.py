# An uncaught error raised several calls deep, through a method, a property
# getter, a reflected operator (__radd__), __getitem__ and a static method:
# the traceback lists every frame with its line. Errors caught on the way
# (one through a recursive helper) show outer handlers see the same error.


class Vec:
    def __init__(self, xs: list[int]) -> None:
        self.xs = xs

    def __getitem__(self, i: int) -> int:
        return self.xs[Vec.wrap(i, len(self.xs))]

    @staticmethod
    def wrap(i: int, n: int) -> int:
        if n == 0:
            raise IndexError("empty Vec")
        return i % n

    @property
    def first(self) -> int:
        return self[0]

    def __radd__(self, other: int) -> int:
        return other + self.first


def depth_sum(vs: list[Vec], k: int) -> int:
    if k == len(vs):
        return 0
    total = 0
    total = total + vs[k][k]
    return total + depth_sum(vs, k + 1)


def fold(vs: list[Vec]) -> int:
    acc = 0
    for v in vs:
        acc = acc + v
    return acc


def main() -> None:
    vs = [Vec([1, 2]), Vec([3, 4, 5]), Vec([6])]
    print(vs[1][4], vs[1][-1], vs[0].first, depth_sum(vs, 0), fold(vs))
    try:
        print(depth_sum([Vec([1]), Vec([])], 0))
    except IndexError as e:
        print("depth_sum:", e)
    try:
        print(Vec([])[3])
    except LookupError as e:
        print("lookup:", e)
    vs.append(Vec([]))
    print("folding", len(vs), "vectors")
    print(fold(vs))


main()
