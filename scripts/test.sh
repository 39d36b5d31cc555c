#!/usr/bin/env bash
# Installs what is missing, builds, runs every test through ctest, then checks the Debian
# package (scripts/test-package.sh; skip it with SOTAY06_SKIP_PACKAGE=1), then runs the core
# and CLI tests again built with ASan + UBSan (scripts/test-sanitizers.sh; skip it with
# SOTAY06_SKIP_SANITIZERS=1).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
export XDG_RUNTIME_DIR=$(mktemp -d) && chmod 700 "$XDG_RUNTIME_DIR"
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure --parallel "$(nproc)" "$@"
[ "${SOTAY06_SKIP_PACKAGE:-0}" = 1 ] || scripts/test-package.sh
[ "${SOTAY06_SKIP_SANITIZERS:-0}" = 1 ] || scripts/test-sanitizers.sh "$@"
