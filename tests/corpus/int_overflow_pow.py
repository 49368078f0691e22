# i64 overflow on ** .
# jcvm: expect-error OverflowError: integer result out of 64-bit range
for e in range(60, 70):
    print(e, 2 ** e)
