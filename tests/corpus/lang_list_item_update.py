# `xs[i] op= value` on list items: in place (aliases see it), CPython's errors
# (a bad index or a None list before the value is evaluated) and float/int
# results exact. (tests/bad_input.rs: an overflow leaves the item unchanged.)
from typing import Optional


def side(log: list[str], v: float) -> float:
    log.append("side %s" % v)
    return v


def main() -> None:
    xs = [1.5, 2.0, -3.25]
    alias = xs
    k = 2.0
    for i in range(3):
        xs[i] += k
        xs[i] *= 0.5
        xs[-1 - i] -= i * k
    print(xs, alias is xs)
    ns = [1, 2, 3]
    n = 5
    ns[0] += n
    ns[1] -= 10
    ns[2] += True
    ns[-1] -= -4
    print(ns)
    fs = [0.1, 0.2]
    fs[0] += 1
    fs[1] *= 3
    fs[0] += 0.1 + 0.2 * k
    print(fs)
    log: list[str] = []
    try:
        xs[7] += side(log, 1.0)
    except IndexError as e:
        print("IndexError:", e, log)
    try:
        xs[-9] -= 2.0
    except IndexError as e:
        print("IndexError:", e)
    none: Optional[list[float]] = None
    try:
        none[0] += 1.0  # type: ignore[index]
    except TypeError as e:
        print("TypeError:", e)
    j = 0
    while j < 3:
        fs.append(float(j))
        fs[j] += fs[-1]
        j += 1
    print(fs)
    grid = [[0.0] * 3 for _ in range(2)]
    for r in range(2):
        for c in range(3):
            grid[r][c] += r * 10 + c + 0.5
            grid[r][c] *= -1.0
    print(grid)


main()
