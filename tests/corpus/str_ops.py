# str concatenation, repetition, indexing, comparison, len.
s = "hello"
t = "world"
print(s + " " + t, len(s + t), s[0], s[-1], s[4], t[-5])
print("ab" * 3, 3 * "xy", "-" * 0, "abc" < "abd", "b" > "abc", "a" == "a", "a" != "b")
print("Z" < "a", "" < "a", "apple" <= "apple", "é" > "e", len("héllo"), "héllo"[1])
words = ["delta", "alpha", "charlie", "bravo"]
best = words[0]
for w in words:
    if w < best:
        best = w
print(best, max(words), min(words), "alpha" in words, "zulu" in words)
acc = ""
for ch in "abc":
    acc = ch + acc
print(acc, str(len(acc)) + "!")
