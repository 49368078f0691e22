# i64 overflow on << .
# jcvm: expect-error OverflowError: integer result out of 64-bit range
v = 3
for s in range(0, 70, 5):
    print(s, v << s)
