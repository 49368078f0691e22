# The few commands people type. See README.md.
CARGO ?= cargo

.PHONY: demo test bench compare memory fmt

## Build jcvm and run the main demo (a particle system) with run statistics.
demo:
	$(CARGO) build --release --bin jcvm
	./target/release/jcvm run --stats examples/particles.py

## Everything CI runs: unit tests, the GC tests, the CPython-checked corpus in
## every mode (interpreter, GC stress), the bad-input test and the bench smoke run.
test:
	$(CARGO) fmt --all -- --check
	$(CARGO) test --workspace --release
	$(CARGO) bench --bench tier0 -- --test

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
