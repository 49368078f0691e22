# for loops over ranges whose step is a constant (1 and -1 need no overflow
# check in compiled code) or a variable, at the ends of the 64-bit range, in
# loops long enough to be entered by on-stack replacement.
MAX = 9223372036854775807
MIN = -MAX - 1


def edges() -> None:
    for i in range(MAX - 3, MAX):
        print("up", i)
    for i in range(MIN + 3, MIN, -1):
        print("down", i)
    for i in range(MAX - 10, MAX, 4):
        print("by four", i)
    for i in range(MIN + 10, MIN, -4):
        print("by minus four", i)
    for i in range(5, 5):
        print("never", i)
    for i in range(3, 0, -1):
        print("three", i)


def sums(n: int, step: int) -> int:
    total = 0
    for i in range(n):
        total += i
    for i in range(n, 0, -1):
        total -= i // 2
    for i in range(0, n, step):
        total += i % 7
    for i in range(n, -n, -step):
        total += i
    return total


def nested(n: int) -> int:
    count = 0
    for i in range(n):
        for j in range(i, n):
            for k in range(j, i, -1):
                count += (i ^ j ^ k) & 3
    return count


edges()
print(sums(100000, 3), sums(7, 2), sums(0, 1))
print(nested(60))
