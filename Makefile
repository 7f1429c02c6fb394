# Everything a user runs. `make demo` and `make test` work on a fresh clone with Python 3.11.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
SHARED ?= ../shared
DB     ?= data/news.db
# `make bench BENCH_ARGS=--tiny` for a smoke run; see `python -m bench.run --help`.
BENCH_ARGS ?=

.PHONY: demo test eval lint format browse bench reextract clean

# The virtualenv is rebuilt when the dependencies change.
$(VENV)/.installed: pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c requirements.lock -e '.[dev]'
	touch $@

venv: $(VENV)/.installed

demo: $(VENV)/.installed   ## crawl the bundled sample site into data/news.db
	$(PY) -m crawler.demo --db $(DB)

test: $(VENV)/.installed   ## the whole test suite
	$(PY) -m pytest -q

eval: $(VENV)/.installed   ## accuracy on the shared gold pages and on the project's own gold corpus
	@if [ -f $(SHARED)/eval/score.py ]; then \
		echo "== $(SHARED)/eval/public"; $(PY) $(SHARED)/eval/score.py $(SHARED)/eval/public; \
		echo "== Wikinews quotes"; $(PY) $(SHARED)/eval/wikinews_quotes.py $(SHARED)/eval/wikinews-dev.jsonl; \
		echo "== tests/gold (the project's own corpus)"; $(PY) $(SHARED)/eval/score.py tests/gold; \
	else \
		echo "$(SHARED)/eval not found (it lives beside the project checkout in our CI)"; \
	fi

bench: $(VENV)/.installed   ## extraction, crawl, storage, memory, re-extraction against their references -> bench/results/
	$(PY) -m bench.run $(BENCH_ARGS)

reextract: $(VENV)/.installed   ## run the current extractors over the archived pages, no network
	$(PY) -m crawler.reextract --db $(DB)

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.installed
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

browse: $(VENV)/.installed   ## Datasette on http://127.0.0.1:8001/, read-only, with descriptions, stored queries, dashboard
	@test -f $(DB) || { echo "$(DB) not found: run 'make demo' (or a crawl) first"; exit 1; }
	@# The metadata is keyed to the database name, which Datasette takes from the file name.
	@[ "$(notdir $(DB))" = news.db ] || echo "note: descriptions, queries and dashboard apply to a file named news.db"
	$(VENV)/bin/datasette serve -i $(DB) --metadata data/datasette/metadata.yml \
		--static citynews:data/datasette/static --host 127.0.0.1 --port 8001

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
