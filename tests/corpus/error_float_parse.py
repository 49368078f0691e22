# float() of bad text.
for text in ["1.5", "1e3", "nan", "-inf", "abc"]:
    print(float(text))
