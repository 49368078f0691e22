# Special methods: arithmetic (with reflected forms), comparisons (with the
# mirrored fallback and != from __eq__), unary minus, abs, len, truth,
# indexing, `in`, calls, str and repr.


class Vec:
    x: float
    y: float

    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def __add__(self, other: "Vec") -> "Vec":
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other: "Vec") -> "Vec":
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k: float) -> "Vec":
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k: float) -> "Vec":
        return Vec(self.x * k, self.y * k)

    def __neg__(self) -> "Vec":
        return Vec(-self.x, -self.y)

    def __abs__(self) -> float:
        return (self.x * self.x + self.y * self.y) ** 0.5

    def __eq__(self, other: "Vec") -> bool:
        return self.x == other.x and self.y == other.y

    def __lt__(self, other: "Vec") -> bool:
        return abs(self) < abs(other)

    def __repr__(self) -> str:
        return f"Vec({self.x}, {self.y})"


class Bag:
    items: list[int]

    def __init__(self) -> None:
        self.items = []

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, i: int) -> int:
        return self.items[i]

    def __setitem__(self, i: int, v: int) -> None:
        self.items[i] = v

    def __contains__(self, v: int) -> bool:
        return v in self.items

    def __call__(self, v: int) -> "Bag":
        self.items.append(v)
        return self

    def __str__(self) -> str:
        return "Bag" + str(self.items)


def main() -> None:
    a = Vec(1.0, 2.0)
    b = Vec(3.0, 4.0)
    print(a + b, a - b, a * 2.0, 2.0 * a, -a, abs(b))
    print(a == Vec(1.0, 2.0), a != b, a < b, b > a, a == b)
    print(repr(a), str(b), f"{a} and {b!r}")
    bag = Bag()
    print(len(bag), bool(bag), "empty" if not bag else "full")
    bag(5)(7)(9)
    bag[1] = 70
    print(len(bag), bag[0], bag[1], 9 in bag, 4 in bag, 4 not in bag, bag)
    if bag:
        print("bag is truthy")
    total = Vec(0.0, 0.0)
    for v in [a, b, Vec(0.5, 0.5)]:
        total = total + v
    print(total)


main()
