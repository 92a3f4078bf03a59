# Two commands for a fresh machine:
#   make run    set up (virtualenv, package, gazetteer) and extract the events of the example report
#   make test   set up and run the test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: run test setup bench clean

$(BIN)/eventwire: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $@

setup: $(BIN)/eventwire

run: setup
	$(BIN)/eventwire extract examples/*.txt --format table
	$(BIN)/eventwire extract examples/*.txt --format jsonl > examples/events.jsonl
	@echo "full records (with evidence spans) written to examples/events.jsonl"

test: setup
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python bench/dev_accuracy.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info
