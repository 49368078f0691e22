# int(), float(), str(), bool() conversions.
print(int(3.99), int(-3.99), int("42"), int(" -17 "), int("1_000"), int(True))
print(float(3), float("2.5"), float(" -1e3 "), float("inf"), float("-0.0"), float(False))
print(str(12), str(-0.0), str(True), str(None), str(3.0), str(1e20), "[" + str(7) + "]")
print(bool(0), bool(3), bool(0.0), bool(-0.5), bool(""), bool("a"), bool([0]))
xs: list[int] = []
print(bool(xs), len(str(123456)), str(int("007")))
