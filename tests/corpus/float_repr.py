# Float repr: shortest round-trip digits, exponent switch at 1e16 and 1e-4.
xs = [0.1, 0.2, 0.1 + 0.2, 1.0, -1.0, 0.0, -0.0, 1e16, 1e15, 123456789.0, 1e-4, 1e-5,
      0.00012345, 1e22, 1.5e300, 5e-324, 2.5, 1.0 / 3.0, 2.0 / 3.0, 100.0, 1e100, 9007199254740993.0,
      123456789012345678.0, 0.1 * 3, 1.1 * 1.1, 3.14159, -2.5e-8, 4.35, 1234.5678]
for x in xs:
    print(x, -x, x * 10.0)
inf = 1e308 * 10.0
print(inf, -inf, inf - inf, 1e308 + 1e308)
print(float("inf"), float("-inf"), float("1e500"))
