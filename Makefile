# Two commands: `make run` (the app on demo data) and `make test` (import contracts, types, then the whole suite).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
DEMO   := demo/brent-demo.sqlite

.PHONY: run test install bench lint typecheck demo clean-demo

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

$(DEMO): | $(VENV)/.installed
	$(BIN)/brent-tui demo --db $(DEMO)

demo: $(DEMO)

run: install demo
	$(BIN)/brent-tui --db $(DEMO) --config $(DEMO).config.toml

# Workers for the test suite: most tests wait (subprocesses, the app's idle waits), so more
# workers than this machine's 2 cores is fastest. `make test TEST_WORKERS=0` runs it serially.
TEST_WORKERS ?= 4

test: install
	$(BIN)/lint-imports --no-logo
	$(BIN)/mypy
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist worksteal

lint: install
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-logo

typecheck: install
	$(BIN)/mypy

bench: install
	$(BIN)/python -m benchmarks

clean-demo:
	rm -f $(DEMO) $(DEMO)-wal $(DEMO)-shm $(DEMO).config.toml
