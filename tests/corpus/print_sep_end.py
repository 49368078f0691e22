# print() with sep= and end=, and with no arguments.
print("a", "b", "c", sep="-")
print("no newline", end="")
print(" continued")
print(1, 2.5, True, None, "s", sep=", ", end=" |\n")
print()
print("x", end="")
print()
print("a", "b", sep="")
sep = "::"
print(1, 2, 3, sep=sep, end="!\n")
