# Ints and floats around 2**53 (where floats stop being able to hold every
# int) and 2**63: exact comparisons in both directions and in chains, int
# true division correctly rounded (not float(a) / float(b): (2**53 + 1) / 3
# is exact), int + float rounding, float() and int() round trips, min/max of
# floats that are equal there, formatting, and stepping across 2**53.


def main() -> None:
    p = 2 ** 53
    f = 2.0 ** 53
    for d in [-2, -1, 0, 1, 2, 3]:
        n = p + d
        print(d, n == f, n < f, n > f, float(n), n + 0.0, n * 1.0 == n, int(float(n)) - p)
    print((p + 1) / 3, (p + 1) / 1, (p + 3) / 2, (3 * p + 3) / 3, (p - 1) / (p + 1), (p + 1) / p)
    print((2 ** 62 + 1) / (2 ** 9 + 1), 9223372036854775807 / 3, -9223372036854775807 / 2, 10 ** 18 / 3)
    big = 9223372036854775807
    print(big == 9.223372036854775807e18, big < 2.0 ** 63, big + 0.0, big - 1 < big + 0.0, -big - 1 == -(2.0 ** 63))
    print(f < p + 1 <= 9007199254740993.5, p + 1 > 9007199254740993.0, 9007199254740993 == 9007199254740993.0)
    x = f
    steps: list[float] = []
    for _ in range(4):
        x += 1.0
        steps.append(x)
    print(steps, x == f, f + 1.0 + 1.0 == f + 2.0)
    print(max(p + 1, p - 1), max(f, p + 1.0), max(f + 1.0, f), min(p - 1.0, f - 1.0), max(p + 1.0, p + 2.0, f))
    print(repr(f), str(f + 2.0), f"{f:.0f}", f"{p + 1:,}", f"{f * 2:e}", f"{p + 1:.3e}")
    count = 0
    n = p - 3
    while n + 0.0 < f + 4.0:
        count += 1
        n += 1
    print(count, n - p)
    print(int(f + 4.0) - p, int(-f) + p, round(f + 1.5) - p, round(4503599627370496.5) - 2 ** 52)


main()
