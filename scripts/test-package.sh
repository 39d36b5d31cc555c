#!/usr/bin/env bash
# Builds the Debian package (cpack -G DEB) and checks it:
#  - unpacks it into a throwaway root (dpkg-deb -x), checks its files and its Depends,
#  - ldd must resolve every library of the installed programs, and the package owning each
#    library the programs are linked to must be in Depends,
#  - sotay06-cli and sotay06 --version print the CMake project version, and the unpacked
#    sotay06-cli creates a ward file (this needs the QSQLITE plugin the package depends on).
# SOTAY06_PKG_APT_INSTALL=1, as root on Debian (CI's throwaway container), also installs the
# package for real with `apt-get install -y ./file.deb`, runs /usr/bin/sotay06-cli and removes it.
# Uses $BUILD_DIR (default build/) when it is configured, otherwise configures build-package/.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  BUILD_DIR=build-package
  [ -f "$BUILD_DIR/CMakeCache.txt" ] || cmake -S . -B "$BUILD_DIR" -G Ninja \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSOTAY06_BUILD_TESTS=OFF -DSOTAY06_BUILD_BENCHMARKS=OFF
fi
cmake --build "$BUILD_DIR" --parallel "$(nproc)"

fail() { echo "test-package: FAIL: $*" >&2; exit 1; }
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD_DIR/CMakeCache.txt")
[ -n "$version" ] || fail "no project version in $BUILD_DIR/CMakeCache.txt"
gui=$(sed -n 's/^SOTAY06_BUILD_GUI:BOOL=//p' "$BUILD_DIR/CMakeCache.txt")

(cd "$BUILD_DIR" && cpack -G DEB >/dev/null) || fail "cpack -G DEB"
deb="$BUILD_DIR/packages/sotay06_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || fail "expected $deb"
echo "test-package: built $deb ($(du -k "$deb" | cut -f1) kB)"

depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 fonts-liberation2 libqt6core6 libc6; do
  grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version is not $version"

root=$(mktemp -d)
work=$(mktemp -d)
trap 'rm -rf "$root" "$work"' EXIT
dpkg-deb -x "$deb" "$root"
programs=("$root/usr/bin/sotay06-cli")
expected=(usr/bin/sotay06-cli usr/share/doc/sotay06/copyright)
if [ "$gui" = ON ]; then
  programs+=("$root/usr/bin/sotay06")
  expected+=(usr/bin/sotay06 usr/share/applications/vn.sotay06.Sotay06.desktop
             usr/share/icons/hicolor/scalable/apps/sotay06.svg
             usr/share/icons/hicolor/scalable/mimetypes/application-x-sotay06-ward.svg
             usr/share/mime/packages/sotay06.xml)
fi
for f in "${expected[@]}"; do [ -e "$root/$f" ] || fail "package lacks /$f"; done
if [ "$gui" = ON ]; then
  grep -q '^MimeType=application/x-sotay06-ward;' "$root/usr/share/applications/vn.sotay06.Sotay06.desktop" \
    || fail "desktop file has no MimeType"
  grep -q 'glob pattern="\*.sotay06"' "$root/usr/share/mime/packages/sotay06.xml" || fail "MIME glob"
fi

for p in "${programs[@]}"; do
  missing=$(ldd "$p" | grep 'not found' || true)
  [ -z "$missing" ] || fail "ldd $(basename "$p"): $missing"
  # Every library the program is linked to comes from a package the .deb depends on, so
  # that apt installs it on a clean machine.
  for lib in $(objdump -p "$p" | awk '/NEEDED/ {print $2}'); do
    # "libX.so => /path (addr)", or for the dynamic loader "/lib64/ld-linux-x86-64.so.2 (addr)".
    path=$(ldd "$p" | awk -v l="$lib" '$1 == l && $2 == "=>" {print $3} $1 ~ ("/" l "$") {print $1}')
    owner=$(dpkg -S "$path" 2>/dev/null || dpkg -S "$(readlink -f "$path")" 2>/dev/null || true)
    owner=${owner%%:*}
    [ -n "$owner" ] || fail "no Debian package owns $path ($lib)"
    sed 's/ *([^)]*)//g; s/, */\n/g' <<<"$depends" | grep -qxF "$owner" \
      || fail "$(basename "$p") needs $lib from $owner, not in Depends: $depends"
  done
done

export XDG_RUNTIME_DIR="$work/run" && mkdir -m 700 "$XDG_RUNTIME_DIR"
export HOME="$work/home" QT_QPA_PLATFORM=offscreen
out=$("$root/usr/bin/sotay06-cli" --version)
[ "$out" = "sotay06-cli $version" ] || fail "sotay06-cli --version printed '$out', expected 'sotay06-cli $version'"
if [ "$gui" = ON ]; then
  out=$("$root/usr/bin/sotay06" --version)
  grep -q " $version\$" <<<"$out" || fail "sotay06 --version printed '$out'"
fi
"$root/usr/bin/sotay06-cli" --db "$work/p.sotay06" init --ward "Phường Thử" >/dev/null \
  || fail "the unpacked sotay06-cli could not create a ward file"
echo "test-package: unpacked package OK (version $version, ldd resolved, ward file created)"

if [ "${SOTAY06_PKG_APT_INSTALL:-0}" = 1 ]; then
  if [ "$(id -u)" -ne 0 ] || [ ! -f /etc/debian_version ]; then
    fail "SOTAY06_PKG_APT_INSTALL=1 needs root on Debian"
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "./$deb" >/dev/null
  out=$(/usr/bin/sotay06-cli --version)
  [ "$out" = "sotay06-cli $version" ] || fail "installed sotay06-cli --version printed '$out'"
  /usr/bin/sotay06-cli --db "$work/apt.sotay06" init --ward "Phường Thử" >/dev/null || fail "installed CLI"
  DEBIAN_FRONTEND=noninteractive apt-get remove -y sotay06 >/dev/null
  echo "test-package: apt-get install OK"
fi
