# range objects as values: printing (str, repr, f-string; range(5) prints as
# range(0, 5), a step of 1 is not shown), len of empty, negative-step and
# uneven ranges, iteration of a range held in a variable (rebinding the
# variable inside the loop does not change the loop), ranges in a list,
# sum/min/max/list/sorted of ranges, and ranges whose ends and steps are near
# the 64-bit limits (no wrap-around; len() too large raises OverflowError).


def main() -> None:
    a = range(5)
    b = range(1, 10, 2)
    c = range(10, -10, -7)
    d = range(3, 3)
    e = range(1, 4, 1)
    print(a, b, c, d, e)
    print(str(a), repr(b), f"{c}|{d!r}")
    print(len(a), len(b), len(c), len(d), len(range(10, 0)), len(range(0, 10, -1)), len(range(-5, 5, 3)))
    for v in c:
        print(v, end=" ")
    print()
    ev = range(0, 7, 2)
    t = 0
    for v in ev:
        t += v
    print(ev, list(ev), t, sum(c), sum(d))
    print(sum(b), min(c), max(c), list(c), sorted(c))
    rs = [a, b, d]
    print(rs, [len(r) for r in rs])
    n = 0
    r = range(3)
    for i in r:
        r = range(100)
        n += 1
    print(n, r)
    big = 9223372036854775807
    for i in range(big - 5, big, 2):
        print(i)
    for j in range(4611686018427387904, big, 2305843009213693952):
        print(j)
    for k in range(-big + 3, -big - 1, -2):
        print(k)
    print(len(range(0, big, 3)), len(range(-big, big, big)))
    h = range(0, big, big // 2)
    print(h, len(h), list(h))
    try:
        print(len(range(-big, big)))
    except OverflowError as err:
        print("OverflowError:", err)


main()
