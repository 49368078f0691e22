# Written to break the compiled tier's facts (a float never below zero lets
# math.sqrt skip its domain test; a Move hands its source's facts on; a
# direct call clears only the callee's registers live at entry): sum sq neg.
import math

def dist(ax: float, ay: float, bx: float, by: float) -> float:
    dx = ax - bx
    dy = ay - by
    d2 = dx * dx + dy * dy
    return math.sqrt(d2) + math.sqrt(d2 - 1.0 * d2 - 1.0)

def main() -> None:
    t = 0.0
    for i in range(3000):
        try:
            t += dist(1.0, 2.0, float(i), 0.0)
        except ValueError as e:
            t += 1.0
    print(t)
    print(dist(0.0, 0.0, 3.0, 4.0))

main()
