# List comprehensions: filters, nested loops, tuple targets, scoping (the
# loop variable does not leak and does not disturb a variable of that name).


class Point:
    x: int
    y: int

    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y


def squares(n: int) -> list[int]:
    return [i * i for i in range(n)]


def main() -> None:
    print(squares(6))
    evens = [i for i in range(20) if i % 2 == 0 if i % 3 != 0]
    print(evens)
    pairs = [(i, j) for i in range(3) for j in range(i)]
    print(pairs)
    sums = [a + b for a, b in pairs]
    print(sums)
    words = ["apple", "kiwi", "banana"]
    lengths = [len(w) for w in words]
    print(lengths, [w for w in words if len(w) > 4])
    i = 100
    doubled = [i * 2 for i in lengths]
    print(doubled, i)
    grid = [[r * 3 + c for c in range(3)] for r in range(3)]
    print(grid, [row[1] for row in grid])
    pts = [Point(k, -k) for k in range(4)]
    print([p.x - p.y for p in pts])
    floats: list[float] = [k for k in range(3)]
    print([f / 2 for f in floats])
    letters = [ch for ch in "hello" if ch != "l"]
    print(letters)
    empty = [x for x in [1, 2, 3] if x > 5]
    print(empty, len(empty))
    flat = [x for row in grid for x in row if x % 2 == 1]
    print(flat)


table = [n * 10 for n in range(4)]
print(table)
main()
