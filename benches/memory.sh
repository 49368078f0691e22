#!/usr/bin/env bash
# Peak-RSS growth per live 3-float object: 1,000,000 instances held in a list,
# minus the same program holding none. Prints jcvm's figure and CPython's.
# usage: benches/memory.sh [path/to/jcvm]   (default target/release/jcvm)
set -euo pipefail
cd "$(dirname "$0")/.."
jcvm=${1:-target/release/jcvm}
prog=benches/memory/points_million.py
n=1000000
rss() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
for who in jcvm cpython; do
  if [ "$who" = jcvm ]; then cmd=("$jcvm" run --jit off "$prog"); else cmd=(env PYTHONPATH=tests/shim python3 "$prog"); fi
  base=$(rss "${cmd[@]}" 0)
  full=$(rss "${cmd[@]}" "$n")
  awk -v w="$who" -v b="$base" -v f="$full" -v n="$n" \
    'BEGIN { printf "%-8s peak RSS %7d KB -> %7d KB: %.1f bytes per object (list slot included)\n", w, b, f, (f - b) * 1024 / n }'
done
"$jcvm" run --jit off --stats "$prog" 2>&1 >/dev/null | grep -E "live objects|live bytes|heap reserved"
