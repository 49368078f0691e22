# Float repr of tricky values (subnormals, the largest float, values just
# around the 1e16 and 1e-4 switches, results of arithmetic that are a hair
# off), float() of strings with signs, exponents, underscores and spaces, and
# round(x, n): halfway cases decided by the exact binary value (2.675 -> 2.67,
# 0.125 -> 0.12), round half to even also with negative n, -0.0 results,
# and very large or very small n.


def main() -> None:
    vals = [2.2250738585072014e-308, 2.225073858507201e-308, 4.9e-324, 1.7976931348623157e308,
            9999999999999998.0, 1e16 - 2.0, 1e16 + 2.0, 0.0001, 0.00009999999999999999, 0.001 * 0.1,
            1.1 + 2.2, 0.3 - 0.1, 1.0 - 0.9, 100.0 * 1.1, 0.07 * 100.0, 1.15 * 100.0, 2.0 ** 0.5 * 2.0 ** 0.5,
            123456789.123456789, 1.0 / 7.0, 1e23, 8.41e21, 5e-310 * 3.0, -1e-7, 12345678912345678.0]
    for v in vals:
        print(repr(v), str(-v), f"{v}", f"{v!r}")
    print(float("  -1.5e3 "), float("+.5"), float("1_000.000_1"), float("-0"), float("1E-3"), float("\t12\n"), float("-iNF"), float("nan"))
    print(float("1e-400"), float("9" * 20), float("4.9e-324") / 2.0, float("-1e400"))
    for x in [2.675, 0.125, 0.375, 1.005, 2.5, 3.5, -2.5, -0.125, 0.045, 1.45, 8.345, 0.285]:
        print(x, round(x, 2), round(x, 1), round(x), round(-x, 2))
    for n in [0.0, 5.0, 15.0, 25.0, 35.0, 45.0, 55.0, -5.0, -15.0]:
        print(n, round(n, -1), round(n * 10.0, -2), round(n * 100.0 + 50.0, -2), round(n / 100.0, 1), round(n, 3))
    print(round(-0.4), round(-0.4, 0), round(-0.04, 1), round(0.04, 1), round(-1e-300, 5))
    print(round(1.5e-300, 301), round(1e300, -300), round(7.0, -400), round(7.0, 400), round(123.456, -1), round(-123.456, -2))
    print(round(1234567890123456789.0, -3), round(-25.0, -1), round(35.0, -1), round(-5.0, -1), round(12345.0, -10))
    print(round(0.5 + 2.0 ** -53), round(2.5000000000000004), round(1e16 + 1.0), round(0.49999999999999994, 1))


main()
