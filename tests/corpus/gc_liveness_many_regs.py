# Written to break the GC's liveness-based roots (a collection zeroes the
# reference registers no path reads again): many regs.
class R:
    v: int
    def __init__(self, v: int) -> None:
        self.v = v

def big(k: int) -> int:
    a0 = R(k + 0); a1 = R(k + 1); a2 = R(k + 2); a3 = R(k + 3); a4 = R(k + 4)
    a5 = R(k + 5); a6 = R(k + 6); a7 = R(k + 7); a8 = R(k + 8); a9 = R(k + 9)
    b0 = [R(i) for i in range(a0.v, a0.v + 2)]; b1 = [R(i) for i in range(2)]
    s = 0
    for i in range(3):
        t = R(i)
        s += t.v
    c0 = R(a9.v * 2); c1 = R(c0.v + a8.v); c2 = R(c1.v + a7.v); c3 = R(c2.v + a6.v)
    c4 = R(c3.v + a5.v); c5 = R(c4.v + a4.v); c6 = R(c5.v + a3.v); c7 = R(c6.v + a2.v)
    c8 = R(c7.v + a1.v); c9 = R(c8.v + a0.v)
    d0 = str(c9.v) + "x"; d1 = d0 + str(c8.v); d2 = d1 + str(c7.v); d3 = d2 + d0
    d4 = d3 + d1; d5 = d4 + d2; d6 = d5[0:5] + d3; d7 = d6 + d4[0:3]
    e0 = [d0, d1, d2]; e1 = [d3, d4]; e2 = [d5, d6, d7]
    e3 = {d0: a0, d1: a1}; e4 = {d2: a2}
    f0 = R(len(e0) + len(e1) + len(e2)); f1 = R(f0.v + len(e3) + len(e4))
    f2 = R(f1.v + b0[0].v + b1[1].v); f3 = R(f2.v + s)
    g0 = [f0, f1, f2, f3]; g1 = [c0, c1, c2, c3, c4]; g2 = [c5, c6, c7, c8, c9]
    h0 = sum(x.v for x in g0) + sum(x.v for x in g1) + sum(x.v for x in g2)
    h1 = R(h0); h2 = R(h1.v + 1); h3 = R(h2.v + 1); h4 = R(h3.v + 1); h5 = R(h4.v + 1)
    h6 = R(h5.v + 1); h7 = R(h6.v + 1); h8 = R(h7.v + 1); h9 = R(h8.v + 1)
    i0 = f"{h9.v}-{d7}-{e3[d0].v}-{e4[d2].v}-{len(d5)}"
    return h9.v + len(i0) + a0.v + a9.v + e3[d1].v + f3.v + len(d7) + c9.v + b0[1].v

def many_items() -> list[R]:
    return [R(0), R(1), R(2), R(3), R(4), R(5), R(6), R(7), R(8), R(9),
            R(10), R(11), R(12), R(13), R(14), R(15), R(16), R(17), R(18), R(19),
            R(20), R(21), R(22), R(23), R(24), R(25), R(26), R(27), R(28), R(29),
            R(30), R(31), R(32), R(33), R(34), R(35), R(36), R(37), R(38), R(39),
            R(40), R(41), R(42), R(43), R(44), R(45), R(46), R(47), R(48), R(49),
            R(50), R(51), R(52), R(53), R(54), R(55), R(56), R(57), R(58), R(59),
            R(60), R(61), R(62), R(63), R(64), R(65), R(66), R(67), R(68), R(69),
            R(70), R(71), R(72), R(73), R(74), R(75), R(76), R(77), R(78), R(79)]

def many_strs(k: int) -> None:
    print(str(k), str(k + 1), str(k + 2), str(k + 3), str(k + 4), str(k + 5), str(k + 6),
          str(k + 7), str(k + 8), str(k + 9), str(k + 10), str(k + 11), str(k + 12),
          "a" + str(k), "b" + str(k), "c" + str(k), "d" + str(k), "e" + str(k), "f" + str(k),
          "%s-%s-%s-%s-%s" % (str(k), "x" + str(k), "y" + str(k), "z" + str(k), str(k) * 2))

def main() -> None:
    print([big(k) for k in range(4)])
    xs = many_items()
    print(sum(x.v for x in xs), xs[79].v, xs[63].v, xs[64].v)
    many_strs(5)
    s = f"{str(1)}{str(2)}{str(3)}{str(4)}{str(5)}{str(6)}{str(7)}{str(8)}{str(9)}{str(10)}{'a' + str(11)}"
    print(s)

main()
