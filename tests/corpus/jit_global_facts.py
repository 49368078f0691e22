# Compiled code checks that a global is bound once per path: after a load
# or a store it is known bound until the function returns (nothing unbinds a
# global). A load on a path that has not bound it still raises NameError, as
# CPython does, however often the function ran before.
counter = 0


def bump(n: int) -> int:
    global counter
    for i in range(n):
        counter += i
        if counter > 1000:
            counter -= 1000
    return counter


def read_late(flag: bool) -> int:
    if flag:
        return late + 1
    return -1


def bind_late(v: int) -> None:
    global late
    late = v


def branchy(n: int) -> int:
    global maybe
    total = 0
    for i in range(n):
        if i % 3 == 2:
            maybe = i
        try:
            total += maybe
        except NameError as e:
            print("branchy:", e)
            total += 100
    return total


def loop_reads(n: int) -> int:
    total = 0
    for i in range(n):
        total += counter + i
    return total


def main() -> None:
    print(bump(100), bump(2000))
    for i in range(3):
        print(read_late(False))
    try:
        print(read_late(True))
    except NameError as e:
        print("read_late:", e)
    bind_late(41)
    print(read_late(True))
    print(branchy(10))
    print(loop_reads(50))


main()
late = 0
maybe = 0
print(read_late(True), branchy(4))
