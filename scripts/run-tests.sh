#!/usr/bin/env bash
# Installs the dependencies, builds everything in build/ and runs the whole test suite with CTest,
# inside scripts/test-session.sh (fresh HOME, offscreen Qt, private session bus and keyring).
# Works from any folder; extra arguments go to ctest. Exits with CTest's status.
# Environment: LECDESK_BUILD_DIR (default: build/ in the source tree).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${LECDESK_BUILD_DIR:-$root/build}"

bash "$root/scripts/setup.sh"

if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" --parallel 2

status=0
bash "$root/scripts/test-session.sh" \
  ctest --test-dir "$build" --output-on-failure --no-tests=error -j2 "$@" || status=$?
exit "$status"
