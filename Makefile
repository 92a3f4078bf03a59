# Two commands for a fresh machine:
#   make run    set up (virtualenv, package, gazetteer) and extract the events of the example report
#   make test   set up and run the test suite (what CI runs, through .ci/run)
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PYTEST_ARGS ?=

.PHONY: run test setup bench clean

$(BIN)/eventwire: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "eventwire needs Python 3.11 or newer; try: make $(MAKECMDGOALS) PYTHON=python3.11" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $@

setup: $(BIN)/eventwire

run: setup
	$(BIN)/eventwire extract examples/maiduguri_report.txt --format table
	$(BIN)/eventwire extract examples/maiduguri_report.txt --format jsonl > examples/events.jsonl
	@echo "full records (with evidence spans) written to examples/events.jsonl"

test: setup
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: setup
	$(BIN)/python bench/dev_accuracy.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info
