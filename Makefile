# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
FLASK := $(VENV)/bin/flask --app app
PO := $(wildcard translations/*/LC_MESSAGES/messages.po)
MO := $(PO:.po=.mo)

.PHONY: run serve test test-fast lint format translations extract catalogs index bench system-deps clean

run: $(VENV)/.runtime catalogs index  ## install, prepare and serve at http://127.0.0.1:5000
	$(FLASK) run --host 127.0.0.1 --port 5000

serve: $(VENV)/.runtime catalogs index  ## production-style server: gunicorn.conf.py, IOP_* settings
	$(VENV)/bin/gunicorn --config gunicorn.conf.py "app:create_app()"

test: $(VENV)/.dev catalogs system-deps  ## install test needs and run the whole suite
	$(PY) -m ruff check .
	$(PY) -m pytest

test-fast: $(VENV)/.dev catalogs  ## everything except the browser tests
	$(PY) -m pytest -m "not e2e"

bench: $(VENV)/.dev catalogs system-deps  ## performance and search benchmarks (prints tables)
	@command -v wrk >/dev/null 2>&1 || { [ "$$(id -u)" = "0" ] && apt-get install -y -qq wrk >/dev/null; } || true
	$(PY) bench/http_bench.py
	$(PY) bench/search_bench.py

lint: $(VENV)/.dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: $(VENV)/.dev
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(VENV)/bin/python
	$(PIP) install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(VENV)/bin/python
	$(PIP) install --quiet -r requirements-dev.txt
	touch $(VENV)/.runtime $@

# Debian packages the tests drive: chromium for the browser tests (never `playwright
# install`) and nginx for the reverse-proxy tests. Installed when missing and we are root;
# otherwise those tests say loudly why they skip (and fail in CI).
DEBIAN_TEST_PACKAGES := chromium nginx
system-deps:
	@missing=""; for p in $(DEBIAN_TEST_PACKAGES); do \
	  command -v $$p >/dev/null 2>&1 || [ -x /usr/sbin/$$p ] || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = "0" ]; then \
	    echo "Installing Debian packages for the tests:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else echo "missing and not root:$$missing (their tests skip locally, fail in CI)"; fi; \
	fi

# Translations: extract → update .po (translators edit these) → compile .mo (built, not committed).
translations: extract catalogs  ## re-extract messages, update every catalog, compile

extract: $(VENV)/.runtime
	$(VENV)/bin/pybabel extract -F babel.cfg -k _l -k lazy_gettext --no-location --sort-output -o translations/messages.pot .
	$(VENV)/bin/pybabel update -i translations/messages.pot -d translations --no-fuzzy-matching --ignore-obsolete

catalogs: $(VENV)/.runtime $(MO)

translations/%/LC_MESSAGES/messages.mo: translations/%/LC_MESSAGES/messages.po
	$(VENV)/bin/pybabel compile --statistics -i $< -o $@

index: $(VENV)/.runtime catalogs  ## build the search index if missing or stale
	$(FLASK) build-index

clean:
	rm -rf $(VENV) instance .pytest_cache .ruff_cache .hypothesis
	find translations -name '*.mo' -delete
