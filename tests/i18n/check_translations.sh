#!/usr/bin/env bash
# Fails when a tr() string in the sources has no Vietnamese translation in translations/sotay06_vi.ts.
# Fix: scripts/update_translations.sh, then add the missing lines to translations/vi/<area>.tsv.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cp "$ROOT/translations/sotay06_vi.ts" "$TMP/check_vi.ts"
"$LUPDATE" -silent -no-obsolete -locations none "$ROOT/core" "$ROOT/ui" "$ROOT/app" -ts "$TMP/check_vi.ts" >/dev/null 2>&1
python3 "$ROOT/scripts/fill_translations.py" --check --ts "$TMP/check_vi.ts"
