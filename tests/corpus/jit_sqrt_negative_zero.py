# Written to break the compiled tier's facts (a float never below zero lets
# math.sqrt skip its domain test; a Move hands its source's facts on; a
# direct call clears only the callee's registers live at entry): negzero.
import math

def f(a: float) -> float:
    x = -0.0
    y = x * a
    z = x * x
    w = -0.0 + -0.0
    print(math.sqrt(x), math.sqrt(y), math.sqrt(z), math.sqrt(w), math.sqrt(abs(x)))
    q = a * a
    r = q / (a * a + 1.0)
    print(math.sqrt(r), math.sqrt(-0.0 * q))
    return math.sqrt(x - a * a)

def main() -> None:
    try:
        f(0.0)
    except ValueError as e:
        print("err", e)
    for i in range(3):
        try:
            print(f(float(i)))
        except ValueError as e:
            print("err", e)
    print(f(2.0))

main()
