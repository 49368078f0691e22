# Building strings from numbers: padding by hand, joining with separators.
def pad(s: str, width: int) -> str:
    while len(s) < width:
        s = " " + s
    return s


def join(parts: list[str], sep: str) -> str:
    out = ""
    for i in range(len(parts)):
        if i > 0:
            out = out + sep
        out = out + parts[i]
    return out


rows: list[str] = []
for n in [1, 22, 333, 4444]:
    rows.append(pad(str(n), 6) + "|" + pad(str(n * 0.5), 8))
print(join(rows, "\n"))
print(join(["a", "b", "c"], ", "), join([], "-") == "", "x" + join(["1"], "+"))
