# Integer modulo by zero.
x = 17
for d in [5, -5, 0]:
    print(x % d)
