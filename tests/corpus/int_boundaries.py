# i64 boundary arithmetic that stays in range.
big = 9223372036854775807
small = -9223372036854775807 - 1
print(big, small, big + small, big - 1, small + 1)
print(big // 2, small // 2, small % 10, big % 10, -big)
print(abs(small + 1), max(big, small), min(big, small))
print(2 ** 62, -(2 ** 62), 3 ** 39, (-3) ** 39, 7 ** 0, 0 ** 0)
print(big * 1, small * 1, big // -1, (big - 1) // 2 * 2)
print(int(9.2e18), int(-9.2e18), float(big), float(small))
