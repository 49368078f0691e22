# int() of a non-numeric string raises ValueError with CPython's message.
for text in ["12", " 7 ", "-3", "4.5"]:
    print(int(text))
