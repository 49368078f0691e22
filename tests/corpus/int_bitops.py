# Bit operations and shifts on negative and positive ints.
vals = [0, 1, -1, 5, -5, 255, -256, 1 << 40, -(1 << 40), 9223372036854775807]
for a in vals:
    print(a, ~a, a & 0xFF, a | 3, a ^ -1, a >> 1, a >> 3, a >> 63, a >> 100)
for s in range(0, 63, 7):
    print(s, 1 << s, -1 << s, 3 << s if s < 60 else 0)
print(True & False, True | False, True ^ True, 6 & 3 | 8)
