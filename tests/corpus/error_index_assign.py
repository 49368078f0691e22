# Assigning past the end of a list.
xs = [0] * 3
for i in range(3):
    xs[i] = i * i
print(xs)
xs[-4] = 1
