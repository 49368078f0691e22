# Floor division and modulo round toward negative infinity for every sign combination.
def show(a: int, b: int) -> None:
    print(a, b, a // b, a % b, (a // b) * b + a % b == a)


for a in [7, -7, 13, -13, 0, 1, -1, 100]:
    for b in [2, -2, 3, -3, 7, -7, 1, -1]:
        show(a, b)
print(-9223372036854775807 // 2, -9223372036854775807 % 2)
print(9223372036854775807 // -1, 9223372036854775807 % 1000)
