# Halfway cases in rounding and formatting: '%' and format() and f-strings
# round the exact binary value (2.675 is below the half, 0.375 is exact and
# goes to even), round() to even for ints and floats, round(x, 0) keeping a
# float and its sign (-0.0), negative ndigits on floats, %d truncating
# floats, and the %-operator's flags.


def main() -> None:
    print("%.2f %.2f %.2f %.2f" % (2.675, 2.665, 0.125, 0.375))
    print("%.0f %.0f %.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5, -1.5, 3.5))
    print("%.1f %.1f %.1f %.1f" % (0.25, 0.35, 0.45, -0.05))
    print(format(0.5, ".0f"), format(2.5, ".0f"), format(-2.5, ".0f"), format(1.005, ".2f"), format(0.045, ".2f"))
    print(f"{2.675:.2f} {1.115:.2f} {1.125:.2f} {1e-10:.0f} {999.5:.0f} {1000.5:.0f}")
    print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(-2.5), round(3.5))
    print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2), round(-0.125, 2))
    print(round(2.5, 0), round(-0.5, 0), round(-0.4, 0), round(0.0, 3), round(1.23456789, 5))
    print(round(15.0, -1), round(25.0, -1), round(123.456, -5), round(-123.456, -1), round(1e300, 2))
    print(round(7.0), round(-7.9), round(1e15 + 0.5), str(round(2.675, 2)), repr(round(0.1 + 0.2, 2)))
    print("%d %d %d %i" % (3.99, -3.99, 0.5, -0.5))
    print("[%+d] [% d] [%-5d] [%05d] [%5.1f] [%-8.3e] [%+.1f]" % (3, 3, 3, -3, 2.25, 12345.6789, -0.05))
    print("[%x] [%X] [%#x] [%o] [%#o] [%x]" % (255, 255, 255, 8, 8, -255))
    print("[%5s] [%-5s] [%.2s] [%r] [%s] [%s] [%%]" % ("ab", "ab", "abc", "q'", 1.0, -0.0))
    print("[%g] [%g] [%g] [%.3g] [%G]" % (0.00001, 123456789.0, 100.0, 2.0 / 3.0, 1e-20))
    print("%s=%d" % ("n", 5), "%s" % "solo", "%.3f" % 2, "%c" % 65, "%5.2f%%" % 99.555)


main()
