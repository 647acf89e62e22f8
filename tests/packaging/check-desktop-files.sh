#!/usr/bin/env bash
# Validates the desktop file and the AppStream metainfo as Debian's tools see them.
# Usage: check-desktop-files.sh RESOURCES_DIR
set -euo pipefail

resources="$1"
desktop="$resources/org.lecdesk.LecDesk.desktop"
metainfo="$resources/org.lecdesk.LecDesk.metainfo.xml"
failed=0

# desktop-file-validate exits 0 on warnings; only its hints are acceptable.
if ! out="$(desktop-file-validate "$desktop" 2>&1)"; then
  failed=1
fi
if printf '%s\n' "$out" | grep -E -q 'error:|warning:'; then
  failed=1
fi
if [ -n "$out" ]; then printf '%s\n' "$out"; fi

# --strict: warnings fail too (pedantic notes such as the upper-case letters of the id do not).
if ! appstreamcli validate --no-net --strict --explain "$metainfo"; then
  failed=1
fi

if [ "$failed" -ne 0 ]; then
  echo "FAIL: desktop integration files are not valid" >&2
  exit 1
fi
echo "desktop file and metainfo are valid"
