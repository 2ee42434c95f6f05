# dumpdbg: a WinDbg-style shell for Windows minidumps.
#   make run    build, forge the default sample, open it in the shell (DUMP=path to open another)
#   make test   every test (Swift Testing), plus the cross-check of forged dumps by independent readers
SHELL := /bin/bash
PREFIX ?= /usr/local
SWIFT ?= swift
SAMPLES_OUT := samples-out
DUMP ?= $(SAMPLES_OUT)/tiny.dmp
VENV := .build-venv
SAMPLES := $(notdir $(wildcard Samples/*))
APT_PACKAGES := libedit-dev zstd

.PHONY: all build deps run test samples install crosscheck clean help bench

all: build

help:
	@echo "make run | make test | make build | make samples | make install PREFIX=... | make crosscheck"

# System packages: installed with apt-get when run as root, otherwise the exact command is printed.
deps:
	@missing=""; \
	[ -f /usr/include/histedit.h ] || missing="$$missing libedit-dev"; \
	command -v zstd >/dev/null || missing="$$missing zstd"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing$$missing"; \
	    (apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else \
	    echo "Missing system packages:$$missing"; \
	    echo "Run: sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi

build: deps
	$(SWIFT) build -c release

samples: build
	@mkdir -p $(SAMPLES_OUT)
	@for s in $(SAMPLES); do \
	  if [ -f Samples/$$s/scenario.yaml ]; then \
	    .build/release/dumpforge Samples/$$s/scenario.yaml -o $(SAMPLES_OUT)/$$s.dmp || exit 1; \
	  fi; \
	done

run: samples
	.build/release/dumpdbg -z $(DUMP)

test: deps
	$(SWIFT) test
	$(MAKE) --no-print-directory crosscheck

# Forged samples read by two independent readers (PyPI's minidump and udmp-parser).
crosscheck: samples
	@if [ ! -x $(VENV)/bin/python ]; then python3 -m venv $(VENV) && $(VENV)/bin/pip install -q minidump udmp-parser; fi
	@for s in $(SAMPLES); do \
	  if [ -f Samples/$$s/scenario.yaml ]; then \
	    .build/release/dumpforge Samples/$$s/scenario.yaml --describe-json > $(SAMPLES_OUT)/$$s.expected.json || exit 1; \
	    $(VENV)/bin/python Tests/crosscheck/crosscheck.py $(SAMPLES_OUT)/$$s.dmp $(SAMPLES_OUT)/$$s.expected.json || exit 1; \
	  fi; \
	done

# Timings on a big dump (BENCH_DUMP, e.g. one with 1,000,000 MemoryInfoList regions): the floor
# (.dumpdebug reads the header and parses MemoryInfoList), then !address -summary (region map,
# classification, summary) and a second !address call that reuses the cached classification.
BENCH_DUMP ?= samples-out/big-regions.dmp
bench: build
	@if [ ! -f $(BENCH_DUMP) ]; then echo "bench: $(BENCH_DUMP) not found (set BENCH_DUMP=path)"; exit 1; fi
	@echo "floor (.dumpdebug: open + parse MemoryInfoList):"; time (.build/release/dumpdbg -z $(BENCH_DUMP) -c ".dumpdebug; q" >/dev/null)
	@echo "!address -summary:"; time (.build/release/dumpdbg -z $(BENCH_DUMP) -c "!address -summary; q" >/dev/null)
	@echo "!address -summary twice (second call reuses the classification):"; time (.build/release/dumpdbg -z $(BENCH_DUMP) -c "!address -summary; !address -summary; q" >/dev/null)

install: build
	install -d $(PREFIX)/bin
	install -m 0755 .build/release/dumpdbg $(PREFIX)/bin/dumpdbg
	install -m 0755 .build/release/dumpforge $(PREFIX)/bin/dumpforge

clean:
	rm -rf .build $(SAMPLES_OUT) $(VENV)
