# Dossier: `make` builds the tool and renders Content/ into Public/; `make test` runs the tests.
SWIFT   ?= swift
BIN     := .build/release/dossier
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps release site test bench clean

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

test: deps
	$(SWIFT) test --parallel

bench: release
	python3 bench/run.py

clean:
	rm -rf .build .dossier-cache
