#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz/fuzz_*.cpp) with clang-14 and runs each one.
#   scripts/fuzz.sh [SECONDS] [TARGET...]   run each target SECONDS (default 60)
#   scripts/fuzz.sh --smoke                 run each target over its seed corpus only
# FUZZ_TIMEOUT (s, default 60: wall clock on a shared machine) flags a slow input.
# FUZZ_NO_BUILD=1 runs the targets as built; FUZZ_BUILD_DIR (default build-fuzz) picks the dir.
# Seeds: tests/fuzz/seeds/<target>/ and, for the CSV targets, every tests/data/**/*.csv.
# The growing corpus lives in build-fuzz/corpus/<target>/, crashes in build-fuzz/artifacts/.
# docs/FUZZING.md records the runs.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD_DIR=${FUZZ_BUILD_DIR:-build-fuzz}
SMOKE=0
SECS=60
if [ "${1:-}" = "--smoke" ]; then SMOKE=1; shift; elif [[ "${1:-}" =~ ^[0-9]+$ ]]; then SECS=$1; shift; fi
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$ROOT}
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  CC=clang-14 CXX=clang++-14 cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSOTAY06_FUZZ=ON -DSOTAY06_BUILD_GUI=OFF -DSOTAY06_BUILD_TESTS=OFF \
    -DSOTAY06_BUILD_BENCHMARKS=OFF >/dev/null
fi
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
  for f in tests/fuzz/fuzz_*.cpp; do TARGETS+=("$(basename "$f" .cpp)"); done
fi
[ "${FUZZ_NO_BUILD:-0}" = 1 ] || nice -n 10 cmake --build "$BUILD_DIR" --parallel "${FUZZ_JOBS:-2}" --target "${TARGETS[@]}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$ROOT/tests/lsan.supp}
mkdir -p "$BUILD_DIR/artifacts"
status=0
for t in "${TARGETS[@]}"; do
  seeds=$(mktemp -d)
  [ -d "tests/fuzz/seeds/$t" ] && cp tests/fuzz/seeds/"$t"/* "$seeds"/ 2>/dev/null || true
  if [[ "$t" == fuzz_csv* ]] && [ -d tests/data ]; then
    find tests/data -name '*.csv' -exec cp --backup=numbered -t "$seeds" {} +
  fi
  corpus="$BUILD_DIR/corpus/$t"
  mkdir -p "$corpus"
  if [ $SMOKE = 1 ]; then
    args=(-runs=0 "$seeds")
  else
    args=(-max_total_time="$SECS" -print_final_stats=1 -timeout="${FUZZ_TIMEOUT:-60}" -rss_limit_mb=2048
          -artifact_prefix="$BUILD_DIR/artifacts/$t-" "$corpus" "$seeds")
    [ -f "tests/fuzz/$t.dict" ] && args+=(-dict="tests/fuzz/$t.dict")
  fi
  echo "== $t"
  rc=0
  nice -n 10 "$BUILD_DIR/tests/fuzz/$t" "${args[@]}" >"$BUILD_DIR/$t.log" 2>&1 || rc=$?
  grep -E '^(#[0-9]+ +DONE|stat::|==[0-9]+==ERROR|fuzz invariant|SUMMARY|Done )' "$BUILD_DIR/$t.log" || true
  [ $rc -eq 0 ] || { echo "!! $t failed (exit $rc): see $BUILD_DIR/$t.log"; status=1; }
  rm -rf "$seeds"
done
exit $status
