# try statements nested inside loops nested inside try statements: which
# handler catches, how break/continue leave a try, loop else after an
# exception was handled in the body, and state kept across iterations.


class Skip(Exception):
    pass


class Stop(Exception):
    pass


def step(i: int, j: int) -> int:
    if j == 2 and i == 1:
        raise Skip("skip " + str(i))
    if i == 3 and j == 1:
        raise Stop("stop at " + str(i) + "," + str(j))
    if j == 0 and i == 2:
        return 10 // (i - 2)
    return i * 10 + j


def grid() -> list[int]:
    out: list[int] = []
    try:
        for i in range(5):
            try:
                for j in range(3):
                    try:
                        out.append(step(i, j))
                    except ZeroDivisionError:
                        out.append(-1)
                        continue
                    out.append(0)
            except Skip as e:
                print("row skipped:", e)
                continue
            print("row", i, "done")
    except Stop as e:
        print("stopped:", e)
    return out


def retry(limit: int) -> int:
    attempts = 0
    while True:
        attempts += 1
        try:
            if attempts < limit:
                raise ValueError("attempt " + str(attempts))
            break
        except ValueError as e:
            print("retrying after", e)
    return attempts


def search(rows: list[list[int]], target: int) -> str:
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            try:
                if 100 // v == target:
                    return f"found at {r},{c}"
            except ZeroDivisionError:
                print("zero at", r, c)
                break
        else:
            print("row", r, "had no zero")
    return "not found"


def loop_else_after_handled() -> None:
    for k in range(3):
        try:
            if k == 1:
                raise KeyError(k)
        except KeyError as e:
            print("handled", repr(e))
    else:
        print("loop finished normally, k =", k)
    n = 0
    while n < 3:
        n += 1
        try:
            if n == 2:
                break
        except Exception:
            print("never")
    else:
        print("not printed")
    print("n =", n)


def main() -> None:
    print(grid())
    print(retry(3))
    print(search([[5, 4], [0, 50], [1, 2]], 2))
    print(search([[3, 0, 1]], 7))
    loop_else_after_handled()
    total = 0
    for i in range(4):
        for j in range(4):
            try:
                total += 12 // (i - j)
            except ZeroDivisionError:
                total += 1000
    print(total)


main()
