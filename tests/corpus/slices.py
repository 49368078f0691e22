# Slicing lists and strs: defaults, negative bounds and steps, clamping,
# slice assignment (growing, shrinking, extended), del of items and slices.


def main() -> None:
    xs = list(range(10))
    print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[:-7], xs[::3], xs[::-1], xs[8:2:-2])
    print(xs[100:], xs[-100:2], xs[5:2], xs[::-3], xs[-1:-5:-1], xs[3:3])
    copy = xs[:]
    copy[0] = 99
    print(xs[0], copy[0], copy is xs)
    ys = [1, 2, 3, 4, 5]
    ys[1:3] = [20, 30, 40]
    print(ys)
    ys[:2] = []
    print(ys)
    ys[len(ys):] = [7, 8]
    print(ys)
    ys[::2] = [0, 0, 0]
    print(ys)
    del ys[0]
    print(ys)
    del ys[1:3]
    print(ys)
    del ys[::2]
    print(ys)
    zs = [1, 2, 3]
    zs[1:2] = zs
    print(zs)
    a = 1
    b = 4
    print(xs[a:b], xs[a:], xs[:b], xs[::b], "abcdef"[a:b])
    words = ["a", "b", "c", "d"]
    print(words[1:-1], words[-2:], "".join(words[::-1]))
    ws = [1, 2, 3, 4]
    ws[::2] = [9]


main()
