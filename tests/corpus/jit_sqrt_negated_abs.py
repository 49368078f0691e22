# Written to break the compiled tier's facts (a float never below zero lets
# math.sqrt skip its domain test; a Move hands its source's facts on; a
# direct call clears only the callee's registers live at entry): abs neg.
import math

def f(a: float) -> float:
    x = abs(a)
    y = -x
    z = math.sqrt(x)
    w = -z
    q = x * y
    return math.sqrt(x + z) + math.sqrt(q * q) + math.sqrt(w)

def main() -> None:
    t = 0.0
    for i in range(3000):
        try:
            t += f(float(i % 4))
        except ValueError as e:
            t += 0.5
    print(t)
    print(f(-4.0))

main()
