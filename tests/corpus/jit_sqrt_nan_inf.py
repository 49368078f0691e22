# Written to break the compiled tier's facts (a float never below zero lets
# math.sqrt skip its domain test; a Move hands its source's facts on; a
# direct call clears only the callee's registers live at entry): nan inf.
import math

def g(a: float, b: float) -> float:
    s = a * a
    t = b * b
    u = s - t
    return math.sqrt(u)

def h(a: float) -> float:
    s = a * a
    z = s * 0.0
    return math.sqrt(z) + math.sqrt(s / s)

def main() -> None:
    inf = float("inf")
    nan = float("nan")
    print(math.sqrt(inf * inf), math.sqrt(nan * nan), math.sqrt(abs(-inf)))
    print(h(inf), h(nan))
    print(g(inf, 1.0))
    print(g(nan, 1.0))
    print(g(inf, inf))
    try:
        print(math.sqrt(-inf))
    except ValueError as e:
        print("E", e)
    for i in range(3000):
        g(2.0, 1.0)
    print(g(1.0, inf))

main()
