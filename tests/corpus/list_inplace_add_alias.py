# `xs += ys` extends the list in place: every alias sees it (CPython's list.__iadd__).


class Bag:
    items: list[int]

    def __init__(self) -> None:
        self.items = [0]

    def add_all(self, more: list[int]) -> None:
        self.items += more


def grow(xs: list[int]) -> None:
    xs += [len(xs)]


def main() -> None:
    xs = [1, 2]
    ys = xs
    xs += [3]
    print(xs, ys, xs is ys)
    xs += xs
    print(ys)
    grow(ys)
    print(xs)
    b = Bag()
    alias = b.items
    b.add_all([7, 8])
    b.items += [9]
    print(alias)
    grid = [[1], [2]]
    row = grid[0]
    grid[0] += [5]
    print(row, grid)
    words = ["a"]
    words += []
    print(words)


glob = [1]
same = glob
glob += [2]
print(same)
main()
