# sys.argv holds the script path (and any arguments).
import sys

print(len(sys.argv))
print(len(sys.argv[0]) > 0)
n = 5
if len(sys.argv) > 1:
    n = int(sys.argv[1])
print(n * 2)
