# Printing lists uses repr for elements: quotes, escapes, None, nested lists, floats.
print(["a", "b'c", 'd"e', "tab\there", "new\nline", "back\\slash", ""])
print([1, -2, 3], [1.0, -0.0, 1e16, 0.1 + 0.2], [True, False])
grid: list[list[int]] = [[1, 2], [3], []]
print(grid, len(grid), grid[0], grid[-1])
names: list[str | None] = ["x", None]
print(names)
empty: list[float] = []
print(empty, [[1.5]])
