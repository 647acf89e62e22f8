#!/usr/bin/env bash
# Checks the server's packaging files: the example config names every key the server knows, with
# its default value and a comment, and nothing else, in the INI form QSettings reads; the systemd
# unit has the settings the package relies on and passes `systemd-analyze verify` (where
# systemd-analyze is installed).
# Usage: check-server-files.sh PACKAGING_DIR
set -euo pipefail

packaging="$1"
config="$packaging/lecdesk-server.conf.example"
unit="$packaging/lecdesk-server.service"

failures=()
fail() { failures+=("$1"); echo "FAIL: $1" >&2; }

# Every key ServerConfig reads, with its default: keep in step with server/ServerConfig.cpp.
expected_keys=(
  server/listen=0.0.0.0
  server/port=8443
  server/certificate=/etc/lecdesk-server/tls/cert.pem
  server/key=/etc/lecdesk-server/tls/key.pem
  server/database=/var/lib/lecdesk-server/lecdesk-server.sqlite
  server/access_log=-
  limits/max_body_bytes=4194304
  limits/idle_timeout_seconds=60
  limits/max_batch_records=1000
  limits/max_page_size=1000
  limits/token_days=90
  limits/login_failures_per_account=5
  limits/login_failures_per_address=20
  limits/login_failure_window_seconds=900
)

# "set section/key=value" for every setting of the example, and "bare section/key" for a setting
# whose block of settings does not follow a comment.
parsed="$(awk '
  /^\[[a-z_]+\]$/ { section = substr($0, 2, length($0) - 2); previous = ""; next }
  /^[a-z_]+=/ {
    print "set " section "/" $0
    if (previous !~ /^;/) print "bare " section "/" substr($0, 1, index($0, "=") - 1)
    next
  }
  { previous = $0 }
' "$config")"
settings="$(printf '%s\n' "$parsed" | sed -n 's/^set //p')"
uncommented="$(printf '%s\n' "$parsed" | sed -n 's/^bare //p')"

for expected in "${expected_keys[@]}"; do
  key="${expected%%=*}"
  actual="$(printf '%s\n' "$settings" | grep -E "^${key}=" || true)"
  if [ -z "$actual" ]; then
    fail "$config lacks $key"
  elif [ "$actual" != "$expected" ]; then
    fail "$config has $actual, the default is $expected"
  fi
done
while IFS= read -r setting; do
  [ -n "$setting" ] || continue
  known=no
  for expected in "${expected_keys[@]}"; do
    if [ "${setting%%=*}" = "${expected%%=*}" ]; then known=yes; fi
  done
  [ "$known" = yes ] || fail "$config sets ${setting%%=*}, which the server does not know"
done <<<"$settings"
while IFS= read -r key; do
  [ -n "$key" ] && fail "$config: $key has no comment above it"
done <<<"$uncommented"
# QSettings (IniFormat) takes only ";" for a comment: a "#" line would be read as a key.
if grep -n -E '^[^;[:space:]].*' "$config" | grep -v -E '^[0-9]+:(\[[a-z_]+\]|[a-z_]+=.*)$'; then
  fail "$config has lines that are neither a ;comment, a [section] nor key=value"
fi

# The unit runs the packaged binary with the packaged config, as the service user.
for directive in \
  'User=lecdesk-server' \
  'StateDirectory=lecdesk-server' \
  'ConfigurationDirectory=lecdesk-server' \
  'ExecStart=/usr/bin/lecdesk-server serve --config /etc/lecdesk-server/lecdesk-server.conf' \
  'Restart=on-failure' \
  'NoNewPrivileges=yes' \
  'ProtectSystem=strict' \
  'ProtectHome=yes' \
  'PrivateTmp=yes' \
  'PrivateDevices=yes' \
  'ProtectKernelTunables=yes' \
  'ProtectKernelModules=yes' \
  'RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX' \
  'CapabilityBoundingSet=' \
  'SystemCallFilter=@system-service' \
  'ReadWritePaths=/var/lib/lecdesk-server' \
  'LockPersonality=yes' \
  'MemoryDenyWriteExecute=yes'; do
  grep -F -x -q "$directive" "$unit" || fail "$unit lacks the line $directive"
done

if command -v systemd-analyze >/dev/null 2>&1; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  # verify also wants the program to exist: the packaged one is not installed here.
  sed 's|^ExecStart=/usr/bin/lecdesk-server |ExecStart=/bin/true |' "$unit" >"$work/lecdesk-server.service"
  # verify exits 0 on unknown keys and bad values; any message is a finding.
  if ! out="$(cd "$work" && systemd-analyze verify ./lecdesk-server.service 2>&1)" || [ -n "$out" ]; then
    fail "systemd-analyze verify: $out"
  fi
else
  echo "systemd-analyze is not installed: the unit's syntax was not verified"
fi

if [ "${#failures[@]}" -ne 0 ]; then
  echo "${#failures[@]} server packaging check(s) failed" >&2
  exit 1
fi
echo "server config example and systemd unit are complete"
