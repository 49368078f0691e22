# list literals, append, pop, len, negative indices, item assignment.
xs = [10, 20, 30]
xs.append(40)
print(xs, len(xs), xs[0], xs[-1], xs[-4])
xs[1] = 21
xs[-1] += 5
print(xs, xs.pop(), xs, len(xs))
ys = [0] * 5
ys[2] = 7
print(ys, [1.5] * 3, ["ab"] * 2, [1, 2] * 2, [9] * -1)
zs = xs + ys
print(zs, len(zs), zs + [], 20 in zs, 99 in zs, 21 not in zs)
total = 0
for v in zs:
    total += v
print(total, max(zs), min(zs), max([2.5, 1.5]), min(["b", "a"]))
