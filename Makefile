# The few commands people type. See README.md.
CARGO ?= cargo
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c

.PHONY: demo test bench compare memory fmt

## Build jcvm and run the main demo (a particle system) with run statistics.
demo:
	$(CARGO) build --release --bin jcvm
	./target/release/jcvm run --stats examples/particles.py

## Everything CI runs: unit tests, the GC tests, the CPython-checked corpus in
## every mode (interpreter, GC stress), the bad-input test and the bench smoke run.
test:
	$(CARGO) fmt --all -- --check
	mkdir -p target
	$(CARGO) test --workspace --release 2>&1 | tee target/test.log
	$(CARGO) bench --bench tier0 -- --test
	@python3 tests/summarize.py target/test.log

## Criterion benchmarks of the interpreter.
bench:
	$(CARGO) bench --bench tier0

## jcvm --jit off against CPython, side by side (medians); see BENCHMARKS.md.
compare:
	$(CARGO) build --release --bin jcvm
	python3 benches/compare.py

## Peak-RSS bytes per live 3-float object.
memory:
	$(CARGO) build --release --bin jcvm
	benches/memory.sh

fmt:
	$(CARGO) fmt --all
