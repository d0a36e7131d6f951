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

# The sanitizer build (`make test-sanitize`, CI after `make test`): Debug,
# AddressSanitizer with LeakSanitizer, and UBSan that aborts on the first finding.
ASAN_BUILD_DIR ?= build-asan
# Left out of the sanitizer run: the tests that run Node.js (the browser test,
# the npm engines check, the OpenAPI lint and the responses' check against the
# document); they test the web app and the API document, not the C++ code. The
# package test (label package) too: it installs build/'s .deb.
SANITIZE_EXCLUDE ?= ^(web_|openapi_)
# Every report goes to a file here, also those of the `platewise` processes the
# end-to-end tests start (whose exit codes not every test reads): any file there
# after the run fails it.
SANITIZE_REPORTS = $(CURDIR)/$(ASAN_BUILD_DIR)/sanitizer-reports
SANITIZE_ENV = ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1:log_path=$(SANITIZE_REPORTS)/asan \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:log_path=$(SANITIZE_REPORTS)/ubsan

# The fuzzing build (`make fuzz`): clang, libFuzzer, ASan and UBSan, in its
# own folder; each target fuzzes for FUZZ_SECONDS (scripts/run-fuzzers).
FUZZ_BUILD_DIR ?= build-fuzz
FUZZ_SECONDS ?= 60

.PHONY: all deps configure build run test test-package package test-sanitize fuzz bench clean

all: build

deps:
	@scripts/install-deps

configure: deps
	@cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR)

run: build
	$(BUILD_DIR)/platewise serve --db $(DB) --listen $(LISTEN)

# The package test (label `package`) installs the .deb on this machine as root:
# not part of `make test`; `make test-package` runs it.
test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(TEST_JOBS) -LE '^package$$'

# The .deb, written to $(BUILD_DIR)/ (packaging/CMakeLists.txt).
package: build
	cd $(BUILD_DIR) && cpack -G DEB

test-package: package
	cd $(BUILD_DIR) && ctest --output-on-failure -L '^package$$'

test-sanitize: deps
	@cmake -S . -B $(ASAN_BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPLATEWISE_SANITIZE=ON >/dev/null
	@cmake --build $(ASAN_BUILD_DIR)
	@rm -rf $(SANITIZE_REPORTS) && mkdir -p $(SANITIZE_REPORTS)
	@cd $(ASAN_BUILD_DIR) && $(SANITIZE_ENV) ctest --output-on-failure -j $(TEST_JOBS) -E '$(SANITIZE_EXCLUDE)' -LE '^package$$'; \
	  status=$$?; \
	  if [ -n "$$(ls -A $(SANITIZE_REPORTS))" ]; then \
	    echo "test-sanitize: sanitizer reports:"; cat $(SANITIZE_REPORTS)/*; exit 1; \
	  fi; \
	  exit $$status

fuzz:
	@scripts/install-deps --fuzz
	@CXX=clang++ cmake -S . -B $(FUZZ_BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DPLATEWISE_FUZZ=ON -DPLATEWISE_WEB=OFF >/dev/null
	@cmake --build $(FUZZ_BUILD_DIR) --target fuzz-targets
	@scripts/run-fuzzers $(FUZZ_BUILD_DIR) $(FUZZ_SECONDS)

bench: build
	@cmake --build $(BUILD_DIR) --target platewise-bench
	$(BUILD_DIR)/bench/platewise-bench

clean:
	rm -rf $(BUILD_DIR) $(ASAN_BUILD_DIR)
