# Written to break the GC's liveness-based roots (a collection zeroes the
# reference registers no path reads again): multi frame finally.
class Rec:
    log: list[str]
    def __init__(self) -> None:
        self.log = []

class Item:
    s: str
    def __init__(self, s: str) -> None:
        self.s = s

def level3(r: Rec, k: int) -> int:
    mine = Item("l3-" + str(k))
    try:
        if k > 2:
            raise IndexError("deep" + str(k))
        return len(mine.s)
    finally:
        junk = [Item(str(i)) for i in range(3)]
        r.log.append(mine.s + "/" + str(len(junk)))

def level2(r: Rec, k: int) -> int:
    mine = Item("l2-" + str(k))
    try:
        return level3(r, k) + 1
    finally:
        junk = [Item(str(i)) for i in range(3)]
        r.log.append(mine.s)

def level1(r: Rec, k: int) -> int:
    mine = Item("l1-" + str(k))
    try:
        try:
            return level2(r, k) + 1
        except KeyError:
            return -1
    except IndexError as e:
        junk = [Item(str(i)) for i in range(3)]
        r.log.append("caught " + str(e) + " in " + mine.s)
        return -2
    finally:
        r.log.append("fin " + mine.s)

def main() -> None:
    r = Rec()
    for k in range(5):
        print(level1(r, k))
    print(r.log)

main()
