# Nested lists as a grid, with negative indices and in-place updates.
n = 4
grid: list[list[float]] = []
for i in range(n):
    row: list[float] = []
    for j in range(n):
        row.append(float(i * n + j) / 2.0)
    grid.append(row)
grid[-1][-1] = -1.0
grid[0][0] += 0.25
for row in grid:
    print(row)
s = 0.0
for i in range(n):
    s += grid[i][i] + grid[i][-1 - i]
print(s, len(grid[0]), grid[2][1])
