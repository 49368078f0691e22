# Small methods that allocate (strings, lists) and are inlined into a loop:
# what they return must survive collections that happen inside them.
class P:
    x: int
    y: int

    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def label(self) -> str:
        return str(self.x)

    def pair(self) -> list[int]:
        return [self.x, self.y]

    def twice(self) -> str:
        return self.label() + "/" + self.label()


def main() -> None:
    total = 0
    names: list[str] = []
    for i in range(3000):
        p = P(i, i * 2)
        s = p.label()
        xs = p.pair()
        total += len(s) + xs[1] - xs[0]
        if i % 500 == 0:
            names.append(s + ":" + p.twice())
    print(total)
    print(names)


main()
