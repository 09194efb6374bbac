# Two entry points for a fresh machine with Python 3.11+ and make:
#   make demo   install eventwire into .venv and run the bundled example
#   make test   install eventwire with its test tools and run the test suite
#   make browser  install Debian's chromium for the web view's browser tests (as root)
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test install install-dev lint clean browser

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-dev: $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"

demo: install
	$(BIN)/eventwire demo

test: install-dev
	$(BIN)/python -m pytest -q

# The browser tests drive Debian's chromium (never a downloaded one) and skip without it.
browser:
	@if [ -x /usr/bin/chromium ]; then echo "chromium: $$(/usr/bin/chromium --version 2>/dev/null)"; \
	elif [ "$$(id -u)" = 0 ]; then apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	else echo "chromium is missing and this is not root: the browser tests will skip"; fi

lint: install-dev
	$(BIN)/ruff check src tests bench tools
	$(BIN)/mypy src

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
