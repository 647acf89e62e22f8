#!/usr/bin/env bash
# Runs a command the way the tests expect to run: a fresh HOME (and XDG folders) in a temporary
# folder removed afterwards, Qt offscreen, no display, and, where installed, a private D-Bus session
# bus with gnome-keyring's Secret Service unlocked on an empty login keyring.
# Usage: scripts/test-session.sh COMMAND [ARGS...]   e.g. scripts/test-session.sh ctest --test-dir build
# Exits with the command's status.
set -euo pipefail

if [ "${1:-}" = "--inside-bus" ]; then
  shift
  if command -v gnome-keyring-daemon >/dev/null 2>&1; then
    # Given a password on stdin the daemon creates the login keyring and unlocks it (an empty one
    # leaves it locked, and a write would then wait for a prompt that cannot show).
    printf 'lecdesk-tests' | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
  fi
  exec "$@"
fi

if [ "$#" -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/runtime"
chmod 700 "$scratch/runtime"

export HOME="$scratch/home"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share"
export XDG_CACHE_HOME="$HOME/.cache" XDG_STATE_HOME="$HOME/.local/state"
export XDG_RUNTIME_DIR="$scratch/runtime"
export QT_QPA_PLATFORM=offscreen
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY

status=0
if command -v dbus-run-session >/dev/null 2>&1; then
  dbus-run-session -- bash "${BASH_SOURCE[0]}" --inside-bus "$@" || status=$?
else
  "$@" || status=$?
fi
exit "$status"
