# luma-client: every command a contributor or CI needs. `make demo` and `make test` work on a fresh clone.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PRISM := mock/node_modules/.bin/prism
SPECTRAL := mock/node_modules/.bin/spectral
SPEC := spec/luma.openapi.yaml
MOCK_PORT ?= 4010
export PATH := $(CURDIR)/$(BIN):$(PATH)

.PHONY: setup generate check-generated lint spec-lint mock demo test bench clean

setup: $(VENV)/.installed mock/node_modules/.installed ## create .venv and install the project, dev tools and the pinned mock

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11+ is required (set PYTHON=...)")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,fake,cli]'
	touch $@

mock/node_modules/.installed: mock/package.json mock/package-lock.json
	cd mock && npm ci --no-fund --no-audit --loglevel=error
	touch $@

generate: setup ## regenerate generated/luma_api from the spec
	$(BIN)/python generated/build.py generate

check-generated: setup ## fail if generated/luma_api differs from what the spec generates
	$(BIN)/python generated/build.py check

spec-lint: setup ## lint the spec with Spectral (oas ruleset + project rules), zero warnings allowed
	$(SPECTRAL) lint $(SPEC) --ruleset .spectral.yaml --fail-severity=warn --quiet

lint: setup ## ruff + mypy --strict on everything we write, mypy --strict on the generated code
	$(BIN)/ruff check overlays tests examples bench generated/build.py generated/luma_api/_extras.py
	$(BIN)/ruff format --check overlays tests examples bench generated/build.py generated/luma_api/_extras.py
	$(BIN)/mypy overlays tests examples bench generated/build.py
	cd generated && ../$(BIN)/mypy luma_api

mock: setup ## serve the spec with Prism on 127.0.0.1:$(MOCK_PORT) until stopped
	$(PRISM) mock $(SPEC) --host 127.0.0.1 --port $(MOCK_PORT) --verboseLevel warn

demo: $(VENV)/.installed ## run examples/quickstart.py against Fake Luma (stateful, no Node needed)
	$(BIN)/python -m luma_client.testing.fake --port 0 --clock real \
		--populate events=4,guests_per_event=5 -- $(BIN)/python examples/quickstart.py

# The stateful contract suite runs in a process of its own: its derandomized scenarios are the
# same on every run only from a fresh process, not after other schemathesis suites were loaded.
STATEFUL := tests/contract/test_fake_stateful.py

test: setup lint check-generated spec-lint ## everything CI runs
	$(BIN)/python -m pytest --ignore=$(STATEFUL)
	$(BIN)/python -m pytest $(STATEFUL)

bench: setup ## run the benchmarks and write bench/RESULTS.md
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) mock/node_modules .mypy_cache .ruff_cache .hypothesis .schemathesis
