# range() with one to three arguments, negative and computed steps.
for i in range(5):
    print(i, end=" ")
print()
for i in range(2, 8):
    print(i, end=" ")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in range(-5, 5, 4):
    print(i, end=" ")
print()
step = -2
total = 0
for i in range(20, -20, step):
    total += i
print(total, i)
for j in range(0):
    print("never")
k = 42
for k in range(3, 3):
    pass
print(k)
n = 3
for a in range(n):
    for b in range(a, n):
        print(a, b, sep=":", end=" ")
print()
