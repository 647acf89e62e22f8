#!/usr/bin/env bash
# Checks that every tracked C++ file (*.cpp, *.h) is formatted with the project's .clang-format;
# lists the files to fix (`clang-format -i FILE...`) and exits 1 when any is not. Run by .ci/run.
# Usage: scripts/check-format.sh   (from any folder; needs git and clang-format, see setup.sh)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if ! command -v clang-format >/dev/null 2>&1; then
  echo "check-format.sh: clang-format is not installed (bash scripts/setup.sh installs it)" >&2
  exit 1
fi

mapfile -t files < <(git ls-files -- '*.cpp' '*.h')
if [ ${#files[@]} -eq 0 ]; then
  echo "check-format.sh: no tracked C++ files" >&2
  exit 1
fi

# One run over every file; each violation is reported as "FILE:LINE:COLUMN: error: ...".
report="$(clang-format --dry-run --Werror "${files[@]}" 2>&1)" && status=0 || status=$?
if [ "$status" -ne 0 ]; then
  mapfile -t unformatted < <(printf '%s\n' "$report" |
    sed -n 's/^\(.*\):[0-9]*:[0-9]*: error: code should be clang-formatted.*/\1/p' | sort -u)
  if [ ${#unformatted[@]} -eq 0 ]; then
    printf '%s\n' "$report" >&2  # clang-format itself failed: say how
    echo "check-format.sh: clang-format failed" >&2
    exit 1
  fi
  echo "These files are not formatted with .clang-format; run clang-format -i on them:" >&2
  printf '  %s\n' "${unformatted[@]}" >&2
  exit 1
fi
echo "clang-format: ${#files[@]} C++ files formatted"
