# Two commands do all set-up on a fresh machine (Debian, Python 3.11):
#   make dashboard   - installs everything, builds data/kzvol.duckdb if missing, starts the dashboard
#   make test        - installs everything (including Debian's chromium) and runs the whole pytest suite
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8501

.PHONY: dashboard test lint build chromium bench

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

# Debian's chromium: used by kaleido (server-side PNG export) and by the Playwright browser tests.
chromium:
	@command -v chromium >/dev/null 2>&1 || { apt-get update && apt-get install -y chromium; }

dashboard: $(VENV)/.installed chromium
	$(VENV)/bin/streamlit run app.py --server.port $(PORT) --server.fileWatcherType none --browser.gatherUsageStats false --runner.postScriptGC false

build: $(VENV)/.installed
	$(PY) -m loaders build

test: $(VENV)/.installed chromium
	$(PY) -m pytest

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
