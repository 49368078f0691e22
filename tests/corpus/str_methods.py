# The common str methods with CPython's exact results and errors.


def main() -> None:
    s = "  Hello, World  "
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
    print(s.upper(), s.lower(), "hello world".title(), "hELLO".capitalize())
    print("a,b,,c".split(","), "  a b\tc\n".split(), "".split(), "".split(","), "abc".split("b"))
    print("one\ntwo\r\nthree\n".splitlines(), "x".splitlines(), "".splitlines())
    print("-".join(["a", "b", "c"]), "".join(ch for ch in "abc" if ch != "b"), ", ".join([]))
    print("hello".startswith("he"), "hello".endswith("lo"), "hello".startswith(""), "h".endswith("hh"))
    print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".index("e"), "hello".rindex("l"))
    print("banana".count("a"), "banana".count("an"), "banana".count(""), "aaa".count("aa"))
    print("banana".replace("a", "o"), "abc".replace("", "-"), "aaa".replace("aa", "b"))
    print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
    print("[" + "ab".center(7) + "]", "[" + "ab".center(6, "*") + "]", "[" + "abc".center(6) + "]")
    print("[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5, ".") + "]", "[" + "abcdef".rjust(3) + "]")
    print("123".isdigit(), "12a".isdigit(), "".isdigit(), "abc".isalpha(), "ab1".isalnum(), " \t".isspace())
    print("ABC".isupper(), "AbC".isupper(), "abc".islower(), "123".islower(), "A1".isupper())
    words = "the quick brown fox".split()
    print(len(words), [w.upper() for w in words], " ".join(reversed(words)))
    text = "a=1;b=2;c=3"
    pairs = [item.split("=") for item in text.split(";")]
    print(pairs, [p[0] for p in pairs])
    print("hello"[1:3], "hello"[::-1], "hello"[-3:], "hello"[:10], "hello"[::2], "hello"[4:1:-1])
    print(ord("a"), chr(97), chr(0x263A), ord("€"))
    print("x".index("y"))


main()
