# An int stored where a float is declared becomes a float (jcvm's documented rule,
# as in mypyc). The program only prints what is the same either way.


class Body:
    mass: float
    x: float

    def __init__(self, mass: float) -> None:
        self.mass = mass
        self.x = 0


def scale(v: float, k: float) -> float:
    return v * k


def main() -> None:
    b = Body(3)
    b.x = 2
    total: float = 0
    for i in range(5):
        total += i
    weights: list[float] = [1, 2, 3]
    weights.append(4)
    print(b.mass / 2, b.x / 4, total / 4, scale(3, 2) / 5)
    print(sum_list(weights) / 8)


def sum_list(xs: list[float]) -> float:
    s = 0.0
    for x in xs:
        s += x
    return s


main()
