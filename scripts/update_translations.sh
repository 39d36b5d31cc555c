#!/usr/bin/env bash
# Brings translations/sotay06_vi.ts in step with the sources (lupdate) and fills it from
# translations/vi/*.tsv. Untranslated messages are listed and written to build/missing_vi.tsv.
set -euo pipefail
cd "$(dirname "$0")/.."
/usr/lib/qt6/bin/lupdate -silent -no-obsolete -locations none core ui app -ts translations/sotay06_vi.ts
mkdir -p build
python3 scripts/fill_translations.py --missing build/missing_vi.tsv
