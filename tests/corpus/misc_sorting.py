# Insertion sort and binary search over lists of ints, floats and strings.
def sort_ints(xs: list[int]) -> None:
    for i in range(1, len(xs)):
        key = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key


def sort_strs(xs: list[str]) -> None:
    for i in range(1, len(xs)):
        key = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key


def bsearch(xs: list[int], target: int) -> int:
    lo = 0
    hi = len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


data: list[int] = []
seed = 12345
for i in range(40):
    seed = (seed * 1664525 + 1013904223) % 4294967296
    data.append(seed % 1000 - 500)
sort_ints(data)
print(data)
print(bsearch(data, data[17]), bsearch(data, 10000))
words = ["pear", "apple", "fig", "banana", "cherry", "Apple"]
sort_strs(words)
print(words)
