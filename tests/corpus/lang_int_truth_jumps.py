# An int tested by if/while (and a constant `while 1` / `while True`): any
# non-zero value is true, including negatives and values past 32 bits.
def count_down(k: int) -> list[int]:
    seen: list[int] = []
    while k:
        seen.append(k)
        k = k // 2 if k > 0 else k + 3
    return seen


def first_true(values: list[int]) -> int:
    for v in values:
        if v:
            return v
    return 0


def loop_forever(limit: int) -> int:
    n = 0
    while 1:
        n += 1
        if n >= limit:
            break
    else:
        n = -1
    while True:
        n += 10
        if n > 100:
            break
    return n


def main() -> None:
    print(count_down(37), count_down(-7), count_down(0))
    big = 2**40
    print(first_true([0, 0, -1, 5]), first_true([0, big]), first_true([0, 0]))
    print(loop_forever(3), loop_forever(95))
    flags = [n for n in (0, 1, -1, 2**33, -(2**33)) if n]
    print(flags, [1 if n else 0 for n in (0, 256, 2**32, -9223372036854775807 - 1)])
    m = 2**32
    if m:
        print("2**32 is true")
    if not m - m:
        print("zero is false")


main()
