# Floor division and modulo with every sign combination for ints and floats
# (the result of % takes the divisor's sign; // rounds toward -inf), divmod,
# the identity a == (a // b) * b + a % b, the 64-bit extremes (but not
# min // -1, whose result needs 65 bits), -0.0 results, float floor division
# of huge quotients and tiny remainders, and ZeroDivisionError messages.


def main() -> None:
    pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, -5), (1, 7), (-1, 7)]
    for a, b in pairs:
        q, r = divmod(a, b)
        print(a, b, a // b, a % b, q, r, q * b + r == a, a / b)
    for x, y in [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (1.0, 0.1), (-1.0, 0.1), (0.0, -3.0), (-0.0, 3.0)]:
        print(x, y, x // y, x % y, divmod(x, y))
    print(5 // 2.0, -5 // 2.0, 5 % -2.5, -5 % 2.5, 2 ** 62 // 3, -(2 ** 62) // 3, -(2 ** 62) % 7)
    big = 9223372036854775807
    small = -big - 1
    print(big // 2, big % 2, small // 2, small % 3, small // big, small % big, big // small, big % small)
    print(small // 1, small % -1, big // -1, divmod(small, 7), divmod(big, -7))
    print(1e300 // 1e-10, 1e308 % 3.0, -1e-320 % 1.0, 1e-320 % -1.0, 3.0 % 1e-320)
    print(-7 // 2 * 2, -(7 // 2) * 2, -7 % 2 ** 2, (-7) % 4, -(7 % 4))
    i = -17
    while i <= 17:
        print(f"{i}:{i // 5}:{i % 5}:{i // -5}:{i % -5}", end=" ")
        i += 6
    print()
    for a, b in [(1, 0), (0, 0)]:
        try:
            print(a // b)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
        try:
            print(a % b)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
        try:
            print(divmod(a, b))
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
    try:
        print(5.0 % 0.0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(divmod(1.0, 0.0))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(divmod(7, 0.0))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(5.0 // 0.0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


main()
