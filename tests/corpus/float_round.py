# round() uses round-half-to-even and correctly rounded decimal digits.
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 1e15 + 0.5, 2.675, -3.7]:
    print(x, round(x))
for x in [2.675, 1.005, 0.125, 0.375, 3.14159, -2.5, 1234.5678, 0.0]:
    print(round(x, 2), round(x, 1), round(x, 0), round(x, -1), round(x, 3))
print(round(-0.4, 0), round(0.4), round(-0.4))
print(round(123456.789, -2), round(5.5e-10, 10))
