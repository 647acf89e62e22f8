#!/usr/bin/env bash
# Installs the dependencies, builds the app in build/ and starts it; arguments go to lecdesk.
# Works from any folder. Environment: LECDESK_BUILD_DIR (default: build/ in the source tree).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${LECDESK_BUILD_DIR:-$root/build}"

bash "$root/scripts/setup.sh"

if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" --parallel 2 --target lecdesk

exec "$build/app/lecdesk" "$@"
