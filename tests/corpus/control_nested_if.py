# if/elif/else chains and nesting.
def classify(n: int) -> str:
    if n < 0:
        if n < -100:
            return "very negative"
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        if n % 2 == 0:
            return "small even"
        else:
            return "small odd"
    else:
        return "large"


for v in [-500, -5, 0, 3, 4, 10, 99]:
    print(v, classify(v))


def fizz(n: int) -> str:
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    return str(n)


out = ""
for i in range(1, 21):
    out = out + fizz(i) + " "
print(out)
