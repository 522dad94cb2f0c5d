.PHONY: serve test bench fuzz install

# Serve on http://127.0.0.1:8080 with live rebuild (installs what is missing first).
serve:
	scripts/serve.sh

# Everything CI runs: installs, fmt, clippy, native tests, release build, browser tests.
test:
	scripts/test.sh

# Benchmarks: sizes, load times, engine cost; writes docs/PERFORMANCE.md.
bench:
	scripts/bench.sh

# Fuzzing, not part of `make test`: each target for FUZZ_SECONDS (default 60). docs/FUZZING.md.
fuzz:
	scripts/fuzz.sh $(FUZZ_SECONDS)

install:
	scripts/install.sh test
