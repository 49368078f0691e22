# int() and float() of strings: surrounding whitespace (ASCII and Unicode
# spaces) is ignored, signs, leading zeros, underscores only between digits,
# and the exact ValueError message (with the repr of the string) for
# everything else; int() of floats and bools truncating toward zero; the i64
# extremes parsed exactly. Then OverflowError exactly where CPython raises it
# for floats (float ** with a finite result too large, math.exp/pow/ldexp/
# cosh range errors, int() and round() of infinity) and the neighbouring
# cases that do not raise: float arithmetic overflowing to inf,
# float("1e400"), the largest finite results, and int arithmetic that stays
# inside 64 bits.
import math


def parse(s: str) -> str:
    try:
        return str(int(s))
    except ValueError as e:
        return "ValueError: " + str(e)


def parse_f(s: str) -> str:
    try:
        return repr(float(s))
    except ValueError as e:
        return "ValueError: " + str(e)


def parsing() -> None:
    good = [" 42 ", "-0", "+7", "007", "1_000", "0_0", "-1_2_3", "\t\n 99\r\n", "\u00a042\u2003", "\u30007",
            "9223372036854775807", "-9223372036854775808", "  +0_1  "]
    for s in good:
        print(repr(s), parse(s))
    bad = ["", " ", "1__0", "_1", "1_", "- 5", "4.5", "1e3", "0x10", "12a", "++1", "1 2", "\u200b42", "١ 2", "+", "_"]
    for s in bad:
        print(repr(s), parse(s))
    floats = [" 1_0.5 ", "-.5e-2", "1e1_0", "+inf", "-Infinity", " nan ", "1.", ".1", "0e0", "1_e5", "1._5", "e5", "1.5.", "inf1", "--1.0", ""]
    for s in floats:
        print(repr(s), parse_f(s))
    print(int(3.99), int(-3.99), int(-0.5), int(1e18), int(True), int(False), int(-2.5e-300), int(2 ** 62 * 1.5))
    print(int("-9223372036854775808") + 1, int("9223372036854775807") - 1, int(str(-(2 ** 62))), int(" " + str(10 ** 18) + " "))


def attempt(label: str, k: int) -> None:
    try:
        if k == 0:
            print(label, 2.0 ** 1024)
        elif k == 1:
            print(label, (-10.0) ** 309)
        elif k == 2:
            print(label, math.exp(710.0))
        elif k == 3:
            print(label, math.pow(2.0, 1024.0))
        elif k == 4:
            print(label, math.ldexp(1.0, 1024))
        elif k == 5:
            print(label, math.cosh(711.0))
        elif k == 6:
            print(label, int(float("inf")))
        elif k == 7:
            print(label, round(float("-inf")))
        elif k == 8:
            print(label, 1.5 ** 2000)
        else:
            print(label, math.sinh(-1000.0))
    except OverflowError as e:
        print(label, "OverflowError:", e)


def overflow() -> None:
    for k in range(10):
        attempt(f"case{k}", k)
    print(2.0 ** 1023, (-2.0) ** 1023, math.exp(709.78), math.ldexp(1.0, 1023), math.ldexp(1.0, -1075), math.ldexp(1.0, -1074))
    print(1e308 * 10.0, -1e308 * 10.0, 1e308 + 1e308, 1.7976931348623157e308 * 1.0000000000000002, float("1e400"), float("-1e400"))
    print(math.exp(-1000.0), 0.5 ** 2000, 2.0 ** -1080, (-2.0) ** -1075, math.pow(10.0, -400.0), 1e-320 / 1e10)
    print(math.inf * 0.0, math.inf - math.inf, math.inf + 1e308, -math.inf * -1.0, math.isinf(1e308 * 2.0))
    big = 9223372036854775807
    print(big - 1 + 1, -big - 1, (big - 1) // 2 * 2 + 1, 3037000499 * 3037000499, -(3037000499 * 3037000499), 2 ** 62 + (2 ** 62 - 1))
    print(abs(-big), big % 1000, -big // 1000, 4611686018427387903 * 2 + 1, -4611686018427387904 * 2)


def main() -> None:
    parsing()
    overflow()


main()
