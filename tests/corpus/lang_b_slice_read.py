# Reading slices of lists and strs: negative steps with and without
# bounds, bounds far outside the sequence clamped (also at the 64-bit
# limits), empty results when the bounds cross, bounds and steps held in
# variables, a step of zero raising ValueError, and slices of slices.


def main() -> None:
    xs = list(range(10))
    print(xs[::-2], xs[-1::-3], xs[5:0:-1], xs[5::-1], xs[:5:-1], xs[-3:-8:-2])
    print(xs[-100::-1], xs[100::-1], xs[100:-100:-4], xs[-100:100], xs[3:-3], xs[-3:3])
    print(xs[7:2], xs[2:7:-1], xs[-1:0:-1], xs[0:-1:-1], xs[:0], xs[10:])
    big = 9223372036854775807
    small = -big - 1
    print(xs[:big], xs[small:], xs[small:big:3], xs[big:small:-4], xs[::big], xs[::small], xs[big::small])
    s = "abcdefgh"
    print(s[::-1], s[1::2], s[-2::-2], s[6:1:-2], s[100:], s[-100:2], s[:-100])
    for lo in [-12, -3, 0, 4, 12]:
        for step in [-3, -1, 2]:
            print(lo, step, xs[lo::step], s[lo::step], xs[:lo:step])
    step = 0
    try:
        print(xs[::step])
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(s[1:5:step])
    except ValueError as e:
        print("ValueError:", e)
    print(xs[2:9][::-1][1:4], s[::-1][::-1] == s, xs[1::2][1::2], s[::3][::-1])
    n = len(xs)
    print(xs[n // 2:], xs[:n - n], xs[-n:], xs[-n - 1::-1])


main()
