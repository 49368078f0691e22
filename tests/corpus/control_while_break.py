# while loops with break/continue, nested loops, and loop-else-free patterns.
n = 0
found = -1
while True:
    n += 1
    if n % 2 == 0:
        continue
    if n * n > 200:
        found = n
        break
print(n, found)
count = 0
i = 0
while i < 10:
    j = 0
    while j < 10:
        if j > i:
            break
        if (i + j) % 3 == 0:
            j += 1
            continue
        count += 1
        j += 1
    i += 1
print(count)
primes: list[int] = []
k = 2
while len(primes) < 15:
    is_prime = True
    for p in primes:
        if p * p > k:
            break
        if k % p == 0:
            is_prime = False
            break
    if is_prime:
        primes.append(k)
    k += 1
print(primes)
