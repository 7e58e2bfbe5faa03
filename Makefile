# Portal Layanan Publik. `make run` serves the demo site; `make test` runs every check.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip --disable-pip-version-check --quiet
HOST ?= 127.0.0.1:8000
# Two test processes: the suite is mostly waiting on the database and the browser.
PYTEST_ARGS ?= -n 2

.PHONY: run install install-test browser lint format test messages clean

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

# Chromium and axe-core for the browser tests. Without them those tests report themselves skipped.
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "Installing Debian's chromium for the browser tests…"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
		else \
			echo "Chromium is missing: run 'sudo apt-get install chromium' to run the browser tests (skipped for now)."; \
		fi; \
	fi
	@if command -v npm >/dev/null; then \
		[ -f tests/e2e/node_modules/axe-core/axe.min.js ] || npm ci --prefix tests/e2e --no-audit --no-fund --silent; \
	else \
		echo "npm is missing: the accessibility checks in the browser tests will be skipped."; \
	fi

lint: install-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check templates
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

format: install-test
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml templates

test: lint browser
	$(VENV)/bin/pytest $(PYTEST_ARGS)

# Update locale/id/LC_MESSAGES/django.po from the code, then compile it (needs GNU gettext).
messages: install
	$(PY) manage.py makemessages -l id --no-obsolete --ignore='.venv/*' --ignore='var/*' --ignore='tests/*'
	$(PY) manage.py compilemessages -l id --ignore='.venv/*'

clean:
	rm -rf $(VENV) var/static var/test-media var/test-private tests/e2e/node_modules
