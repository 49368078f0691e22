#!/usr/bin/env bash
# Instructions per loop iteration calling p.get_x() (a 100,000-iteration run
# minus a 1-iteration run), jitclass (compiled eagerly) and __slots__ class.
# The hash seed is fixed: randomized dict probing moves the count by ~50.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-target/venv/bin/python}
count() {
    PYTHONHASHSEED=0 JCVM_JIT=eager valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        "$PY" benches/python/call_instructions.py "$@" 2>&1 | awk '/refs/ {gsub(",", "", $NF); print $NF}'
}
for kind in jitclass slots; do
    extra=(); [ "$kind" = slots ] && extra=(slots)
    big=$(count 100000 "${extra[@]}"); small=$(count 1 "${extra[@]}")
    echo "$kind: $(( (big - small) / 100000 )) instructions per iteration"
done
