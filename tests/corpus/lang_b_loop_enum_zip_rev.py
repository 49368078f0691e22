# enumerate with a start (positive, negative, keyword), zip stopping at the
# shortest of two or three lists (made from strs and ranges), zip of a list with
# its own tail, reversed() of lists and of ranges (including empty and
# negative ones), and the loop variables after such loops (the values of the
# last complete round, whichever list is the shortest).


def main() -> None:
    words = ["zero", "one", "two"]
    for i, w in enumerate(words, 1):
        print(i, w, end="; ")
    print()
    for i, w in enumerate(words, start=-1):
        print(i, w, end="; ")
    print()
    none: list[str] = []
    print(list(enumerate("abc", 100)), list(enumerate(none, 5)))
    nums = [1, 2, 3, 4, 5]
    letters = list("xyz")
    print(list(zip(nums, letters)), list(zip(letters, nums)))
    print(list(zip(nums, list(range(10, 13)), ["p", "q", "r", "s"])))
    print(list(zip(nums, none)), list(zip(list(range(3)), list(range(0)))))
    diffs = [b - a for a, b in zip(nums, nums[1:])]
    print(diffs, [a * b for a, b in zip(nums, list(reversed(nums)))])
    for a, b in zip(letters, nums):
        pass
    print("after zip:", a, b)
    for n2, c2 in zip(nums, letters):
        pass
    print("after zip, longest first:", n2, c2)
    for i, (n, c) in enumerate(zip(nums, letters), start=1):
        print(i, n, c, end=" | ")
    print()
    print(list(reversed(nums)), list(reversed(letters)), list(reversed(none)))
    print(list(reversed(range(10))), list(reversed(range(-2, 3))), list(reversed(list(range(10, 0, -3)))))
    print(list(reversed(range(0))), list(reversed(range(5, 5))), list(reversed(range(3, -3))))
    r = list(range(2, 20, 5))
    back: list[int] = []
    for v in reversed(r):
        back.append(v)
    print(back, nums)
    for i, word in enumerate(list(reversed(words))):
        print(i, word, end=" ")
    print()
    for i in reversed(range(len(words))):
        print(words[i], end=" ")
    print()
    total = 0
    for x, y, z in zip(list(range(10, 13)), list(range(1000)), list(range(5, 1000))):
        total += x + y + z
    print(total, x, y, z)
    for x, y, z in zip(list(range(1000)), list(range(5, 1000)), list(range(10, 13))):
        pass
    print(x, y, z)


main()
