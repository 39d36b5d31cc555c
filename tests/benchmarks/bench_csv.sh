#!/usr/bin/env bash
# CSV import/export benchmark (issue 3): a sample ward of N residents exported, then
#   - import into an empty ward vs `sqlite3 DB -cmd '.mode csv' '.import FILE t'` on the same file,
#   - export vs `sqlite3 -csv DB 'select * from resident'`,
#   - peak memory (/usr/bin/time -v "Maximum resident set size") of the import, and of a
#     10× larger file (the export repeated with other household codes and no ID numbers).
# Usage: tests/benchmarks/bench_csv.sh BUILD_DIR [N=300000] [WORKDIR=/tmp/sotay06-bench-csv]
#   BEFORE=/path/to/an/older/sotay06-cli  also measures that binary's import and export in the
#                                         same run (before/after on the same machine and load)
#   BIG=0                                 skips the 3,000,000-row memory run
set -euo pipefail
BUILD=$(cd "${1:?build dir}" && pwd)
N=${2:-300000}
W=${3:-/tmp/sotay06-bench-csv}
CLI="$BUILD/app/cli/sotay06-cli"
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
export TZ=${TZ:-Asia/Ho_Chi_Minh}
mkdir -p "$W"
cd "$W"

# The sample ward is made "today"; the imports run a year later so that no sample birth date
# (the sample draws whole years) lies in the future of the import.
if [ ! -f residents.csv ]; then
  rm -f src.db*
  SOTAY06_TODAY=2026-11-23 "$CLI" --db src.db init --ward "Phường Mẫu" >/dev/null
  SOTAY06_TODAY=2026-11-23 "$CLI" --db src.db sample --residents "$N" --seed 6
  SOTAY06_TODAY=2026-11-23 "$CLI" --db src.db export residents residents.csv
fi
export SOTAY06_TODAY=2027-12-31

cpu() { # name → user + sys seconds of a measured run
  awk -F': ' '/User time/{u=$2} /System time/{s=$2} END{printf "%.2f", u+s}' "$1.time"
}
ratio() { # a b → CPU(a) / CPU(b)
  awk -v a="$(cpu "$1")" -v b="$(cpu "$2")" 'BEGIN{printf "%s / %s CPU: %.2f / %.2f = %.1fx\n", "'"$1"'", "'"$2"'", a, b, a / b}'
}

measure() { # name command… → prints "name seconds user sys maxrss_kb"
  local name=$1; shift
  /usr/bin/time -v -o "$name.time" "$@" >"$name.out" 2>&1 || true
  local wall user sys rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$name.time")
  user=$(awk -F': ' '/User time/{print $2}' "$name.time")
  sys=$(awk -F': ' '/System time/{print $2}' "$name.time")
  rss=$(awk -F': ' '/Maximum resident set size/{print $2}' "$name.time")
  printf '%-16s wall %-9s user %-8s sys %-7s maxrss %s KB\n' "$name" "$wall" "$user" "$sys" "$rss"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "${BEFORE:-}" ]; then
  rm -f before.db*
  "$BEFORE" --db before.db init --ward X >/dev/null
  measure import_before "$BEFORE" --db before.db import residents residents.csv
  measure export_before "$BEFORE" --db src.db export residents out_before.csv
fi
rm -f imp.db* raw.db*
"$CLI" --db imp.db init --ward X >/dev/null
measure import "$CLI" --db imp.db import residents residents.csv
measure sqlite_import sqlite3 raw.db -cmd '.mode csv' '.import residents.csv t'
measure export "$CLI" --db src.db export residents out.csv
measure sqlite_export sh -c "sqlite3 -csv src.db 'select * from resident' > sqlite_out.csv"
grep -E "^(Added|Thêm)" import.out || head -5 import.out
ratio import sqlite_import
ratio export sqlite_export
# Export → import into an empty ward → export again gives the same bytes.
measure export_again "$CLI" --db imp.db export residents again.csv
cmp -s out.csv again.csv && echo "round trip: identical" || echo "round trip: DIFFERENT"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "${BIG:-1}" = 1 ]; then
  if [ ! -f big.csv ]; then
    python3 - <<'PY'
import csv, io
src = open('residents.csv', encoding='utf-8-sig', newline='').read().split('\r\n')
header, rows = src[0], [r for r in src[1:] if r]
with open('big.csv', 'w', encoding='utf-8', newline='') as out:
    out.write('\ufeff' + header + '\r\n')
    for k in range(10):
        for line in rows:
            cells = next(csv.reader([line]))
            cells[0] = f'X{k}-' + cells[0]      # another household code per copy
            if k:
                cells[6] = ''                  # no ID number: identity by household, name, birth
            buf = io.StringIO()
            csv.writer(buf, lineterminator='\r\n').writerow(cells)
            out.write(buf.getvalue())
PY
  fi
  rm -f big.db*
  "$CLI" --db big.db init --ward X >/dev/null
  measure import_10x "$CLI" --db big.db import residents big.csv
  grep -E "^(Added|Thêm)" import_10x.out || head -5 import_10x.out
fi
