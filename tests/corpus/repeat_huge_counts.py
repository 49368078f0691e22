# Repeating an empty str or list by a huge count is instant; a str too long
# for CPython raises its OverflowError.
x = "" * 2**62
print(len(x))
z: list[int] = [] * 2**62
print(z)
print("ab" * 3, [1, 2] * 3, "é" * 2, [0] * 0)
y = "ab" * 2**62
