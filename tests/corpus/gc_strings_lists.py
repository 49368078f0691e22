# GC: many temporary strings and lists; the survivors must keep their contents.
names: list[str] = []
for i in range(3000):
    s = "item-" + str(i)
    t = s + "/" + s
    if i % 300 == 0:
        names.append(t)
print(names)
tables: list[list[int]] = []
for i in range(500):
    row = [i] * 10
    row.append(i * i)
    if i % 100 == 0:
        tables.append(row)
print(tables)
acc = ""
for i in range(200):
    acc = acc + str(i % 10)
print(acc, len(acc))
