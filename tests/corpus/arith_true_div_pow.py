# True division gives floats; ** with int and float operands.
for a in [1, 7, -7, 10, 0]:
    for b in [1, 2, -3, 4]:
        print(a / b, a ** abs(b), float(a) ** b)
print(2 ** -1, 2 ** -2, 10 ** -3, 2.0 ** 0.5, 4 ** 0.5, (-8.0) ** 2)
print(1 / 3 + 1 / 3 + 1 / 3, 0.1 * 3 / 3, 1e308 * 10.0 / 1e308)
print(7 // 2 * 2 + 7 % 2, -7 / 2, int(-7 / 2))
