# Two commands set everything up on a fresh machine with Python 3.11: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: install install-cluster index run test lint bench clean-index

# torch is pinned first: here 2.13.0 resolves to a local CPU wheel; an unpinned torch pulls CUDA packages.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

# Optional: Ray, for `qa-index build --ray` (install it on every node of the cluster). `make test` runs the Ray
# tests when it is there and skips them, saying why, when it is not.
CLUSTER_STAMP := $(VENV)/.installed-cluster
$(CLUSTER_STAMP): $(STAMP)
	$(BIN)/pip install -q -e ".[test,cluster]"
	touch $(CLUSTER_STAMP)

install-cluster: $(CLUSTER_STAMP)

# Corpus, index folder, model, host and port come from QA_CORPUS, QA_INDEX, QA_MODEL, QA_UI_HOST, QA_UI_PORT (see
# README); HOST and PORT work for `make run` too. No QA_CORPUS: the folder the index was built from (articles/ for a
# first build). The build and the app read the same QA_MODEL, so the index is built with the model that asks it.
index: install
	$(BIN)/qa-index build $${QA_CORPUS:+"$$QA_CORPUS"} --index "$${QA_INDEX:-index}" \
		$${QA_MODEL:+--model "$$QA_MODEL"} --if-stale

run: index
	$(BIN)/python ui.py $${HOST:+--host "$$HOST"} $${PORT:+--port "$$PORT"}

lint: install
	$(BIN)/ruff check .
	$(BIN)/lint-imports

# Two workers (pytest-xdist), a file at a time so each module's fixtures (a served app, a Ray instance) start once;
# tests/conftest.py puts the longest files first, in the order the workers take them.
test: lint
	$(BIN)/pytest -q -ra -n 2 --dist loadfile --no-loadscope-reorder

bench: install
	$(BIN)/python benchmarks/multihop_rag.py
