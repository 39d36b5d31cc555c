#!/usr/bin/env bash
# Second test step: builds core, the CLI and the core + CLI tests with AddressSanitizer and
# UndefinedBehaviorSanitizer into build-asan/ (no GUI; -g1: line tables are enough for reports) and runs those tests through ctest.
# Any sanitizer report fails the test that made it. Extra arguments go to ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD_DIR=${ASAN_BUILD_DIR:-build-asan}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$ROOT}
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" \
    -DSOTAY06_SANITIZE=ON -DSOTAY06_BUILD_GUI=OFF -DSOTAY06_BUILD_BENCHMARKS=OFF >/dev/null
fi
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$ROOT/tests/lsan.supp:print_suppressions=0
[ -n "${XDG_RUNTIME_DIR:-}" ] || { export XDG_RUNTIME_DIR=$(mktemp -d); chmod 700 "$XDG_RUNTIME_DIR"; }
ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$(nproc)" -L '^(core|cli)$' "$@"
