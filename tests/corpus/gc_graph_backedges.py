# GC: a graph with back-edges in lists of references; parts become garbage over time.
class Vertex:
    ident: int
    edges: list["Vertex"]
    visited: bool = False

    def __init__(self, ident: int) -> None:
        self.ident = ident
        self.edges = []


def build(n: int) -> list[Vertex]:
    vs: list[Vertex] = []
    for i in range(n):
        vs.append(Vertex(i))
    for i in range(n):
        vs[i].edges.append(vs[(i + 1) % n])
        vs[i].edges.append(vs[(i * 7 + 3) % n])
        vs[(i + 5) % n].edges.append(vs[i])
    return vs


def reach(start: Vertex) -> int:
    stack = [start]
    start.visited = True
    seen = 0
    while len(stack) > 0:
        v = stack.pop()
        seen += 1
        for w in v.edges:
            if not w.visited:
                w.visited = True
                stack.append(w)
    return seen


total = 0
keep: list[Vertex] = []
for round_ in range(60):
    g = build(200)
    total += reach(g[round_ % 200])
    keep.append(g[0])
print(total, len(keep), len(keep[0].edges), keep[-1].edges[0].ident)
