# Two entry points: `make demo` (build the graph, answer the analyst questions) and `make test`.
# Both create the virtual environment and install everything they need on first use.

# bash with pipefail: a command whose output a recipe pipes through `tee` fails the recipe when it fails (without it,
# `… | tee out/x.md || exit 1` tested tee's status only)
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
OUT    ?= out
# Real UPR data, ingested by `make demo` when it is there (it is not bundled with the package).
REALDATA ?= ../shared/realdata
# The seed news articles: `make demo` extracts candidate facts from them and scores the extractor.
SEEDS ?= ../shared/seeds
# The real news articles with hand-labelled gold (tests/gold/articles): `make demo` scores both parts of the split.
ARTICLES ?= ../shared/articles
# The texts of the held-out unseen articles (tests/gold/unseen/README.md: not in the repository).
UNSEEN ?= ../unseen/articles
# Where `make setup` puts the web libraries of the workbench, chart and explorer pages (see below).
VENDOR = graph/publish/static/vendor

.PHONY: setup system-deps demo test lint shapes generated clean

setup: $(VENV)/.installed $(VENDOR)/.installed

# Debian packages the tests use: Virtuoso (a real SPARQL server for the endpoint tests) and Chromium
# (the explorer is tested in it, driven by Playwright; Playwright never downloads a browser here).
DEBS = virtuoso-opensource-7-bin chromium raptor2-utils
SUDO = $(shell [ "$$(id -u)" = 0 ] || echo sudo)
system-deps:
	@command -v virtuoso-t >/dev/null && command -v isql-vt >/dev/null && command -v chromium >/dev/null && command -v rapper >/dev/null || { \
	  echo "installing Debian packages: $(DEBS)"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  $(SUDO) apt-get install -y --no-install-recommends $(DEBS) || \
	  { $(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends $(DEBS); }; }

# The web libraries of `rightsgraph serve`'s pages (YASGUI, Plot, D3) and of the explorer (vis-network), from npm
# by the lock file, copied into the package (git-ignored) with their licences: served by the server itself or
# inlined into the explorer's page, nothing fetched at run time.
# Node.js and npm come from Debian when the machine lacks them.
$(VENDOR)/.installed: web/package-lock.json web/package.json web/vendor.mjs
	@command -v node >/dev/null && command -v npm >/dev/null || { \
	  echo "installing Debian packages: nodejs npm"; export DEBIAN_FRONTEND=noninteractive; \
	  $(SUDO) apt-get install -y --no-install-recommends nodejs npm || \
	  { $(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends nodejs npm; }; }
	cd web && npm ci --ignore-scripts --no-audit --no-fund
	node web/vendor.mjs $(VENDOR)
	touch $@

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

demo: setup
	$(BIN)/rightsgraph build $$([ -d $(SEEDS) ] && echo --texts $(SEEDS))
	$(BIN)/rightsgraph validate
	if [ -d $(REALDATA) ]; then \
	  $(BIN)/rightsgraph ingest upr-info $(REALDATA)/uprinfo-terman/uprinfo-v2/*.csv && \
	  $(BIN)/rightsgraph ingest ohchr-list $(REALDATA)/slovenia-upr/*Thematic_List*.md && \
	  $(BIN)/rightsgraph ingest ohchr-matrix $(REALDATA)/china-upr-matrix/*.docx && \
	  $(BIN)/rightsgraph ingest ohchr-reports --skip-bad $(REALDATA)/uprinfo-terman/ohchr-reports-v1/*.csv && \
	  $(BIN)/rightsgraph reconcile || exit 1; \
	else echo "no $(REALDATA): the graph holds the bundled data only"; fi
	$(BIN)/rightsgraph sources
	$(BIN)/rightsgraph stats
	mkdir -p $(OUT)
	if [ -d $(SEEDS) ]; then \
	  $(BIN)/rightsgraph ingest-articles $(SEEDS)/*.txt && $(BIN)/rightsgraph review && \
	  $(BIN)/rightsgraph eval-extract tests/gold/*.yaml | tee $(OUT)/eval-extract.md || exit 1; \
	else echo "no $(SEEDS): no articles to extract from"; fi
	if [ -d $(ARTICLES) ]; then \
	  echo "extraction on the real articles, development part (tests/gold/articles/SPLIT.yaml):"; \
	  $(BIN)/rightsgraph eval-extract --articles $(ARTICLES) --reliability --reach $$($(BIN)/python -c "import yaml; \
	    print(' '.join('tests/gold/articles/' + f for f in yaml.safe_load(open('tests/gold/articles/SPLIT.yaml'))['development']))") \
	    | tee $(OUT)/eval-articles-development.md || exit 1; \
	else echo "no $(ARTICLES): the real articles are not scored"; fi
	if [ -n "$$(ls -A $(UNSEEN) 2>/dev/null)" ]; then \
	  echo "extraction on the unseen articles (tests/gold/unseen, texts in $(UNSEEN)):"; \
	  $(BIN)/rightsgraph eval-extract --articles $(UNSEEN) --reliability --reach tests/gold/unseen/*.yaml \
	    | tee $(OUT)/eval-articles-unseen.md || exit 1; \
	else echo "no texts in $(UNSEEN): the unseen articles' texts are not kept (tests/gold/unseen/README.md), not scored"; fi
	echo "confidence on new text: the held-out record (tests/gold/unseen/first-scorings.csv), each set calibrated on the earlier sets' record:"
	$(BIN)/python bench/heldout_calibration.py | tee $(OUT)/confidence-on-new-text.txt
	echo "the reviewers' own sentences, judged blind (tests/gold/reviews): wrong candidates per band:"
	$(BIN)/python bench/review_sentences.py | tee $(OUT)/review-sentences.txt
	for set in tests/gold/written/set-*; do \
	  echo "extraction on the written $$(basename $$set) (tests/gold/written/README.md: which round held it out):"; \
	  $(BIN)/rightsgraph eval-extract --reliability --reach $$set/*.yaml | tee $(OUT)/eval-written-$$(basename $$set).md || exit 1; \
	done
	for q in queries/*.rq; do \
	  name=$$(basename $$q .rq); \
	  if grep -q '^CONSTRUCT' $$q; then \
	    $(BIN)/rightsgraph query $$name > $(OUT)/$$name.ttl || exit 1; \
	    echo "answered $$name -> $(OUT)/$$name.ttl (Turtle)"; \
	  else \
	    $(BIN)/rightsgraph query $$name --format csv > $(OUT)/$$name.csv || exit 1; \
	    echo "answered $$name -> $(OUT)/$$name.csv ($$(($$(wc -l < $(OUT)/$$name.csv) - 1)) rows)"; \
	  fi; \
	done
	$(BIN)/rightsgraph viz -o $(OUT)/explorer.html
	$(BIN)/rightsgraph viz --focus id:person/ha-kim-ngoc --depth 3 -o $(OUT)/ha-kim-ngoc.html
	$(BIN)/rightsgraph viz --query career-graph --param person=id:person/do-hung-viet -o $(OUT)/career-do-hung-viet.html
	$(BIN)/rightsgraph viz --focus id:state/vnm --lang vi -o $(OUT)/viet-nam.html
	$(BIN)/rightsgraph graph-export --format gexf -o $(OUT)/seed.gexf
	$(BIN)/rightsgraph graph-export --format graphml -o $(OUT)/seed.graphml
	@echo "open $(OUT)/explorer.html in a browser (it works offline, from file://)"

lint: setup
	$(BIN)/ruff check .

# pytest exits 5 when it collected no test: that is a failure here, not a pass.
# The tests run in TEST_WORKERS processes (pytest-xdist), each test file whole in one of them, so that a
# file's module fixtures (real-data stores, Virtuoso, Chromium) are made once; TEST_WORKERS=0: in this one.
TEST_WORKERS ?= 2
test: setup system-deps lint
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing" >&2; exit 1; fi; exit $$rc

shapes: setup
	$(BIN)/python -m rightsgraph.curation.shapes > ontology/shapes.ttl

# Every generated file the tests hold to its generator: shapes, JSON-LD context, query catalogue, ontology page.
generated: shapes
	$(BIN)/python -m rightsgraph.rdfwriter > ontology/context.jsonld
	$(BIN)/python -m rightsgraph.library.catalogue > queries/README.md
	$(BIN)/python -m rightsgraph.publish.ontodoc > docs/ontology.html

clean:
	rm -rf .rightsgraph $(OUT) .pytest_cache
