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
APT_PACKAGES := libedit-dev zstd libcapstone-dev

.PHONY: all build deps run test samples samples-full install crosscheck clean help fuzz bench bench-inprocess

all: build

help:
	@echo "make run | make test | make build | make samples | make install PREFIX=... | make crosscheck"

# System packages: installed with apt-get when run as root, otherwise the exact command is printed.
deps:
	@missing=""; \
	[ -f /usr/include/histedit.h ] || missing="$$missing libedit-dev"; \
	[ -f /usr/include/capstone/capstone.h ] || missing="$$missing libcapstone-dev"; \
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

# On Linux the Swift runtime is linked in statically: no dynamic relocation of libswiftCore and
# Foundation at every start (start 15 -> 11 ms, resident set 18.6 -> 15.3 MB on a Wine dump; Docs/performance.md).
# With glibc 2.36 or later and an lld beside swiftc (Swift 6 toolchains ship one), lld packs the
# relative relocations (DT_RELR): 936 KB of .rela.dyn that the loader read at every start become
# 8 KB (resident set -0.5 MB, Docs/performance.md). Otherwise the default linker, as before.
RELR := $(shell v=$$(getconf GNU_LIBC_VERSION 2>/dev/null | cut -d' ' -f2); \
  bin=$$(dirname "$$(readlink -f "$$(command -v $(SWIFT))")"); [ -x "$$bin/ld.lld" ] && \
  [ -n "$$v" ] && [ "$$(printf '%s\n' 2.36 "$$v" | sort -V | head -1)" = 2.36 ] && \
  echo "-Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld -Xlinker -z -Xlinker pack-relative-relocs")
# The static runtime's link flags export every symbol (-export-dynamic): 340 KB of .dynsym and
# .dynstr that every symbol lookup of libc and libstdc++ searched first. Nothing looks them up.
NO_EXPORT := -Xlinker --no-export-dynamic
# libstdc++ (the static runtime's C++ library) linked in statically as well: the shared one cost
# every session 1 MB resident, mostly its symbol tables searched while binding (B4 `~*k` 11.4 ->
# 10.2 MB). The runtime's link flags ask for -lstdc++ before ours can come, so a one-line linker
# script named libstdc++.so, first on the search path, stands for the archive. Skipped when the C
# compiler knows no libstdc++.a.
STDCXX_A := $(shell f=$$(cc -print-file-name=libstdc++.a 2>/dev/null); [ "$${f#/}" != "$$f" ] && [ -f "$$f" ] && echo "$$f")
STATIC_CXX_DIR := $(CURDIR)/.build/static-cxx
STATIC_CXX := $(if $(STDCXX_A),-Xlinker -L$(STATIC_CXX_DIR),)
STATIC_STDLIB := $(if $(filter Linux,$(shell uname -s)),--static-swift-stdlib $(RELR) $(NO_EXPORT) $(STATIC_CXX),)

# Capstone's header comes from the default include path (Package.swift); Homebrew's is not one.
SWIFT_FLAGS := $(if $(filter Darwin,$(shell uname -s)),-Xcc -I$(shell brew --prefix 2>/dev/null)/include,)

build: deps
	$(if $(and $(filter Linux,$(shell uname -s)),$(STDCXX_A)),@mkdir -p $(STATIC_CXX_DIR) && printf 'INPUT(%s)\n' "$(STDCXX_A)" > $(STATIC_CXX_DIR)/libstdc++.so)
	$(SWIFT) build -c release $(STATIC_STDLIB) $(SWIFT_FLAGS)

samples: build
	@mkdir -p $(SAMPLES_OUT)
	@for s in $(SAMPLES); do \
	  if [ -f Samples/$$s/scenario.yaml ]; then \
	    .build/release/dumpforge Samples/$$s/scenario.yaml -o $(SAMPLES_OUT)/$$s.dmp || exit 1; \
	  fi; \
	done

# The full-size variants (Samples/*/full.yaml, e.g. nt-heap-leak at 13+ GB, sparse on disk) are not
# forged by default.
samples-full: samples $(VENV)/bin/python
	@for f in $(wildcard Samples/*/full.yaml); do \
	  s=$$(basename $$(dirname $$f)); \
	  .build/release/dumpforge $$f -o $(SAMPLES_OUT)/$$s-full.dmp || exit 1; \
	  .build/release/dumpforge $$f --describe-json > $(SAMPLES_OUT)/$$s-full.expected.json || exit 1; \
	  $(VENV)/bin/python Tests/crosscheck/heapcheck.py $(SAMPLES_OUT)/$$s-full.dmp $(SAMPLES_OUT)/$$s-full.expected.json || exit 1; \
	done

run: samples
	.build/release/dumpdbg -z $(DUMP)

# The Python cross-checks run inside the tests too, with the virtualenv's python3 first on PATH.
test: deps $(VENV)/bin/python
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" $(SWIFT) test $(SWIFT_FLAGS)
	$(MAKE) --no-print-directory crosscheck

# Forged samples read by two independent readers (PyPI's minidump and udmp-parser).
crosscheck: samples $(VENV)/bin/python
	@for s in $(SAMPLES); do \
	  if [ -f Samples/$$s/scenario.yaml ]; then \
	    .build/release/dumpforge Samples/$$s/scenario.yaml --describe-json > $(SAMPLES_OUT)/$$s.expected.json || exit 1; \
	    $(VENV)/bin/python Tests/crosscheck/crosscheck.py $(SAMPLES_OUT)/$$s.dmp $(SAMPLES_OUT)/$$s.expected.json || exit 1; \
	    $(VENV)/bin/python Tests/crosscheck/heapcheck.py $(SAMPLES_OUT)/$$s.dmp $(SAMPLES_OUT)/$$s.expected.json || exit 1; \
	  fi; \
	done

# Timings on a big dump (BENCH_DUMP, e.g. one with 1,000,000 MemoryInfoList regions): the floor
# (.dumpdebug reads the header and parses MemoryInfoList), then !address -summary (region map,
# classification, summary) and a second !address call that reuses the cached classification.
BENCH_DUMP ?= samples-out/big-regions.dmp
# Forges the workloads once into bench-out/, times dumpdbg beside udmp-parser, minidump and the
# page-cache floor, and writes Docs/performance.md (BENCH_REPEATS=N to change the repeat count).
bench: build $(VENV)/bin/python
	python3 Bench/bench.py

# In-process benchmarks (ordo-one/benchmark, a separate package in Bench/InProcess that the main
# build, `make test` and CI never build) on the dumps `make bench` forged into bench-out/
# (BENCH_DUMPS=folder to use others; a missing dump skips its benchmarks).
BENCH_DUMPS ?= $(CURDIR)/bench-out
bench-inprocess:
	cd Bench/InProcess && DUMPDBG_BENCH_DUMPS=$(BENCH_DUMPS) $(SWIFT) package --disable-sandbox benchmark --no-progress

$(VENV)/bin/python:
	python3 -m venv $(VENV) && $(VENV)/bin/pip install -q minidump udmp-parser

install: build
	install -d $(PREFIX)/bin
	install -m 0755 .build/release/dumpdbg $(PREFIX)/bin/dumpdbg
	install -m 0755 .build/release/dumpforge $(PREFIX)/bin/dumpforge

clean:
	rm -rf .build $(SAMPLES_OUT) $(VENV) bench-out

# libFuzzer harnesses (a separate build with -sanitize=fuzzer,address; not part of swift test):
# dump (open + every stream + address space), expr (expressions, command splitter), heap (the heap
# walker and !heap on heap-101 with fuzzed heap pages). Works from a clean clone: dumpforge (debug)
# forges the seeds; dump seeds are the first 64 KB of each sample (the streams; whole multi-MB dumps
# made the harness run a few executions a second). Each harness runs FUZZ_SECONDS; crashes land in
# Fuzz/crashes/.
FUZZ_SECONDS ?= 60
FUZZ_DIR := .build/fuzz
FUZZ_FLAGS := -rss_limit_mb=4096 -timeout=10 -detect_leaks=0 -print_final_stats=1 -artifact_prefix=Fuzz/crashes/
FUZZ_SEEDS := tiny heap-101 heap-corruption
fuzz: export ASAN_OPTIONS = detect_leaks=0
fuzz: deps
	$(SWIFT) build --product dumpforge
	@mkdir -p $(FUZZ_DIR)/corpus-dump $(FUZZ_DIR)/corpus-expr $(FUZZ_DIR)/corpus-heap Fuzz/crashes
	@for s in $(FUZZ_SEEDS); do \
	  [ -f $(FUZZ_DIR)/seed-$$s.dmp ] || .build/debug/dumpforge Samples/$$s/scenario.yaml -o $(FUZZ_DIR)/seed-$$s.dmp || exit 1; \
	  [ -f $(FUZZ_DIR)/corpus-dump/$$s.dmp ] || head -c 65536 $(FUZZ_DIR)/seed-$$s.dmp > $(FUZZ_DIR)/corpus-dump/$$s.dmp; \
	done
	cp -f $(FUZZ_DIR)/seed-heap-101.dmp $(FUZZ_DIR)/heap-101.dmp
	[ ! -f ../shared/fixtures/wine/sample-crash-mini.dmp.zst ] || [ -f $(FUZZ_DIR)/corpus-dump/wine-mini.dmp ] || \
	  zstd -d -q -f ../shared/fixtures/wine/sample-crash-mini.dmp.zst -o $(FUZZ_DIR)/corpus-dump/wine-mini.dmp
	printf '? poi(rsp+8)*2\n' > $(FUZZ_DIR)/corpus-expr/a; printf 'db ntdll!X L10; .echo {a;b}\n' > $(FUZZ_DIR)/corpus-expr/b
	Fuzz/build.sh $(FUZZ_DIR)
	[ -f $(FUZZ_DIR)/corpus-heap/seed ] || HEAP_FUZZ_DUMP=$(FUZZ_DIR)/heap-101.dmp HEAP_FUZZ_SEED=$(FUZZ_DIR)/corpus-heap/seed \
	  $(FUZZ_DIR)/heap-fuzz -runs=0 $(FUZZ_DIR)/corpus-heap
	$(FUZZ_DIR)/dump-fuzz -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -dict=Fuzz/minidump.dict $(FUZZ_FLAGS) $(FUZZ_DIR)/corpus-dump
	$(FUZZ_DIR)/expr-fuzz -max_total_time=$(FUZZ_SECONDS) $(FUZZ_FLAGS) $(FUZZ_DIR)/corpus-expr
	HEAP_FUZZ_DUMP=$(FUZZ_DIR)/heap-101.dmp $(FUZZ_DIR)/heap-fuzz -max_total_time=$(FUZZ_SECONDS) -dict=Fuzz/minidump.dict $(FUZZ_FLAGS) $(FUZZ_DIR)/corpus-heap
