#!/usr/bin/env bash
# Installs what is missing, builds, creates the demo ward on first start and opens the program.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
BUILD_DIR=${BUILD_DIR:-build}
DATA_DIR=${XDG_DATA_HOME:-$HOME/.local/share}/sotay06/sotay06
DEMO="$DATA_DIR/demo-phuong-phuoc-tien.sotay06"
if [ ! -f "$DEMO" ]; then
  mkdir -p "$DATA_DIR" && chmod 700 "$DATA_DIR"
  "$BUILD_DIR/app/cli/sotay06-cli" --db "$DEMO" init --ward "Phường Phước Tiến" \
      --unit "UBND phường Phước Tiến" --province "Khánh Hòa"
  "$BUILD_DIR/app/cli/sotay06-cli" --db "$DEMO" sample --residents 6000 --seed 6 || true
fi
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display: starting the program under Xvfb (xvfb-run)."
  exec xvfb-run -a "$BUILD_DIR/app/desktop/sotay06" "$DEMO" "$@"
fi
exec "$BUILD_DIR/app/desktop/sotay06" "$DEMO" "$@"
