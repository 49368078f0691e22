# The few commands people type. See README.md.
CARGO ?= cargo
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c

.PHONY: demo test python-package python-test bench bench-python compare memory fmt

# The Python package is installed into this venv (made on first use).
VENV := target/venv
PY := $(VENV)/bin/python

## The main demo: installs the jcvm Python package into target/venv, runs the
## gravity simulation with @jitclass and then under plain CPython, then runs
## the particle script on the jcvm binary with run statistics.
demo: python-package
	$(PY) examples/gravity.py
	$(CARGO) build --release --bin jcvm
	./target/release/jcvm run --stats examples/particles.py

$(PY):
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip maturin pytest

## `pip install .`: builds the wheel with maturin (PEP 517) and installs it.
python-package: $(PY)
	$(VENV)/bin/pip install -q --force-reinstall --no-deps .

## The pytest suite of the Python package, then again with the GC collecting
## at every allocation (the million-proxy leak check only runs once).
python-test: python-package
	$(PY) -m pytest python/tests -q
	JCVM_GC_STRESS=1 $(PY) -m pytest python/tests -q -k "not million"

## Everything CI runs: unit tests, the GC tests, the CPython-checked corpus in
## every mode (interpreter, JIT eager / tiered / auto, GC stress with and without
## the JIT), the differential test per tier, the bad-input test and the bench smoke run.
## Cranelift's IR verifier checks every function the tests compile.
test: export JCVM_JIT_VERIFY = 1
test:
	$(CARGO) fmt --all -- --check
	mkdir -p target
	$(CARGO) test --workspace --release 2>&1 | tee target/test.log
	$(CARGO) bench --bench tiers -- --test
	@python3 tests/summarize.py target/test.log
	$(MAKE) python-test

## Python → native boundary costs (field read/write, method call, constructor,
## cold start) against a __slots__ class and Numba's jitclass, in a bench-only
## venv (target/bench-venv: numba is never a test dependency).
BENCH_VENV := target/bench-venv
bench-python:
	test -x $(BENCH_VENV)/bin/python || python3 -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip install -q numba
	$(BENCH_VENV)/bin/pip install -q --force-reinstall --no-deps .
	$(BENCH_VENV)/bin/python benches/python/boundary.py

## Criterion benchmarks of the interpreter.
bench:
	$(CARGO) bench --bench tiers

## jcvm --jit off against CPython, side by side (medians of 11: with 5, single
## programs moved by up to 0.2x between runs on the 2-core VM); see BENCHMARKS.md.
compare:
	$(CARGO) build --release --bin jcvm
	python3 benches/compare.py --runs 11

## Peak-RSS bytes per live 3-float object.
memory:
	$(CARGO) build --release --bin jcvm
	benches/memory.sh

fmt:
	$(CARGO) fmt --all
