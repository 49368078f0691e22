# math.sqrt of a negative number: "math domain error".
import math

for x in [4.0, 2.0, 0.0, -1.0]:
    print(math.sqrt(x))
