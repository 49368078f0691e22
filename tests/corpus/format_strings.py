# f-strings (conversions, format specs, nested specs), %-formatting,
# str.format with a literal template, and format(); CPython's exact output
# for ints, floats (e, f, g, %, grouping), strs and objects.


class P:
    def __init__(self, x: int) -> None:
        self.x = x


def main() -> None:
    x = 3
    pi = 3.141592653589793
    name = "jcvm"
    print(f"x={x} pi={pi:.3f} name={name!r} {name:>8}|{name:<8}|{name:^9}|")
    print(f"{x:05d} {x:+d} {-x: d} {255:x} {255:#X} {255:o} {5:b} {1234567:,} {1234567:_}")
    print(f"{pi:e} {pi:.2E} {pi:g} {1e20:g} {1e-7:g} {0.5:%} {0.125:.1%} {1234.5:,.2f}")
    print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {-0.0:.1f} {1e16} {123.0:g}")
    width = 10
    prec = 2
    print(f"[{pi:{width}.{prec}f}] [{name:*^{width}}] [{x!s:>3}] [{[1, 2]}] [{(1, 'a')}]")
    print(f"{True} {True:d} {None} {x * 2 + 1} {'nested'} {f'{x}'}")
    print("%d items cost %.2f (%s) %r %5.1f%% %x %o %e" % (x, pi, name, name, 99.5, 255, 8, 12345.678))
    print("%s and %s" % ("a", "b"), "%d" % 7, "%5s|%-5s|" % ("ab", "cd"), "%c%c" % (104, 105))
    print("%(a)s" % ("x",) if False else "%.3g|%10.4f|%-10d|" % (pi, pi, 42))
    print("{} + {} = {}".format(1, 2, 1 + 2), "{0}{1}{0}".format("a", "b"), "{:>6.2f}|".format(pi))
    print("{name} is {age}".format(name="ann", age=31), "{{literal}} {}".format(5), "{!r}".format("q"))
    print(format(pi, ".4f"), format(1234, ","), format("s", ">3"), format(42), format(0.1))
    p = P(1)
    print(f"{p.x} {len(name)}")
    print("%s" % [1, 2], "%s" % (1.5,), "%d" % True, "%s" % None, "%i" % 3.99)
    print(f"{1e300 * 10} {-1e300 * 10:f} {float('nan'):.2f} {123456789.123:.3e}")
    print(f"{x:.2d}")


main()
