# The math module: every function over ints and floats, CPython's results
# and errors.
import math
from math import fsum, isclose, pi, inf


def main() -> None:
    print(math.gcd(12, 18), math.gcd(12, 18, 8), math.gcd(-4), math.gcd(), math.lcm(4, 6), math.lcm(3, 5, 7))
    print(math.isqrt(99), math.factorial(10), math.comb(10, 3), math.perm(5, 2), math.perm(4))
    print(fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([0.5, 4.0]), fsum(x / 10 for x in range(10)))
    print(math.hypot(3, 4, 12), math.hypot(3.0, 4.0), math.copysign(1.0, -0.0), math.fmod(-7.0, 2.0), math.remainder(7.0, 2.0))
    print(math.log(8, 2), math.log(100), math.log10(1000), math.log2(1024), math.log1p(1e-10), math.exp(1), math.expm1(1e-10))
    print(isclose(0.1 + 0.2, 0.3), isclose(1.0, 1.1, rel_tol=0.2), isclose(0.0, 1e-10, abs_tol=1e-9))
    print(math.frexp(8.0), math.frexp(0.0), math.modf(2.5), math.modf(-3.25), math.ldexp(0.5, 4))
    print(math.erf(0.5), math.erfc(0.5), math.gamma(5.5), math.lgamma(10.0), math.degrees(pi), math.radians(180))
    print(math.sinh(1.0), math.cosh(1.0), math.tanh(0.5), math.asinh(1.0), math.acosh(2.0), math.atanh(0.5))
    print(math.pow(2.0, 0.5), 2.0 ** 0.5, math.trunc(-2.7), math.floor(-2.5), math.ceil(2.1), math.floor(7), math.cbrt(-8.0))
    print(math.pow(1.0, math.nan), math.pow(math.nan, 0.0), math.atan2(1.0, -1.0), math.ulp(1.0), math.nextafter(1.0, 2.0))
    print(math.isnan(math.nan), math.isinf(-inf), math.isfinite(1e308), math.tau, math.e, math.sqrt(2))
    print(math.sqrt(-1.0))


main()
