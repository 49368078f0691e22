# math.fsum (exactly rounded) against sum (left-to-right rounding) on
# cancelling and tiny terms, sums of ints and of mixed lists, and
# math.isclose with default, relative and absolute tolerances, zero,
# infinities and NaN; plus float equality pitfalls it is meant to replace.
import math


def main() -> None:
    tenths = [0.1] * 10
    print(sum(tenths), math.fsum(tenths), sum(tenths) == 1.0, math.fsum(tenths) == 1.0)
    cancel = [1e100, 1.0, -1e100]
    print(sum(cancel), math.fsum(cancel))
    tiny = [1.0] + [1e-16] * 10
    print(sum(tiny), math.fsum(tiny))
    print(math.fsum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3, math.fsum([]), sum([], 0.0))
    print(math.fsum([1, 2, 3]), sum([1, 2, 3]), math.fsum(range(5)), math.fsum([2 ** 53, 1, 1]))
    print(math.fsum([1e308, -1e308, 1e308]), math.fsum([-0.0, -0.0]), sum([-0.0, -0.0]), sum([-0.0, -0.0], -0.0))
    try:
        print(math.fsum([1e308, 1e308, -1e308]))
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        print(math.fsum([1e308, 1e308]))
    except OverflowError as e:
        print("OverflowError:", e)
    print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, 1e308, 5.0]))
    try:
        print(math.fsum([math.inf, -math.inf]))
    except ValueError as e:
        print("ValueError:", e)
    a = 0.1 + 0.2
    print(a == 0.3, math.isclose(a, 0.3), math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.0 + 1e-8))
    print(math.isclose(1.0, 1.1, rel_tol=0.1), math.isclose(1.0, 1.1, rel_tol=0.09), math.isclose(100.0, 101.0, rel_tol=0.01))
    print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(0.0, -0.0), math.isclose(1e-300, 2e-300))
    print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan), math.isclose(math.inf, 1e308))
    print(math.isclose(5, 5), math.isclose(5, 6, abs_tol=1), math.isclose(5, 6, abs_tol=0.5), math.isclose(1e16, 1e16 + 1))
    try:
        print(math.isclose(1.0, 1.0, rel_tol=-0.5))
    except ValueError as e:
        print("ValueError:", e)
    xs = [math.sin(k * 0.1) for k in range(63)]
    print(round(sum(xs), 12), round(math.fsum(xs), 12), math.isclose(sum(xs), math.fsum(xs), rel_tol=1e-12))


main()
