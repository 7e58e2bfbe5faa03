# Portal Layanan Publik. `make run` serves the demo site; `make test` runs every check.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip --disable-pip-version-check --quiet
HOST ?= 127.0.0.1:8000
# Two test processes: the suite is mostly waiting on the database and the browser.
PYTEST_ARGS ?= -n 2

.PHONY: run install install-test browser lint format test messages clean scale-demo bench scan lock

$(PY):
	$(PYTHON) -m venv $(VENV)

# Reinstall only when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(PY)
	$(PIP) install -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(PIP) install -e '.[test]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

run: install
	@mkdir -p var/static var/media var/private
	@$(PY) -m config.preflight
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py runserver $(HOST)

# Chromium, axe-core, Java and the Nu HTML checker (vnu.jar) for the browser and HTML-validity
# tests. Without them those tests report themselves skipped.
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "Installing Debian's chromium for the browser tests…"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
		else \
			echo "Chromium is missing: run 'sudo apt-get install chromium' to run the browser tests (skipped for now)."; \
		fi; \
	fi
	@if ! command -v java >/dev/null; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "Installing Debian's default-jre-headless for the HTML checker…"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null; \
		else \
			echo "Java is missing: run 'sudo apt-get install default-jre-headless' to run the HTML checks (skipped for now)."; \
		fi; \
	fi
	@if command -v npm >/dev/null; then \
		[ -f tests/e2e/node_modules/axe-core/axe.min.js ] && [ -f tests/e2e/node_modules/vnu-jar/build/dist/vnu.jar ] \
			|| npm ci --prefix tests/e2e --no-audit --no-fund --silent; \
	else \
		echo "npm is missing: the accessibility and HTML checks in the browser tests will be skipped."; \
	fi

lint: install-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check templates
	# Medium and high findings fail; low ones are listed only with a plain `bandit -c pyproject.toml -r .`.
	$(VENV)/bin/bandit -c pyproject.toml -r . --severity-level medium --quiet
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

format: install-test
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml templates

test: lint browser
	$(VENV)/bin/pytest $(PYTEST_ARGS)

# $(call debian_package,PACKAGE): install Debian's PACKAGE when its command is missing (as root), else stop.
debian_package = if ! command -v $(1) >/dev/null && [ ! -x /usr/sbin/$(1) ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "Installing Debian's $(1)…"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(1) >/dev/null; \
		else \
			echo "$(1) is missing: run 'sudo apt-get install $(1)' first."; exit 1; \
		fi; \
	fi

# Two app nodes behind nginx with PostgreSQL, Redis and a task worker; checks that they share
# everything and survive losing a node (deploy/scale_demo.py). .ci/run passes a short form in
# SCALE_DEMO_ARGS.
scale-demo: install
	@$(call debian_package,nginx)
	$(PY) deploy/scale_demo.py $(SCALE_DEMO_ARGS)

# Dynamic security scan with Debian's wapiti of the site served from the hash-locked requirements,
# signed in as a resident; fails on any finding (deploy/security_scan.py). SCAN_ARGS: longer runs.
scan: install
	@$(call debian_package,wapiti)
	$(PY) deploy/security_scan.py $(SCAN_ARGS)

# Pin every production dependency with its hashes (requirements/production.txt) after a change to
# pyproject.toml; LOCK_ARGS=--upgrade moves every pin to the newest version pyproject.toml allows.
lock: install-test
	$(VENV)/bin/pip-compile --quiet --generate-hashes --strip-extras --no-emit-index-url \
		--no-emit-find-links $(LOCK_ARGS) --output-file requirements/production.txt pyproject.toml

# Load test of the public pages on the scale data with gunicorn and wrk (tests/bench/http_bench.py):
# needs PostgreSQL and Redis (BENCH_DATABASE_URL, BENCH_REDIS_URL).
bench: install
	@$(call debian_package,wrk)
	$(PY) tests/bench/http_bench.py

# Update locale/id/LC_MESSAGES/django.po from the code, then compile it (needs GNU gettext).
messages: install
	$(PY) manage.py makemessages -l id --no-obsolete --ignore='.venv/*' --ignore='var/*' --ignore='tests/*'
	$(PY) manage.py compilemessages -l id --ignore='.venv/*'

clean:
	rm -rf $(VENV) var/static var/test-media var/test-private tests/e2e/node_modules
