# Comprehension scoping: the loop variable does not leak into the enclosing
# function or module (a same-named outer variable keeps its value), while a
# plain for loop's variable does; generator expressions and dict/set
# comprehensions likewise; inner comprehensions reading the outer one's
# variable, and names reused by sibling comprehensions.

n = 100
squares = [n * n for n in range(4)]
print("module:", n, squares)
total = sum(n for n in range(5))
print("module after genexpr:", n, total)


def shadow() -> None:
    x = 7
    ys = [x for x in range(3)]
    print("x after listcomp:", x, ys)
    d = {x: x * 2 for x in range(2)}
    print("x after dictcomp:", x, d)
    s = {x % 2 for x in range(5)}
    print("x after setcomp:", x, sorted(s))
    print("max genexpr:", max(x * 3 for x in range(4)), "x:", x)
    for x in range(2):
        pass
    print("x after for loop:", x)


def outer_iterable() -> None:
    x = 3
    limit = 4
    print([[y for y in range(x)] for x in range(limit)], x)
    print([x for x in range(limit + 1) if x != 2], x)
    print([[x + y for y in range(x)] for x in range(1, limit)], x)
    k = 2
    print([k * i for i in range(k + 1)], [i for i in range(5) if i > k])


def reuse_names() -> None:
    i = -1
    rows = [[i * 10 + j for j in range(2)] for i in range(2)]
    cols = [[i * 10 + j for i in range(2)] for j in range(2)]
    print(rows, cols, i)
    words = ["a", "bb"]
    w = "kept"
    lens = [len(w) for w in words]
    print(lens, w)


def main() -> None:
    shadow()
    outer_iterable()
    reuse_names()
    print("module n still:", n)


main()
