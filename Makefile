# The single entry point. Every target creates the environment it needs.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed-stamp
DEMO_DIR ?= demo-output
POSTS  ?= 200000

.PHONY: help venv browser demo test lint bench eval clean

help:  ## list the targets
	@grep -E '^[a-z]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip 2>/dev/null || true
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

venv: $(STAMP)  ## create .venv and install brandrisk with its dev tools

demo: $(STAMP)  ## run the daily pipeline on the bundled recorded data and write the reports
	$(BIN)/brandrisk demo --out $(DEMO_DIR)

browser:  ## install Debian's chromium for the report tests (root + apt; skipped otherwise)
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing chromium (Debian package) for the browser tests"; \
	    apt-get update -qq >/dev/null && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium not found and cannot install it: browser tests will be skipped"; fi; }

test: $(STAMP) browser  ## run the whole test suite
	$(BIN)/python -m pytest -q

lint: $(STAMP)  ## ruff lint + format check, mypy
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: $(STAMP)  ## measure ingest/score/flag throughput and peak memory (POSTS=N)
	$(BIN)/brandrisk bench --posts $(POSTS)

eval: $(STAMP)  ## sentiment scorers on ../shared/data/sentiment (skips if absent), flag rules
	$(BIN)/brandrisk sentiment eval
	$(BIN)/brandrisk flags eval

clean:  ## remove the environment and generated output
	rm -rf $(VENV) $(DEMO_DIR) .pytest_cache .mypy_cache .ruff_cache

.PHONY: lab notebooks
LAB_ARGS ?=

lab: $(STAMP)  ## open JupyterLab on notebooks/ with the demo data (runs make demo if needed)
	@test -f $(DEMO_DIR)/brandrisk.duckdb || $(MAKE) demo
	$(BIN)/python notebooks/_brandrisk_nb.py refresh $(DEMO_DIR)/brandrisk.duckdb
	BRANDRISK_DB=$(abspath $(DEMO_DIR))/brandrisk.duckdb \
	  $(BIN)/jupyter lab --notebook-dir=notebooks $$([ "$$(id -u)" = 0 ] && echo --allow-root) \
	  $(LAB_ARGS)

notebooks: $(STAMP)  ## pair notebooks/*.py with their .ipynb after editing either (jupytext)
	$(BIN)/jupytext --sync $(filter-out notebooks/_%,$(wildcard notebooks/*.py))
