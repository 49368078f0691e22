# The recursion limit is checked at a small function's call even when jcvm
# inlines it: the innermost frame is the line that calls the leaf.
def leaf(n: int) -> int:
    return n + 1


def down(n: int) -> int:
    m = leaf(n)
    return down(m)


print("start")
print(down(0))
