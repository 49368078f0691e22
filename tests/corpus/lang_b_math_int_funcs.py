# Integer functions of the math module: gcd and lcm (signs, zeros, several
# arguments, none, results whose naive a*b/gcd would overflow 64 bits),
# comb and perm (k > n, k = 0, perm with one argument, results near the
# 64-bit limit whose intermediate products must not overflow), factorial,
# isqrt and prod, and the ValueErrors CPython raises for negative inputs.
import math


def main() -> None:
    print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(12, -18), math.gcd(0, 0), math.gcd(0, -7), math.gcd(7, 0))
    print(math.gcd(), math.gcd(42), math.gcd(-42), math.gcd(24, 36, 60), math.gcd(2 ** 62, 2 ** 61 + 2 ** 40))
    print(math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(), math.lcm(-7), math.lcm(2, 3, 4, 5))
    print(math.lcm(2 ** 62, 2 ** 61), math.lcm(3037000499, 3037000499), math.lcm(6, 10, 15))
    print(math.comb(5, 2), math.comb(5, 0), math.comb(5, 5), math.comb(5, 6), math.comb(0, 0), math.comb(10 ** 9, 1))
    print(math.comb(60, 30), math.comb(62, 31), math.comb(66, 33), math.comb(1000, 2), math.comb(100, 97))
    print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(5, 6), math.perm(20, 20), math.perm(30, 12))
    print([math.factorial(n) for n in range(8)], math.factorial(20))
    print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 18), math.isqrt(9223372036854775807), math.isqrt(4611686014132420609))
    print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4.0]), math.prod(range(1, 11)), math.prod([-1, -1, -1]))
    for bad in [-1, -5]:
        try:
            print(math.factorial(bad))
        except ValueError as e:
            print("factorial ValueError:", e)
        try:
            print(math.comb(5, bad))
        except ValueError as e:
            print("comb ValueError:", e)
        try:
            print(math.comb(bad, 2))
        except ValueError as e:
            print("comb ValueError:", e)
        try:
            print(math.perm(bad, 1))
        except ValueError as e:
            print("perm ValueError:", e)
        try:
            print(math.isqrt(bad))
        except ValueError as e:
            print("isqrt ValueError:", e)
    total = 0
    for n in range(1, 30):
        for k in range(n + 1):
            total += math.comb(n, k) % 1000
    print(total, sum(math.comb(20, k) for k in range(21)) == 2 ** 20)


main()
