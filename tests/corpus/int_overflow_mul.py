# i64 overflow on multiplication and power.
# jcvm: expect-error OverflowError: integer result out of 64-bit range
f = 1
for i in range(1, 30):
    f = f * i
    print(i, f)
