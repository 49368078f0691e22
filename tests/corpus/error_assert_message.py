# A failing assert with a message.
values = [3, 1, 2]
for i in range(len(values) - 1):
    print(values[i])
    assert values[i] < values[i + 1], "not sorted at " + str(i)
