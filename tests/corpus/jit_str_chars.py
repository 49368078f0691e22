# Comparisons of strs (one-byte ones and one str with itself compare inline in
# compiled code), ord, chr and s[i] over ASCII and non-ASCII text, at the
# edges (empty strs, U+0080, U+00FF, U+0100, negative and bad indices).
def main() -> None:
    words = ["", "a", "b", "ab", "é", "ü", "€", "A", "z", "abc", "abd", "", "\x00", "\x7f", "\x80", "ÿ", "Ā"]
    for x in words:
        row: list[str] = []
        for y in words:
            row.append("%d%d%d%d%d%d" % (x < y, x <= y, x == y, x != y, x > y, x >= y))
        print(" ".join(row))
    for w in words:
        if len(w) == 1:
            print(repr(w), ord(w))
    for c in [0, 1, 65, 127, 128, 200, 255, 256, 1000, 8364, 0x10FFFF]:
        print(repr(chr(c)), chr(c) == chr(c), chr(c) < "b")
    s = "hello, world"
    t = "héllo"
    print([s[i] for i in range(-len(s), len(s))], [t[i] for i in range(-5, 5)])
    n = 0
    for i in range(30000):
        ch = chr(65 + i % 26)
        if ch == "Q" or ch < "C" or ch >= "y":
            n += ord(ch)
        n += ord(s[i % 12]) + ord(t[i % 5])
    print(n)
    for bad in [-1, 1114112]:
        try:
            print(chr(bad))
        except ValueError as e:
            print("ValueError", e)
    for i in [12, -13, 100]:
        try:
            print(s[i])
        except IndexError as e:
            print("IndexError", e)
    for w in ["", "ab", "€"]:
        try:
            print(ord(w))
        except TypeError as e:
            print("TypeError", e)


main()
