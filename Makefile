# The two commands of the README: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint format translations bench clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "kzobserver needs Python 3.11 or newer ($(PYTHON) is older)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamps re-install when pyproject.toml changes.
$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	$(BIN)/kzobserver

lint: $(VENV)/.installed-test
	$(BIN)/ruff check kzobserver tests bench
	$(BIN)/ruff format --check kzobserver tests bench
	$(BIN)/mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

format: $(VENV)/.installed-test
	$(BIN)/ruff format kzobserver tests bench
	$(BIN)/ruff check --fix kzobserver tests bench

# Regenerate translation sources from the code, then compile them into package data.
translations: $(VENV)/.installed-run
	$(BIN)/pyside6-lupdate $$(find kzobserver -name '*.py' | sort) \
	  -ts resources/translations/kzobserver_ru.ts resources/translations/kzobserver_kk.ts
	for lang in ru kk; do \
	  $(BIN)/pyside6-lrelease resources/translations/kzobserver_$$lang.ts \
	    -qm kzobserver/data/translations/kzobserver_$$lang.qm; \
	done

bench: $(VENV)/.installed-run
	for script in bench/bench_*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
