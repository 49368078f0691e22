# Unbounded recursion through a function whose calls are inlined two deep
# (quarter -> half): RecursionError is raised where CPython raises it, with
# CPython's traceback (an inlined call one body deep counts one frame more).
def half(x: float) -> float:
    return x / 2.0


def quarter(x: float) -> float:
    return half(half(x))


def down(n: int, x: float) -> float:
    return quarter(x) + down(n + 1, x)


def up(n: int, x: float) -> float:
    if n > 900:
        return quarter(x)
    return up(n + 1, x) + 1.0


print(up(0, 8.0))
print(down(0, 8.0))
