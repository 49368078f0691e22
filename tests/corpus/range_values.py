# range objects as values: stored, printed, iterated, measured.
R = range(5)
def main() -> None:
    r = range(2, 10, 3)
    print(R, r, len(r), len(range(0)), len(range(10, 0, -3)), range(1, 4))
    for i in r:
        print(i)
    for j in R:
        print(j, end=" ")
    print(list(r), sum(R), R)
main()
