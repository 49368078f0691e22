# Floor division and modulus by constants (in compiled code, powers of two
# become shifts and masks, other divisors multiplications by magic numbers),
# at the edges of 64 bits, in a loop entered by on-stack replacement.
def main() -> None:
    vals = [0, 1, -1, 7, -7, 8, -8, 9, -9, 1023, -1024, 2**62, -2**62, 9223372036854775807, -9223372036854775807 - 1, 123456789, -987654321]
    total = 0
    for rep in range(3):
        for v in vals:
            print(v // 2, v % 2, v // 1, v % 1, v // 8, v % 8, v // 10, v % 10, v // 3, v % 3, v // 1024, v % 1024, v // 7, v % 7, v // 4096, v % 4096)
            print(v // -2, v % -2, v // -10, v % -10, v // -1 if v != -9223372036854775807 - 1 else 0, v % -1)
            total += v // 10 + v % 10 + v // 16 + v % 16
    print(total)
    for v in vals:
        print(v // 641, v % 641, v // 1000000007, v % 1000000007, v // 8589934593, v % 8589934593)
        print(v // 9223372036854775807, v % 9223372036854775807, v // 6, v % 6, v // 12345, v % 12345)
    k = 0
    for i in range(-50000, 50000):
        k += i // 7 + i % 7 + i // 16 + i % 16 + i // 1000 - i % 1000
    print(k)


main()
