#!/usr/bin/env bash
# Fails when a string the user sees has no translation: either an Italian catalogue (the desktop's
# lecdesk_it.ts, or lecdesk-server_it.ts for the server's admin command line) marks it unfinished,
# or the sources hold a tr() string the catalogue does not have yet. English needs only its plural
# forms ("%n partner(s)" must read "1 partner", "2 partners").
# Usage: check-translations.sh SOURCE_DIR [LUPDATE]
set -euo pipefail

source_dir="$1"
lupdate="${2:-/usr/lib/qt6/bin/lupdate}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
update_hint="run 'cmake --build BUILD_DIR --target update_translations' and translate them in linguist"
failed=0

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# missing_in [--numerus-only] FILE: prints the untranslated messages into $work/missing; returns 0
# when there are none, 1 when there are some, and stops the script when FILE cannot be read.
missing_in() {
  local status=0
  python3 "$here/ts-unfinished.py" "$@" >"$work/missing" || status=$?
  if [ "$status" -gt 1 ]; then
    echo "FAIL: cannot check ${*: -1}"
    exit 1
  fi
  return "$status"
}

# The sources and options qt_add_translations uses in models/CMakeLists.txt (the desktop's
# catalogues) and in server/CMakeLists.txt (lecdesk-server's own).
mapfile -t sources < <(cd "$source_dir" && {
  find models app -type f \( -name '*.cpp' -o -name '*.h' \)
  find views -type f \( -name '*.cpp' -o -name '*.h' -o -name '*.ui' \)
} | sort | sed "s|^|$source_dir/|")
mapfile -t server_sources < <(cd "$source_dir" && find server -maxdepth 1 -type f \
  \( -name '*.cpp' -o -name '*.h' \) | sort | sed "s|^|$source_dir/|")
if [ "${#sources[@]}" -eq 0 ] || [ "${#server_sources[@]}" -eq 0 ]; then
  echo "FAIL: no sources found under $source_dir/{models,views,app,server}"
  exit 1
fi

# update NAME SOURCES: copies translations/NAME into the temporary folder and updates it from the
# files of the array named SOURCES.
update() {
  local -n files="$2"
  cp "$source_dir/translations/$1" "$work/$1"
  # Includes are rooted at the repository ("models/csv/CsvImport.h"); lupdate needs the root to
  # find the classes that declare their tr() contexts in headers.
  if ! "$lupdate" -silent -no-obsolete -locations none -I "$source_dir" "${files[@]}" -ts "$work/$1" \
      >"$work/lupdate.log" 2>&1; then
    cat "$work/lupdate.log"
    echo "FAIL: lupdate failed on $1"
    exit 1
  fi
}

# check_italian NAME SOURCES: (a) the catalogue translations/NAME as committed has no
# untranslated message; (b) as lupdate makes it from today's sources, no new string is unfinished.
check_italian() {
  : >"$work/missing-before"
  if ! missing_in "$source_dir/translations/$1"; then
    cp "$work/missing" "$work/missing-before"
    echo "FAIL: $(wc -l <"$work/missing") message(s) in translations/$1 are untranslated or keep the wrong placeholders:"
    sed 's/^/  /' "$work/missing"
    failed=1
  fi
  update "$1" "$2"
  if ! missing_in "$work/$1"; then
    grep -v -x -F -f "$work/missing-before" "$work/missing" >"$work/new" || true
    if [ -s "$work/new" ]; then
      echo "FAIL: $(wc -l <"$work/new") source string(s) are not in translations/$1 yet ($update_hint):"
      sed 's/^/  /' "$work/new"
      failed=1
    fi
  fi
}

check_italian lecdesk_it.ts sources
check_italian lecdesk-server_it.ts server_sources

# (c) The English plural forms, from today's sources.
update lecdesk_en.ts sources
if ! missing_in --numerus-only "$work/lecdesk_en.ts"; then
  echo "FAIL: $(wc -l <"$work/missing") plural message(s) lack their English forms in translations/lecdesk_en.ts ($update_hint):"
  sed 's/^/  /' "$work/missing"
  failed=1
fi

if [ "$failed" -ne 0 ]; then exit 1; fi
echo "translations complete: $(grep -c '<message' "$work/lecdesk_it.ts" || true) message(s) for the desktop, $(grep -c '<message' "$work/lecdesk-server_it.ts" || true) for the server, all translated"
