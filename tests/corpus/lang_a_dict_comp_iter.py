# Dict comprehensions (duplicate keys: the last value wins but the key keeps
# its first position; filters; keys from zip and enumerate; nested dicts)
# and iteration over a dict, .keys(), .values() and .items() with
# unpacking, including changing values (not size) while iterating.


def main() -> None:
    words = ["pear", "fig", "plum", "kiwi", "apple", "date"]
    by_len = {len(w): w for w in words}
    print(by_len)
    first_letter = {w[0]: i for i, w in enumerate(words) if i != 2}
    print(first_letter)
    squares = {n: n * n for n in range(-3, 4)}
    print(squares, len(squares))
    abs_sq = {abs(n): n for n in range(-3, 4)}
    print(abs_sq)
    zipped = {k: v for k, v in zip(["a", "b", "c", "d"], [1, 2, 3])}
    print(zipped)
    table = {r: {c: r * c for c in range(1, 4) if c != r} for r in range(1, 4)}
    print(table, table[2][3])
    inverted = {v: k for k, v in squares.items() if k >= 0}
    print(inverted)
    pairs = {(i, j): i - j for i in range(3) for j in range(i)}
    print(pairs)

    stock = {"apple": 3, "pear": 0, "fig": 12}
    for name in stock:
        stock[name] *= 2
    print(stock)
    for name, qty in stock.items():
        print(f"{name:>6}: {qty:3d}")
    for k in stock.keys():
        print(k, end=";")
    print()
    print(sum(stock.values()), max(stock.values()), min(stock), sorted(stock.values()))
    print([k for k, v in stock.items() if v > 0], [v for v in stock.values()])
    for i, k in enumerate(stock):
        print(i, k, stock[k])
    keys = list(stock)
    for k in keys:
        if stock[k] == 0:
            del stock[k]
    print(stock, keys)
    empty: dict[str, int] = {}
    for k in empty:
        print("never", k)
    print({k: v for k, v in empty.items()}, list(empty.items()), any(empty), all(empty))


main()
