#!/usr/bin/env bash
# Instructions per loop iteration (a 100,000-iteration run minus a
# 1-iteration run) of p.get_x() (an accessor), p.scaled(2.0) (a real call),
# p.x and p.x = 2.5, on a jitclass (compiled eagerly) and a __slots__ class.
# The hash seed is fixed: randomized dict probing moves the count by ~50.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-target/venv/bin/python}
count() {
    PYTHONHASHSEED=0 JCVM_JIT=eager valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        "$PY" benches/python/call_instructions.py "$@" 2>&1 | awk '/refs/ {gsub(",", "", $NF); print $NF}'
}
for method in get_x scaled read write; do
    for kind in jitclass slots; do
        big=$(count 100000 "$kind" "$method"); small=$(count 1 "$kind" "$method")
        echo "$method, $kind: $(( (big - small) / 100000 )) instructions per iteration"
    done
done
