# Reading past the end of a list raises IndexError.
xs = [1, 2, 3]
print(xs[-3], xs[2])
i = 0
while True:
    print(xs[i])
    i += 1
