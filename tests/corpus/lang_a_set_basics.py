# Sets through order-free operations only (len, in, sorted, min, max, sum
# over sorted()): add of an existing element, discard of a missing one (no
# error), remove of a missing one (KeyError with the element's repr), set
# comprehensions, sets of tuples and strs, 0.0/-0.0 and -1/-2 as elements,
# copy independence and clear; then sets doing work: union through copy() +
# update() (also through an alias), intersection and difference as
# comprehensions over sorted(), a visited set in a graph and a grid search,
# a set field. Ends with an uncaught remove of a str.


class Registry:
    def __init__(self) -> None:
        self.names: set[str] = set()
        self.rejected = 0

    def register(self, name: str) -> bool:
        key = name.strip().lower()
        if key in self.names or key == "":
            self.rejected += 1
            return False
        self.names.add(key)
        return True


def reachable(edges: dict[str, list[str]], start: str) -> set[str]:
    seen: set[str] = {start}
    frontier = [start]
    while frontier:
        node = frontier.pop()
        for nxt in edges.get(node, []):
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(nxt)
    return seen


def flood(grid: list[str], r0: int, c0: int) -> set[tuple[int, int]]:
    seen: set[tuple[int, int]] = set()
    todo = [(r0, c0)]
    while todo:
        r, c = todo.pop()
        if (r, c) in seen:
            continue
        if r < 0 or r >= len(grid) or c < 0 or c >= len(grid[r]) or grid[r][c] == "#":
            continue
        seen.add((r, c))
        todo.append((r + 1, c))
        todo.append((r - 1, c))
        todo.append((r, c + 1))
        todo.append((r, c - 1))
    return seen


def compute() -> None:
    a = {1, 2, 3, 4}
    b = {3, 4, 5}
    union = a.copy()
    union.update(b)
    inter = {x for x in sorted(a) if x in b}
    diff = {x for x in sorted(a) if x not in b}
    sym = {x for x in sorted(union) if (x in a) != (x in b)}
    print(sorted(union), sorted(inter), sorted(diff), sorted(sym), len(a), len(b))
    alias = a
    alias.update({10, 1})
    print(sorted(a), alias is a, len(alias))
    d = set([3, 1, 3, 2])
    letters = set("mississippi")
    print(sorted(d), sorted(letters), len(letters), min(letters), max(letters))
    subset = all(x in a for x in sorted(d))
    print(subset, any(x in b for x in sorted(d)))

    edges = {"app": ["lib", "log"], "lib": ["core"], "log": ["core", "fmt"], "tool": ["fmt"]}
    r1 = reachable(edges, "app")
    r2 = reachable(edges, "tool")
    both = {n for n in sorted(r1) if n in r2}
    print(sorted(r1), sorted(r2), sorted(both), "core" in r2)

    grid = ["..#..", ".##..", "...#.", "###.."]
    left = flood(grid, 0, 0)
    right = flood(grid, 0, 4)
    print(len(left), len(right), (2, 2) in left, (3, 4) in right, (0, 2) in left)
    cells = [(r, c) for r in range(len(grid)) for c in range(len(grid[r]))]
    print(max(r for r, c in cells if (r, c) in left), min(c for r, c in cells if (r, c) in right))

    reg = Registry()
    results = [reg.register(n) for n in ["Ann", "bob", " ann ", "", "BOB", "cy"]]
    print(results, sorted(reg.names), reg.rejected, len(reg.names))



def main() -> None:
    s = {5, 3, 9, 3, 5}
    print(len(s), sorted(s), 3 in s, 4 in s, 4 not in s, min(s), max(s), sum(sorted(s)))
    s.add(3)
    s.add(4)
    print(len(s), sorted(s))
    s.discard(100)
    s.discard(9)
    print(len(s), sorted(s), 9 in s)
    try:
        s.remove(9)
    except KeyError as e:
        print("remove missing:", repr(e), str(e))
    s.remove(4)
    print(sorted(s), sorted(s, reverse=True))

    evens = {x for x in range(20) if x % 2 == 0}
    mods = {x % 5 for x in range(100)}
    print(len(evens), sorted(mods), sum(sorted(evens)), 18 in evens, 19 in evens)
    words = {w.lower() for w in "The the THE cat Cat dog".split()}
    print(sorted(words), len(words))
    pairs = {(i % 2, i % 3) for i in range(12)}
    print(len(pairs), (0, 0) in pairs, (1, 2) in pairs, (2, 0) in pairs)
    fs: set[float] = set()
    fs.add(0.0)
    fs.add(-0.0)
    fs.add(0.5)
    print(len(fs), 0.0 in fs, -0.0 in fs, sum(sorted(fs)))
    ints: set[int] = {-1, -2, 2**61 - 1, 0}
    print(len(ints), sorted(ints), -1 in ints, -3 in ints)
    empty: set[str] = set()
    print(len(empty), "" in empty, sorted(empty), bool(empty), bool(words))

    snapshot = s.copy()
    snapshot.add(1000)
    print(len(s), len(snapshot), 1000 in s)
    seen: set[str] = set()
    dups: list[str] = []
    for w in "a b c a d b a".split():
        if w in seen:
            dups.append(w)
        seen.add(w)
    print(dups, sorted(seen))
    seen.clear()
    print(len(seen))
    compute()
    seen.add("x")
    seen.remove("x")
    seen.remove("x")


main()
