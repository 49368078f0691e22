# i64 overflow on addition raises OverflowError in jcvm (CPython grows a big int).
# jcvm: expect-error OverflowError: integer result out of 64-bit range
x = 9223372036854775000
for i in range(10):
    print(x)
    x = x + 100
print("unreachable in jcvm", x)
