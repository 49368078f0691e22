# Ints and floats compare exactly (not through float(int)), int true division
# is correctly rounded, round() is correctly rounded: values near 2**53 and 2**63.


def main() -> None:
    big = 9007199254740993
    f = 9007199254740992.0
    print(big == f, big != f, big > f, f < big, big >= f, f == big - 1, 3 == 3.0, 2 < 2.5, -1 > -1.5)
    huge = 9223372036854775807
    print(huge == 9.223372036854775807e18, huge < 9.223372036854775807e18, float(huge), -huge - 1 == -9.223372036854775808e18)
    print(big / 1, (2 ** 62 + 1) / 3, huge / 7, 7 / 2, -7 / 2, 1 / 3, 10 ** 18 / 10 ** 17)
    print(round(2.675, 2), round(1234.5, -2), round(123456789012345678.0, -5), round(0.5), round(1.5), round(-2.5))
    print(round(1e300, -299), round(5e-324, 400), round(2.5e-8, 9), round(-0.0, 1), round(1e22, -22))
    nan = float("nan")
    inf = float("inf")
    print(nan == nan, nan < 1, 1 < inf, -inf < -huge, big < inf, round(inf, 2), round(nan, 1))
    xs = [0.5, 1.0, 2.0]
    print(1 in [1, 2], max(0.5, 1.5), [x for x in xs if x > 1], 2 ** 53 + 1 > 2.0 ** 53)


main()
