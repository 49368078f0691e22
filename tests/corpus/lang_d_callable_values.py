from typing import Callable, Optional


class Button:
    def __init__(self, label: str, on_click: Callable[[int], str]) -> None:
        self.label = label
        self.on_click = on_click
        self.hook: Optional[Callable[[], None]] = None

    def press(self, n: int) -> str:
        if self.hook is not None:
            self.hook()
        return self.label + ":" + self.on_click(n)


def shout(n: int) -> str:
    return "!" * n


def pick(flag: bool) -> Callable[[float], float]:
    if flag:
        return lambda x: x * 2.0
    scale = 10.0
    return lambda x: x * scale


def make_ops() -> list[Callable[[int, int], int]]:
    ops: list[Callable[[int, int], int]] = []
    ops.append(lambda a, b: a + b)
    ops.append(lambda a, b: a * b)

    def sub(a: int, b: int) -> int:
        return a - b

    ops.append(sub)
    return ops


def main() -> None:
    b = Button("ok", shout)
    print(b.press(3))
    count = 0

    def bump() -> None:
        nonlocal count
        count += 1

    b.hook = bump
    b.press(1)
    b.press(2)
    print("count", count)
    b.on_click = lambda n: str(n * n)
    print(b.press(4))
    print(pick(True)(1.5), pick(False)(1.5))
    ops = make_ops()
    print([op(6, 3) for op in ops])
    table: dict[str, Callable[[int], int]] = {"neg": lambda v: -v, "sq": lambda v: v * v}
    for name in sorted(table):
        print(name, table[name](7))
    f = table["sq"]
    print(f(9), list(map(f, [1, 2, 3])), sorted([3, -4, 1], key=f))
    g: Optional[Callable[[int], int]] = None
    print(g is None, bool(f))
    try:
        print(g(1))
    except TypeError as e:
        print("TypeError", e)


main()
