# Float floor division by zero.
a = 7.5
print(a // 2.0)
print(a // 0.0)
