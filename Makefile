# Platewise entry points. `make run` and `make test` work on a fresh Debian 12
# machine: each first installs what is missing (scripts/install-deps).

BUILD_DIR ?= build
BUILD_TYPE ?= Release
DB ?= var/platewise.db
LISTEN ?= 127.0.0.1:8080
# ccache hits across checkouts in other folders (a fresh clone, CI).
export CCACHE_BASEDIR := $(CURDIR)
# Parallel test jobs; the suite is safe to run in parallel (temp dirs, free ports).
TEST_JOBS ?= $(shell nproc)

.PHONY: all deps configure build run test bench clean

all: build

deps:
	@scripts/install-deps

configure: deps
	@cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR)

run: build
	$(BUILD_DIR)/platewise serve --db $(DB) --listen $(LISTEN)

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(TEST_JOBS)

bench: build
	@cmake --build $(BUILD_DIR) --target platewise-bench
	$(BUILD_DIR)/bench/platewise-bench

clean:
	rm -rf $(BUILD_DIR)
