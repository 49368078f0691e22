# hash() of ints, floats, strs and tuples (CPython's values; the oracle runs
# with PYTHONHASHSEED=0), with divmod, ord, chr and repr.


def main() -> None:
    print(hash(5), hash(-1), hash(2 ** 61), hash(1.5), hash(-0.0), hash(2.0), hash(True))
    print(hash("abc"), hash(""), hash("é€😀"), hash((1, "a", 2.5)), hash(()))
    print(divmod(17, 5), divmod(-17, 5), divmod(7.5, 2.0), ord("A"), chr(66), repr("it's"), repr(1.0))


main()
