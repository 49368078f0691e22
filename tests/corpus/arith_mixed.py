# int/float/bool mixes promote like CPython.
a = 3
b = 2.5
t = True
print(a + b, a * b, a - b, b - a, a / 2, a // 2, b // 2, a % 2.5)
print(t + t, t * 3, t + 1.5, -t, +t, ~t, t / 2)
print(a < b, a > b, a == 3.0, 2.5 == b, t == 1, 1.0 == t, a != b)
print(abs(-a), abs(-b), max(1, 2), min(1.5, -1.5), max(3, 9, 4, 1), min(-1.0, 2.0, -7.5))
print(1 + 2 * 3 - 4 // 3 % 2 ** 2, (1 + 2) * 3, -2 ** 2, (-2) ** 2)
