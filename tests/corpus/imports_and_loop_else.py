# Imports inside functions, `from math import`, `import ... as`, the time
# module, and `else` on for and while loops.
from math import sqrt, pi, floor
import math as m


def search(xs: list[int], wanted: int) -> str:
    for i in range(len(xs)):
        if xs[i] == wanted:
            found = "found at " + str(i)
            break
    else:
        found = "missing"
    return found


def countdown(n: int) -> int:
    steps = 0
    while n > 0:
        n -= 1
        steps += 1
        if steps > 100:
            break
    else:
        steps += 1000
    return steps


def main() -> None:
    import sys
    import time
    from math import hypot as length

    start = time.perf_counter()
    print(sqrt(16.0), floor(pi), m.floor(m.e), length(3.0, 4.0))
    print(search([4, 5, 6], 5), search([4, 5, 6], 7), search([], 1))
    print(countdown(3), countdown(500))
    for word in ["a", "b"]:
        print(word)
    else:
        print("done")
    print(len(sys.argv), time.perf_counter() >= start, time.time() > 1e9)


main()
