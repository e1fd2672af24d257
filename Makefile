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

# The suite on xdist workers: most tests wait (subprocesses, the app's idle waits), so more
# workers than this machine's 2 cores is fastest (3 as fast as 4, with less contention; 2 is
# slower). Tests marked serial time themselves against a target and run after, alone. Plain
# `pytest` runs everything in one process.
TEST_WORKERS ?= 3

test: install
	$(BIN)/lint-imports --no-logo
	$(BIN)/mypy
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist worksteal -m "not serial"
	$(BIN)/python -m pytest -m serial

lint: install
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-logo

typecheck: install
	$(BIN)/mypy

# `make bench URL=postgresql://…/empty_db`: the same figures on PostgreSQL too, printed beside SQLite's.
bench: install
	$(BIN)/python -m benchmarks $(if $(URL),--url $(URL))

clean-demo:
	rm -f $(DEMO) $(DEMO)-wal $(DEMO)-shm $(DEMO).config.toml
