# Slice assignment and deletion: growing and shrinking a list, inserting
# through an empty slice (also when stop < start or both bounds are far
# outside), an explicit step of 1 behaving like a plain slice (it may change
# the length), extended slices requiring an equal size (ValueError caught,
# then one uncaught from a helper), reversing assignment, a list assigned into
# a slice of itself, and del of plain and extended slices with negative steps.


def fill_every_other(xs: list[int], vals: list[int]) -> None:
    xs[::2] = vals


def main() -> None:
    xs = [0, 1, 2, 3, 4, 5]
    xs[1:3] = [10, 11, 12, 13]
    print(xs)
    xs[2:6] = [99]
    print(xs)
    xs[2:2] = [7, 7]
    print(xs)
    xs[5:1] = [-1]
    print(xs)
    xs[-100:-50] = [100]
    xs[50:100] = [200]
    print(xs)
    xs[1:3:1] = [1, 2, 3, 4]
    print(xs)
    xs[::-1] = list(range(len(xs)))
    print(xs)
    xs[1::3] = [0, 0, 0, 0]
    print(xs)
    try:
        xs[::2] = [1, 2]
    except ValueError as e:
        print("ValueError:", e)
    try:
        xs[4:0:-1] = [1]
    except ValueError as e:
        print("ValueError:", e)
    print(xs)
    ys = [1, 2, 3, 4]
    ys[::-1] = ys
    print(ys)
    ys[1:3] = ys
    print(ys)
    ys[:] = ys[::2]
    print(ys)
    zs = list(range(12))
    del zs[::-3]
    print(zs)
    del zs[5:1]
    del zs[-2:]
    print(zs)
    del zs[1:-1:2]
    print(zs)
    del zs[100:]
    del zs[:-100]
    print(zs)
    del zs[:]
    print(zs, len(zs))
    ws = [1, 2, 3, 4, 5]
    ws[1:4] = []
    ws[len(ws):] = [6, 7, 8]
    ws[:0] = [0]
    print(ws)
    empty: list[int] = []
    ws[::3] = [-1, -2]
    ws[10:20:2] = empty
    print(ws)
    fill_every_other(ws, [9, 9, 9])
    print(ws)
    fill_every_other(ws, [5])


main()
