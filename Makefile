# The one entry point for people: `make run`, `make test`, `make lint`, `make bench`, `make messages`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
BUILD := arfer/core/static/arfer/build
GOVUK := node_modules/govuk-frontend/dist/govuk
PYTEST_ARGS ?=

.PHONY: setup run test lint bench bench-http messages clean

setup: $(VENV)/.installed $(BUILD)/.built

$(VENV)/.installed: requirements.txt requirements-dev.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -r requirements.txt -r requirements-dev.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

node_modules/.installed: package.json
	npm install --no-audit --no-fund --loglevel=error
	touch $@

$(BUILD)/.built: node_modules/.installed $(wildcard assets/scss/*.scss assets/scss/*/*.scss assets/js/*)
	mkdir -p $(BUILD)
	node_modules/.bin/sass --load-path=node_modules/govuk-frontend/dist --style=compressed \
		--no-source-map --quiet-deps assets/scss/arfer.scss $(BUILD)/arfer.css
	cp $(GOVUK)/govuk-frontend.min.js assets/js/arfer.mjs $(BUILD)/
	touch $@

# Served as for real: debug off. `ARFER_DEBUG=1 make run` turns on Django's technical pages.
run: setup
	$(BIN)/arfer migrate --noinput
	$(BIN)/arfer demo --if-empty
	$(BIN)/arfer serve --port $(PORT)

test: setup
	$(BIN)/pytest -n auto $(PYTEST_ARGS)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/djlint arfer --lint --quiet
	$(BIN)/mypy

# Every benchmark runs even when an earlier one misses a target; any missing one fails the target.
bench: setup
	$(BIN)/python benchmarks/search.py; searched=$$?; \
	$(BIN)/python benchmarks/search_quality.py; judged=$$?; \
	$(BIN)/python benchmarks/search_index_size.py; sized=$$?; \
	$(BIN)/python benchmarks/rollout.py; rolled=$$?; \
	$(BIN)/python benchmarks/imports.py; imported=$$?; \
	$(BIN)/python benchmarks/import_lock.py; locked=$$?; \
	$(BIN)/python benchmarks/board.py; boarded=$$?; \
	$(BIN)/python benchmarks/my_work.py; worked=$$?; \
	$(BIN)/python benchmarks/api.py; served=$$?; \
	$(MAKE) bench-http && exit $$(( searched || judged || sized || rolled || imported || locked || boarded || worked || served ))

# Over real HTTP, as production serves it, side by side with Datasette on the same file.
bench-http: setup $(VENV)/.bench-installed
	$(BIN)/python benchmarks/over_http.py

$(VENV)/.bench-installed: requirements-bench.txt $(VENV)/.installed
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -r requirements-bench.txt
	touch $@

messages: setup
	cd arfer && ../$(BIN)/arfer makemessages --locale cy --no-obsolete --no-location \
		--ignore 'static/*'
	cd arfer && ../$(BIN)/arfer compilemessages --locale cy

clean:
	rm -rf $(VENV) node_modules $(BUILD)
