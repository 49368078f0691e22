# Float repr when two shortest strings are equally near: CPython takes the correctly rounded one.
x = 9007199254740993
print(x * 0.1, float(x) * 0.1, 9007199254740992.0 * 0.3)
for k in range(1, 12):
    v = 9007199254740992.0 / float(2 ** k) * 0.1
    print(k, v, -v, v * 3.0)
