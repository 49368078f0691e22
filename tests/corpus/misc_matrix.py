# Matrix multiply and transpose with nested float lists.
def zeros(n: int, m: int) -> list[list[float]]:
    out: list[list[float]] = []
    for i in range(n):
        out.append([0.0] * m)
    return out


def matmul(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
    n = len(a)
    m = len(b[0])
    k = len(b)
    c = zeros(n, m)
    for i in range(n):
        for j in range(m):
            s = 0.0
            for t in range(k):
                s += a[i][t] * b[t][j]
            c[i][j] = s
    return c


a = zeros(3, 3)
for i in range(3):
    for j in range(3):
        a[i][j] = float(i + 2 * j) / 3.0
b = matmul(a, a)
print(b)
print(matmul(b, zeros(3, 2)))
