# for/while with else: else runs when the loop ends without break (also when
# the loop body never runs), not after break; continue does not skip it;
# nested loops where the inner break only leaves the inner loop; a return
# inside the loop skips else; the loop variable keeps its last value.


def find(xs: list[int], target: int) -> int:
    for i, x in enumerate(xs):
        if x == target:
            print("  found at", i)
            break
    else:
        print("  not found among", len(xs))
        return -1
    return i


def first_even(xs: list[int]) -> int:
    for x in xs:
        if x % 2 == 0:
            return x
    else:
        print("  no even number")
    return 0


def primes(limit: int) -> list[int]:
    out: list[int] = []
    for n in range(2, limit):
        for d in range(2, n):
            if n % d == 0:
                break
        else:
            out.append(n)
    return out


def main() -> None:
    print(find([4, 5, 6], 5), find([4, 5, 6], 7), find([], 1))
    print(first_even([1, 3, 8]), first_even([1, 3]))
    print(primes(30))
    n = 10
    while n > 0:
        n -= 3
        if n == 5:
            continue
    else:
        print("while else, n =", n)
    n = 10
    while n > 0:
        n -= 3
        if n == 4:
            break
    else:
        print("not printed")
    print("after break n =", n)
    while False:
        print("never")
    else:
        print("while False else")
    for k in range(0):
        print("never")
    else:
        print("empty for else")
    for k in range(3):
        pass
    print("k after loop", k)
    for k in range(5):
        if k == 2:
            continue
        print("body", k)
    else:
        print("else after continue, k =", k)
    hits = 0
    for a in range(4):
        for b in range(4):
            if a * b == 2:
                hits += 1
                break
        else:
            print("inner finished for a =", a)
    print("hits", hits)


main()
