#!/usr/bin/env bash
# The whole peer comparison: tiered jcvm and the jcvm interpreter against
# CPython, PyPy (Debian's pypy3), mypyc (each program compiled by mypyc) and
# the hand-written Rust versions in benches/rust/, side by side, medians of
# whole-process wall-clock times (benches/compare.py).
#
# Installs the peers it needs when they are missing (as root: apt-get install
# pypy3; a venv at target/peers-venv with mypy, for mypyc; the Rust versions
# built with cargo). Never run by CI: the peers are benchmark-only.
#
#   bash benches/peers.sh                  # all programs, 5 runs each
#   bash benches/peers.sh --runs 3 nbody binary_trees:12
#   PEERS_INSTALL_ONLY=1 bash benches/peers.sh   # install, do not time
#
# Arguments are passed on to compare.py (program names, --runs, --timeout...).
# JCVM (default target/release/jcvm) names the jcvm binary; it is not built here.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

PYTHON="${PYTHON:-python3}"
JCVM="${JCVM:-$ROOT/target/release/jcvm}"
VENV="$ROOT/target/peers-venv"
RUST_DIR="$ROOT/benches/rust"

log() { printf 'peers.sh: %s\n' "$*" >&2; }

# PyPy: Debian's pypy3.
if ! command -v pypy3 >/dev/null 2>&1; then
    log "installing pypy3 (apt-get)"
    SUDO=""
    if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq pypy3 >/dev/null
fi
PYPY="$(command -v pypy3)"

# mypyc: mypy in a venv made from the same CPython the programs are timed
# with (a mypyc-compiled module only loads into the CPython that built it).
if [ ! -x "$VENV/bin/mypyc" ]; then
    log "making $VENV with mypy (for mypyc)"
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/pip" install -q --upgrade pip
    "$VENV/bin/pip" install -q mypy setuptools
fi

# The hand-written Rust versions: a standalone Cargo project (not a member of
# the workspace), one binary per program name.
log "building the Rust versions (benches/rust)"
cargo build -q --release --manifest-path "$RUST_DIR/Cargo.toml"
RUST_BIN="$RUST_DIR/target/release"

if [ ! -x "$JCVM" ]; then
    log "no jcvm binary at $JCVM (build it: cargo build --release --bin jcvm)"
    exit 1
fi

if [ -n "${PEERS_INSTALL_ONLY:-}" ]; then
    log "peers installed: $PYPY, $VENV/bin/mypyc, $RUST_BIN"
    exit 0
fi

# CPython is the venv's interpreter (the same CPython, so the mypyc modules
# load into it); the jcvm columns are the interpreter (--jit off, always run)
# and the default tiered policy (--jit auto).
exec "$VENV/bin/python" benches/compare.py \
    --python "$VENV/bin/python" \
    --jcvm "$JCVM" \
    --mode "--jit auto" \
    --pypy "$PYPY" \
    --mypyc "$VENV/bin/mypyc" \
    --rust "$RUST_BIN" \
    "$@"
