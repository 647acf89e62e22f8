#!/usr/bin/env bash
# Runs shellcheck over the project's shell scripts; skipped (77) where shellcheck is not installed.
# Usage: check-scripts.sh SOURCE_DIR
set -euo pipefail

source_dir="$1"
if ! command -v shellcheck >/dev/null 2>&1; then
  echo "shellcheck is not installed: skipped"
  exit 77
fi

mapfile -t scripts < <(find "$source_dir/scripts" "$source_dir/tests" "$source_dir/packaging" \
  -name '*.sh' -type f | sort)
scripts+=("$source_dir/.ci/run")
shellcheck --shell=bash "${scripts[@]}"
echo "shellcheck: ${#scripts[@]} scripts clean"
