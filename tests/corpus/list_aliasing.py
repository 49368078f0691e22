# Aliasing: two names, one list; mutation through either is visible through both.
a = [1, 2, 3]
b = a
b.append(4)
a[0] = 100
print(a, b, a is b)
c = a + []
c.append(5)
print(a, c, a is c)
rows: list[list[int]] = []
row = [0, 0]
for i in range(3):
    rows.append(row)
rows[0][1] = 9
print(rows)
fresh: list[list[int]] = []
for i in range(3):
    fresh.append([i, i])
fresh[0][1] = 9
print(fresh)
