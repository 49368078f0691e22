# Arithmetic special methods: __add__/__radd__ (`0 + m + n` uses __radd__
# first, then __add__), __sub__/__rsub__ operand order, __mul__/__rmul__ with an
# int on either side, __neg__, __abs__, and `+=` falling back to __add__
# (a new object: an alias keeps the old one).


class Money:
    cents: int

    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __add__(self, other: "Money") -> "Money":
        print("  add", self.cents, other.cents)
        return Money(self.cents + other.cents)

    def __radd__(self, other: int) -> "Money":
        print("  radd", other, self.cents)
        return Money(self.cents + other)

    def __sub__(self, other: int) -> "Money":
        return Money(self.cents - other)

    def __rsub__(self, other: int) -> "Money":
        return Money(other - self.cents)

    def __mul__(self, k: int) -> "Money":
        return Money(self.cents * k)

    def __rmul__(self, k: int) -> "Money":
        return Money(k * self.cents + 1)

    def __neg__(self) -> "Money":
        return Money(-self.cents)

    def __abs__(self) -> int:
        return self.cents if self.cents >= 0 else -self.cents

    def __str__(self) -> str:
        sign = "-" if self.cents < 0 else ""
        c = abs(self.cents)
        return f"{sign}${c // 100}.{c % 100:02d}"


class Poly:
    coef: list[float]

    def __init__(self, coef: list[float]) -> None:
        self.coef = coef

    def __mul__(self, other: "Poly") -> "Poly":
        out = [0.0] * (len(self.coef) + len(other.coef) - 1)
        for i, a in enumerate(self.coef):
            for j, b in enumerate(other.coef):
                out[i + j] += a * b
        return Poly(out)

    def __rmul__(self, k: float) -> "Poly":
        return Poly([k * c for c in self.coef])

    def __neg__(self) -> "Poly":
        return -1.0 * self

    def __repr__(self) -> str:
        return "Poly(" + repr(self.coef) + ")"


def main() -> None:
    a = Money(250)
    b = Money(199)
    print(a + b)
    print(5 + a, a - 50, 1000 - a, a * 3, 3 * a)
    print(-a, abs(-a), abs(a), -(-b))
    total = 0 + a + b + Money(1)
    print("sum", total)
    alias = a
    a += b
    print(a, alias, a is alias)
    m = Money(-1234)
    print(m, abs(m), -m, m * -1, -1 * m)
    p = Poly([1.0, 1.0])
    print(p * p, 2.0 * p, -p, -(p * p))
    chain = Money(1) + Money(2) + Money(3)
    print(chain)


main()
