def g(v: int) -> int:
    return 10 // v


def main() -> None:
    print(sorted([3, 1], key=lambda v: g(v)))
    try:
        print(min([2, 0, 1], key=lambda v: 5 // v))
    except ZeroDivisionError as e:
        print("caught", e)
    words = ["a", "bb", ""]
    print(sorted(words, key=lambda w: sum([ord(c) for c in w])))
    print(list(filter(lambda w: w[0] == "b", words)))


main()
