# Generators: lazy interleaving with the consumer, exhaustion, a generator that raised is
# finished, break then resume, nested and recursive generators, references held across yields.
from typing import Iterator, Generator


def count_up(n: int) -> Iterator[int]:
    i = 0
    while i < n:
        print("yield", i)
        yield i
        i += 1
    print("done")


def squares(xs: list[int]) -> Generator[float, None, None]:
    for x in xs:
        if x < 0:
            return
        yield x * 0.5


def pairs(n: int) -> Iterator[tuple[int, str]]:
    for i in range(n):
        yield i, str(i) * i


def boom(n: int) -> Iterator[int]:
    yield 1
    yield 10 // n


def main() -> None:
    for v in count_up(3):
        print("got", v)
    g = count_up(2)
    for v in g:
        print("first", v)
    for v in g:
        print("again", v)
    print(list(squares([1, 2, -1, 4])))
    print(sum(squares([3, 5])))
    for a, b in pairs(3):
        print(a, repr(b))
    print([x + 1 for x in count_up(2)])
    print(max(count_up(4)), sorted(count_up(3), reverse=True))
    bm = boom(0)
    try:
        for v in bm:
            print("boom", v)
    except ZeroDivisionError as e:
        print("caught", e)
    for v in bm:
        print("never", v)
    print("end")
    extra()


class Tree:
    def __init__(self, value: int, children: list["Tree"]) -> None:
        self.value = value
        self.children = children


def walk(t: Tree, depth: int) -> Iterator[str]:
    yield "  " * depth + str(t.value)
    for child in t.children:
        for line in walk(child, depth + 1):
            yield line


def evens(src: Iterator[int]) -> Iterator[int]:
    for v in src:
        if v % 2 == 0:
            yield v


def chunks(words: list[str], size: int) -> Iterator[list[str]]:
    buf: list[str] = []
    for w in words:
        buf.append(w.upper() + "!")
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def extra() -> None:
    tree = Tree(1, [Tree(2, [Tree(4, [])]), Tree(3, [])])
    for line in walk(tree, 0):
        print(line)
    print(list(evens(count_up(5))))
    gen = count_up(5)
    for v in gen:
        if v == 1:
            break
    print("resume")
    for v in gen:
        print("rest", v)
    shared = ["a", "b", "c", "d", "e"]
    for chunk in chunks(shared, 2):
        shared.append("x" * len(chunk))
        print(chunk, len(shared))
    total = 0
    for v in count_up(0):
        total += v
    else:
        print("empty generator, else runs", total)
    for v in boom(0):
        print(v)


main()
