# Stegvis developer commands. `make run` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench demo clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## Open the app on a fresh copy of the bundled demo project.
run: $(STAMP)
	$(BIN)/stegvis --demo

## Run the whole test suite (offscreen, no display needed).
test: $(STAMP)
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python -m pytest -q

## Speed figures as JSON Lines: one object per benchmark, its name under "benchmark"
## (benchmarks/README.md). Only some: make bench BENCHMARKS="grouping import_edit"
BENCHMARKS ?= coding import_edit grouping
bench: $(STAMP)
	@for b in $(BENCHMARKS); do \
	  out=$$(QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python benchmarks/bench_$$b.py) || exit 1; \
	  printf '%s\n' "$$out" | $(BIN)/python -c 'import json, sys; \
	    print(json.dumps({"benchmark": sys.argv[1], **json.load(sys.stdin)}, ensure_ascii=False))' $$b || exit 1; \
	done

clean:
	rm -rf $(VENV) build dist *.egg-info
