# f-string format specs: fill and alignment (including '=' after the sign),
# sign options, '#' alternate forms, ',' and '_' grouping for ints and
# floats, precision on strs, !r/!s with a spec, nested width/precision,
# literal braces, negative zero, the g/e/% presentations at their edges,
# and a bool with a spec (formatted as an int) versus without one.


def main() -> None:
    n = 42
    neg = -42
    name = "jcvm"
    print(f"[{n:<6}] [{n:>6}] [{n:^6}] [{n:*^7}] [{neg:=6}] [{neg:0=6}] [{n:06}] [{neg:06}]")
    print(f"[{n:+}] [{neg:+}] [{n: }] [{neg: }] [{n:-}] [{0:+}] [{n:+06}]")
    print(f"[{255:#x}] [{255:#o}] [{5:#b}] [{255:#X}] [{255:#010x}] [{-255:#x}] [{0:#b}]")
    print(f"[{1234567:,}] [{1234567:_}] [{-1234567:,}] [{123:,}] [{1234567.891:,.2f}] [{0xFFFFFFFF:_x}]")
    print(f"[{name:.2}] [{name:>6.3}] [{name!r:>8}] [{name!s:<6}|] [{'':>3}] [{name:x<6}]")
    w = 9
    p = 3
    x = 3.14159265
    print(f"[{x:{w}.{p}f}] [{x:<{w}.{p + 1}}] [{x:^{w}.{p}e}] [{name:{'>'}{w}}]")
    print(f"{{literal}} {{{n}}} {'{'}{n}{'}'}")
    print(f"[{-0.0}] [{-0.0:.1f}] [{-0.4:.0f}] [{0.4:.0f}] [{-0.0:+.2f}] [{-1e-9:.3f}] [{0.0:+}]")
    print(f"[{1e-5:g}] [{1e-4:g}] [{123456.0:g}] [{1234567.0:g}] [{0.0001234:.2g}] [{100.0:.2g}] [{9.99:.2g}]")
    print(f"[{1.0:e}] [{0.0:e}] [{-12345.678:.2e}] [{1e100:.1E}] [{5e-324:.3e}]")
    print(f"[{0.25:%}] [{0.25:.0%}] [{1.0:.1%}] [{-0.005:.1%}] [{2.5:.0%}]")
    print(f"[{1e16:.0f}] [{1e22:,.0f}] [{2.0**60:.1f}] [{123.456:10.1f}] [{-123.456:<10.1f}|]")
    flag = True
    print(f"[{flag}] [{flag:>6}] [{flag:d}] [{False:05}] [{flag!s:>6}] [{flag!r}]")
    print(f"[{3.0}] [{3.0:g}] [{3.0:.3}] [{3.5:.1}] [{1e300 * 1e10}] [{-1e300 * 1e10:>6}]")
    print(f"[{65:c}] [{9731:c}] [{97:^5c}] [{10:n}] [{1.5:n}]")


main()
