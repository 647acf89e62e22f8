#!/usr/bin/env bash
# Installs every build, test and packaging dependency of LEC Desk on Debian 12.
# Idempotent and quiet: packages already present are left as they are, and apt's output is shown
# only when an install fails. Runs apt-get as root, or through sudo otherwise.
set -euo pipefail

packages=(
  cmake ninja-build g++ ccache pkg-config clang-format
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qtkeychain-qt6-dev
  qt6-httpserver-dev qt6-websockets-dev libqt6opengl6-dev
  qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
  sqlite3 libsqlite3-dev libsodium-dev libxlsxwriter-dev zlib1g-dev
  xvfb xauth fonts-dejavu-core dbus dbus-x11 gnome-keyring libsecret-tools
  poppler-utils python3 python3-icalendar python3-yaml
  postgresql-15 openssl curl
  qt6-translations-l10n
  appstream desktop-file-utils file dpkg-dev shellcheck
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
echo "Installing: ${missing[*]}"
if ! { "${sudo[@]}" apt-get update -qq &&
       "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
         apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "setup.sh: installing the packages above failed" >&2
  exit 1
fi
