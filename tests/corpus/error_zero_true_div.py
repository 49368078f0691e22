# True division of ints by zero: "division by zero".
total = 0.0
for d in [4, 2, 0]:
    total += 1 / d
    print(total)
