# Set displays CPython turns into constants: three or more constants fold
# into a frozenset merged into a new set; a display of constants that a `for`
# or a comprehension iterates, or that follows `in`, becomes a frozenset used
# as it is. Each is laid out once per module: a later display equal to an
# earlier constant (same elements, same types) reuses the first one's layout,
# whatever its own order. Colliding ints (equal modulo 8) make the layouts differ.


def probe(x: int) -> bool:
    # Met first: this constant's layout is the one every equal display gets.
    return x in {25, 17, 9, 1}


def main() -> None:
    print(probe(9), probe(2))
    print({1, 9, 17, 25})
    print({9, 1, 25, 17, 9})
    print({1, 9, 17, 33})
    first = {(2, 2), (0, 0), (0, 1), (1, 0)}
    second = {(2, 2), (1, 0), (0, 1), (0, 0), (0, 1)}
    print(first, second)
    for x in {(1, 0), (0, 1), (2, 2), (0, 0)}:
        print(x, end=" ")
    print()
    for n in {40, 8, 16}:
        print(n, end=" ")
    print()
    print([y for y in {33, 1, 17, 65, 49}], [z * 2 for z in {10, 2, 18}])
    print({49, 65, 17, 1, 33})
    pair = {18, 2}
    print(pair, {2, 18})
    many = {100, 36, 4, 68, 132, 164, 196, 228, 260}
    print(many, len(many))
    print({-1.5, 6.5, 14.5, -9.5})
    print({"": 0}, {"", "z", "q"})


main()
