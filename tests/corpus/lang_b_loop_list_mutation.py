# Mutating a list while a for loop iterates it: the loop follows the list's
# current length and an index that only moves forward (remove skips the next
# element, pop from the end halves the walk, insert at the front repeats an
# element, clearing ends the loop), reversed() over a shrinking list, a copy
# xs[:] insulating the loop, rebinding the name not affecting the loop, and
# range(len(xs)) fixed when the loop starts.


def main() -> None:
    xs = [2, 4, 6, 8, 9]
    for x in xs:
        if x % 2 == 0:
            xs.remove(x)
    print("remove evens:", xs)
    ys = [1, 2, 3, 4, 5, 6]
    seen: list[int] = []
    for y in ys:
        seen.append(y)
        ys.pop()
    print("pop:", seen, ys)
    zs = [10, 20, 30]
    count = 0
    for z in zs:
        count += 1
        print("  visit", z)
        if count < 3:
            zs.insert(0, z - 1)
    print("insert:", zs)
    ws = [1, 2, 3, 4]
    for w in ws:
        print("  w", w)
        if w == 2:
            ws.clear()
    print("clear:", ws)
    vs = [1, 2, 3, 4]
    for v in reversed(vs):
        print("  rev", v)
        vs.pop()
    print("reversed pop:", vs)
    us = [1, 2, 3]
    for u in us[:]:
        us.append(u * 10)
    print("copy:", us)
    ts = [1, 2, 3]
    out: list[int] = []
    for t in ts:
        ts = [100]
        out.append(t)
    print("rebind:", out, ts)
    grow = [5, 6]
    for i in range(len(grow)):
        grow.append(grow[i] + 1)
    print("range len:", grow)
    k = 0
    ks = [1, 2]
    while k < len(ks):
        if ks[k] < 4:
            ks.append(ks[k] + 2)
        k += 1
    print("while:", ks)
    items = [1, 2, 3]
    for it in items:
        it *= 100
    print("loop var:", items, it)
    data = [3, 1, 2]
    for d in data:
        data[0] = d * 2
    print("overwrite:", data)
    ds = [0, 1, 2, 3, 4, 5]
    for d in ds:
        del ds[0]
        print("  del", d, len(ds))
    print("del:", ds)
    rs = [1, 2, 3, 4, 5]
    for r in reversed(rs):
        print("  rev2", r)
        rs.pop()
        if len(rs) > 1:
            rs.pop()
    print("reversed pop twice:", rs)
    qs = [1, 2, 3]
    for q in reversed(qs):
        print("  revins", q)
        if len(qs) < 6:
            qs.insert(0, q * 10)
    print("reversed insert:", qs)
    es = [1, 2, 3, 4]
    for e in es:
        es[:] = es[1:]
        print("  slice", e, es)
    print("slice assign:", es)


main()
