# str.format with automatic, numbered and named fields (repeated, mixed,
# with specs and conversions), and the padding methods at their edges:
# center's odd padding (CPython's rule depends on the width's parity),
# ljust/rjust with a fill char or a short width, zfill after a sign or on
# non-digits, and format() with an empty spec (a bool with a spec is an int).


def main() -> None:
    print("{} {} {}".format(1, "two", 3.0), "{0}{1}{0}{1}".format("ab", "-"), "{1}{0}".format("x", "y"))
    print("{name}:{age:>4}|{name!r:^10}|".format(name="ann", age=7), "{a}{b}{a}".format(a=1, b=2))
    print("{0} {x} {1} {x}".format("p0", "p1", x="kw"), "{2}{1}{0}".format(1, 2, 3))
    print("{:,}".format(9876543210), "{:_b}".format(255), "{:+.3e}".format(-0.000123), "{:%}".format(0.5))
    print("{{}} {{{}}} {{x}}".format(9), "{!s}|{!r}".format("s", "r"), "{:^7}|{:*<4}|{:#>5}".format("c", "l", "r"))
    print("{0:.3} {0:.0f} {0:g} {0:e}".format(2.5), "{:5d}|{:<5d}|{:^5d}|".format(-7, -7, -7))
    for w in range(1, 8):
        print(repr("ab".center(w)), repr("abc".center(w)), repr("a".center(w, "*")))
    print(repr("".center(3)), repr("".center(0)), repr("x".center(-1)), repr("xyz".center(2, "-")))
    print(repr("ab".ljust(5, ".")), repr("ab".rjust(5, ".")), repr("abc".ljust(2)), repr("".rjust(2, "0")))
    print("7".zfill(3), "-7".zfill(3), "+7".zfill(3), "-7".zfill(1), "".zfill(3), "abc".zfill(5), "-x".zfill(4))
    print("3.5".zfill(6), "-3.5".zfill(6), "--1".zfill(5), "+".zfill(3), "1,000".zfill(7))
    print(repr(format("x", "")), repr(format(12, "")), repr(format(1.5, "")), repr(format(-0.0, "")))
    print(format(True, ""), format(False, "^7"), format(3, "x"), format(3.0, "%"), format("abc", "^2"))
    rows = [("apple", 3, 0.5), ("kiwi", 12, 0.25), ("watermelon", 1, 3.125)]
    for label, qty, price in rows:
        print("{:<8.8}|{:>4d}|{:>7.2f}|{:>8}".format(label, qty, price, "{:.1%}".format(price / 4)))
    header = "|".join(h.center(6) for h in ["a", "bb", "ccc"])
    print(header, len(header))


main()
