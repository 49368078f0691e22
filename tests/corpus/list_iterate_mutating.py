# for over a list that grows while iterating sees the new items (index-based, like CPython).
xs = [1, 2, 3]
for x in xs:
    if x < 4:
        xs.append(x + 3)
    print(x, len(xs))
print(xs)
ys = [5, 6, 7, 8]
for y in ys:
    ys.pop()
    print(y, ys)
