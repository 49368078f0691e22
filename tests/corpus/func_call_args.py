# Call arguments are read where they live (locals in place, constants, temporaries):
# evaluation order, a local passed twice, a call whose result overwrites its argument.
class Box:
    def __init__(self, v: int) -> None:
        self.v = v

    def combine(self, a: int, b: int) -> int:
        return self.v + a * 10 + b

    def clone_plus(self, k: int) -> "Box":
        return Box(self.v + k)


def trace(tag: str, v: int) -> int:
    print("eval", tag, v)
    return v


def pair(a: int, b: int) -> int:
    return a * 100 + b


def mix(a: float, b: int, c: float) -> float:
    return a * b - c


def main() -> None:
    x = 3
    x = pair(x, x)
    print(x)
    x = pair(trace("a", x), trace("b", x + 1))
    print(x)
    b = Box(7)
    c = b
    b = Box(pair(c.v, 1))
    print(b.v, c.v)
    print(c.combine(trace("first", 1), trace("second", 2)))
    b = b.clone_plus(b.v)
    print(b.v)
    n = 0
    for i in range(5):
        n = pair(n, i) % 1000
    print(n)
    print(mix(2.5, 4, 0.5), mix(0.1, 3, 0.2))
    print(pair(pair(1, 2), pair(3, 4)))


main()
