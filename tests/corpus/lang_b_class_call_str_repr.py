# __call__ (with defaults and keywords, chained, on an object held in a
# field) and __str__ versus __repr__: which one print, str(), repr(),
# f-strings (plain, !r, !s, with a width), str.format and format() pick,
# including a subclass that overrides only one of them.


class Point:
    x: int
    y: int

    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __repr__(self) -> str:
        return f"Point({self.x}, {self.y})"


class Labeled(Point):
    def __str__(self) -> str:
        return f"<{self.x},{self.y}>"


class Temp:
    deg: float

    def __init__(self, deg: float) -> None:
        self.deg = deg

    def __str__(self) -> str:
        return f"{self.deg}C"

    def __repr__(self) -> str:
        return f"Temp(deg={self.deg!r})"


class Adder:
    base: int
    calls: int

    def __init__(self, base: int) -> None:
        self.base = base
        self.calls = 0

    def __call__(self, x: int, scale: int = 1) -> int:
        self.calls += 1
        return (self.base + x) * scale


class Pipeline:
    step: Adder
    log: list[str]

    def __init__(self, step: Adder) -> None:
        self.step = step
        self.log = []

    def __call__(self, tag: str) -> "Pipeline":
        self.log.append(tag)
        return self

    def run(self, v: int) -> int:
        f = self.step
        return f(v, scale=2)


def main() -> None:
    p = Point(1, 2)
    print(p, str(p), repr(p), f"{p}", f"{p!r}", f"{p!s}")
    lb = Labeled(3, 4)
    print(lb, str(lb), repr(lb), f"{lb}", f"{lb!r}")
    t = Temp(21.5)
    print(t, str(t), repr(t), f"{t}|{t!r}|{t!s}")
    print("{} / {!r}".format(t, t), "{0!s}|{0}".format(lb), format(t), format(p), format(lb, ""))
    print(f"[{str(t):>8}] [{repr(p):<12}]")
    print("joined: " + ", ".join([str(t), repr(t), str(lb)]))
    add = Adder(10)
    print(add(1), add(2, 3), add(x=3, scale=-1), add.calls)
    pipe = Pipeline(add)
    pipe("a")("b")("c")
    held = pipe.step
    print(pipe.log, pipe.run(5), held(0), add.calls)


main()
