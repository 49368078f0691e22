def total(*nums: int) -> int:
    s = 0
    for n in nums:
        s += n
    return s


def describe(label: str, *values: float, sep: str = ", ") -> str:
    return label + ": " + sep.join(str(v) for v in values) + " (%d)" % len(values)


class Logger:
    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    def log(self, *parts: str) -> None:
        print(self.prefix, " ".join(parts), parts, len(parts))


def main() -> None:
    print(total(), total(1), total(1, 2, 3))
    print(describe("a"), describe("b", 1.5, 2.0), describe("c", 3.0, sep="|"))
    lg = Logger(">")
    lg.log()
    lg.log("x", "y")
    print(describe(sep="/", label="z"))


main()
