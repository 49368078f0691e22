# reversed(range(a, b)) at the ends of the 64-bit range (a may be i64's least:
# no bound past it is computed), empty, with break/else, and the loop
# variable's value after the loop.
N = -9223372036854775807 - 1
M = 9223372036854775807


def main() -> None:
    for i in reversed(range(N, N + 3)):
        print(i)
    for i in reversed(range(M - 2, M)):
        print(i)
    for i in reversed(range(5, N)):
        print("never", i)
    for i in reversed(range(N, N)):
        print("never", i)
    j = 99
    for j in reversed(range(3)):
        pass
    print(j)
    for j in reversed(range(0)):
        pass
    print(j)
    total = 0
    for k in reversed(range(-3000, 3000)):
        total = total * 3 % 1000003 + k
    print(total)
    for k in reversed(range(4)):
        if k == 1:
            break
        print(k)
    else:
        print("no")


main()
