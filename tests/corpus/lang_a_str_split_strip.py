# split/rsplit/splitlines/join/strip at their edges: separators at the ends
# and doubled give empty strings, split() with no argument drops them and
# splits on every Unicode whitespace (tabs, form feeds, NBSP, ideographic
# space), multi-char separators, strip with a char set (order does not
# matter, inner chars stay), join of empties, and a small CSV cleanup.


def show(parts: list[str]) -> str:
    return str(len(parts)) + ":" + repr(parts)


def main() -> None:
    print(show(",a,,b,".split(",")), show("a,b".split(";")), show("".split(";")), show(",".split(",")))
    print(show("  a  b  ".split()), show(" \t\n\r\x0b\x0c ".split()), show("a\xa0b\u3000c\u2003d".split()))
    print(show("a  b".split(" ")), show("abcabc".split("bc")), show("aaa".split("aa")), show("x--y----z".split("--")))
    print(show("a b c d".rsplit(" ")), show("a,b,,".rsplit(",")), show(" x  y ".rsplit()))
    print(show("l1\nl2\r\nl3\rl4".splitlines()), show("a\n\nb\n".splitlines()), show("x\x0by\x1cz\u2028w".splitlines()))
    print(show("\n".splitlines()), show("no newline".splitlines()), show("trail\n\n".splitlines()))
    print(repr("-".join(["", "", ""])), repr("".join([])), repr(", ".join(["solo"])), repr("ab".join(["x", "y", "z"])))
    print(repr("".join(["a", "", "b"])), repr("/".join("a b  c".split(" "))), repr(" ".join("  a  b ".split())))
    print(repr("  \t pad \n ".strip()), repr("xyxhixyx".strip("xy")), repr("hi".strip("")), repr("aaa".strip("a")))
    print(repr("<<a<b>>".lstrip("<")), repr("<<a<b>>".rstrip(">")), repr("abcba".strip("ba")), repr("cab".strip("abc")))
    print(repr("\u3000wide\xa0".strip()), repr("..a..".lstrip(".").rstrip(".")), repr(" x ".lstrip()), repr(" x ".rstrip()))
    print(repr("key=value=more".split("=")[0]), repr("=x".split("=")[0]), show("a::b::".split("::")))
    csv = "name, age ,city\n ann,31 , Oslo \n\nbob , 7,\n"
    rows = [[cell.strip() for cell in line.split(",")] for line in csv.splitlines() if line.strip()]
    print(rows, [len(r) for r in rows])
    words = "  The  quick\tbrown\n\nfox  ".split()
    print(words, "_".join(words).lower(), "".join(w[0] for w in words))


main()
