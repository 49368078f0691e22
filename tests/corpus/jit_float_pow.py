# `x ** c` for a float constant c calls the C library's pow straight away
# in compiled code when x is positive and finite; every other base (zero,
# negative, infinite, NaN) and an overflowing result take the general
# operation, with CPython's values and exceptions. (A negative base with a
# fractional exponent is left out: CPython gives a complex number, jcvm
# raises ValueError, as the README lists.)
import math


def powers(xs: list[float], labels: list[str]) -> None:
    for x in xs:
        for label in labels:
            try:
                if label == "-1.5":
                    r = x ** -1.5
                elif label == "2.0":
                    r = x ** 2.0
                elif label == "0.5":
                    r = x ** 0.5
                elif label == "0.0":
                    r = x ** 0.0
                elif label == "-2.0":
                    r = x ** -2.0
                elif label == "3.0":
                    r = x ** 3.0
                elif label == "400.0":
                    r = x ** 400.0
                elif label == "-400.0":
                    r = x ** -400.0
                else:
                    r = x ** 1e308
                print(x, "**", label, "=", r)
            except (ZeroDivisionError, ValueError, OverflowError) as e:
                print(x, "**", label, type(e).__name__, e)


def hot(n: int) -> float:
    total = 0.0
    for i in range(1, n):
        x = i / 7.0
        total += x ** -1.5 + x ** 0.5
    return total


def main() -> None:
    inf = math.inf
    nan = math.nan
    every = ["-1.5", "2.0", "0.5", "0.0", "-2.0", "3.0", "400.0", "-400.0", "1e308"]
    powers([2.0, 0.5, 1.0, 5e-324, 1.7976931348623157e308, 10.0, 0.0, -0.0, inf, -inf, nan], every)
    powers([-2.0, -0.5, -1.0, -5e-324], ["2.0", "0.0", "-2.0", "3.0", "400.0", "-400.0", "1e308"])
    print(hot(20000))


main()
