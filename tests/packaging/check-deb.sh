#!/usr/bin/env bash
# Builds the Debian packages from the build folder with CPack and checks their control fields and
# contents: lecdesk (the desktop app) always, lecdesk-server when the build has the server program.
# Usage: check-deb.sh BUILD_DIR [CMAKE_COMMAND] [WITH_SERVER: 1 or 0]
set -euo pipefail

build="$1"
cmake_command="${2:-cmake}"
with_server="${3:-0}"
cpack_command="$(dirname "$cmake_command")/cpack"
if [ ! -x "$cpack_command" ]; then cpack_command="cpack"; fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

failures=()
fail() { failures+=("$1"); echo "FAIL: $1" >&2; }

if ! "$cpack_command" --config "$build/CPackConfig.cmake" -G DEB -B "$work" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log" >&2
  echo "FAIL: cpack could not build the package" >&2
  exit 1
fi

debs=("$work"/*.deb)
if [ ! -f "${debs[0]}" ] || [ "${#debs[@]}" -ne 1 ]; then
  cat "$work/cpack.log" >&2
  echo "FAIL: expected one .deb in $work, found: ${debs[*]}" >&2
  exit 1
fi
deb="${debs[0]}"
echo "built $(basename "$deb")"

field() { dpkg-deb -f "$deb" "$1"; }

[ "$(field Package)" = "lecdesk" ] || fail "Package is '$(field Package)', not lecdesk"
[ "$(field Section)" = "education" ] || fail "Section is '$(field Section)', not education"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"

depends="$(field Depends)"
echo "Depends: $depends"
# One dependency per line, alternatives kept together, versions dropped.
depends_list="$(printf '%s\n' "$depends" | tr ',' '\n' | sed -e 's/([^)]*)//g' -e 's/^ *//' -e 's/ *$//')"
has_depend() { printf '%s\n' "$depends_list" | grep -E -q "(^|\\| *)$1( |\$)"; }
for dep in libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 libsecret-1-0 gnome-keyring \
           qt6-translations-l10n libc6 'libqt6core6[a-z0-9]*' 'libqt6widgets6[a-z0-9]*'; do
  # libc6 and the Qt libraries come from dpkg-shlibdeps: their presence shows it ran.
  has_depend "$dep" || fail "Depends lacks $dep"
done

contents="$(dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|')"
for path in /usr/bin/lecdesk \
            /usr/share/applications/org.lecdesk.LecDesk.desktop \
            /usr/share/metainfo/org.lecdesk.LecDesk.metainfo.xml \
            /usr/share/icons/hicolor/scalable/apps/org.lecdesk.LecDesk.svg \
            /usr/share/doc/lecdesk/copyright; do
  printf '%s\n' "$contents" | grep -F -x -q "$path" || fail "package lacks $path"
done

# Nothing but the app's own files: no headers, static libraries, test programs or server files.
unexpected="$(printf '%s\n' "$contents" | grep -E '\.(a|h)$|/tst_|/bench_|lecdesk-server|^/etc' || true)"
[ -z "$unexpected" ] || fail "package holds files that are not the app's: $unexpected"

# The installed tree as a software centre sees it: metainfo, desktop file and icon together.
dpkg-deb -x "$deb" "$work/root"
if ! appstreamcli validate-tree --no-net "$work/root" >"$work/tree.log" 2>&1; then
  cat "$work/tree.log" >&2
  fail "appstreamcli validate-tree rejects the installed tree"
fi

# The packaged (stripped) binary starts and knows its version.
version="$(field Version)"
if ! out="$(HOME="$work" QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/lecdesk" --version 2>&1)"; then
  fail "the packaged lecdesk --version failed: $out"
elif ! printf '%s\n' "$out" | grep -F -q "$version"; then
  fail "the packaged lecdesk --version prints '$out', not the package version $version"
fi

if [ "$with_server" = 1 ]; then
  mkdir "$work/server"
  if ! "$cpack_command" --config "$build/CPackServerConfig.cmake" -G DEB -B "$work/server" \
      >"$work/cpack-server.log" 2>&1; then
    cat "$work/cpack-server.log" >&2
    echo "FAIL: cpack could not build the server package" >&2
    exit 1
  fi
  server_debs=("$work/server"/*.deb)
  server_deb="${server_debs[0]}"
  echo "built $(basename "$server_deb")"
  server_field() { dpkg-deb -f "$server_deb" "$1"; }
  [ "$(server_field Package)" = "lecdesk-server" ] || fail "Package is '$(server_field Package)', not lecdesk-server"
  [ "$(server_field Section)" = "net" ] || fail "Section is '$(server_field Section)', not net"
  [ "$(server_field Version)" = "$version" ] || fail "the two packages have different versions"
  depends="$(server_field Depends)"
  echo "Depends: $depends"
  depends_list="$(printf '%s\n' "$depends" | tr ',' '\n' | sed -e 's/([^)]*)//g' -e 's/^ *//' -e 's/ *$//')"
  for dep in libqt6sql6-sqlite libqt6sql6-psql adduser libc6 'libqt6core6[a-z0-9]*' \
             'libqt6network6[a-z0-9]*' 'libsodium[0-9]+'; do
    has_depend "$dep" || fail "lecdesk-server Depends lacks $dep"
  done
  if has_depend 'libqt6widgets6[a-z0-9]*' || has_depend 'libqt6gui6[a-z0-9]*'; then
    fail "lecdesk-server depends on QtGui or QtWidgets"
  fi

  server_contents="$(dpkg-deb -c "$server_deb" | awk '{print $NF}' | sed 's|^\./|/|')"
  for path in /usr/bin/lecdesk-server \
              /usr/lib/systemd/system/lecdesk-server.service \
              /etc/lecdesk-server/lecdesk-server.conf \
              /usr/share/doc/lecdesk-server/copyright \
              /usr/share/doc/lecdesk-server/lecdesk-server.conf.example; do
    printf '%s\n' "$server_contents" | grep -F -x -q "$path" || fail "lecdesk-server lacks $path"
  done
  unexpected="$(printf '%s\n' "$server_contents" | grep -E '\.(a|h)$|/tst_|/bench_|/bin/lecdesk$|/applications/' || true)"
  [ -z "$unexpected" ] || fail "lecdesk-server holds files that are not the server's: $unexpected"

  dpkg-deb -e "$server_deb" "$work/server/control"
  grep -F -x -q /etc/lecdesk-server/lecdesk-server.conf "$work/server/control/conffiles" ||
    fail "the server's config is not a conffile"
  for script in postinst prerm postrm; do
    [ -x "$work/server/control/$script" ] || fail "lecdesk-server has no executable $script"
  done

  # The packaged (stripped) server starts and explains itself.
  dpkg-deb -x "$server_deb" "$work/server/root"
  if ! out="$(HOME="$work" "$work/server/root/usr/bin/lecdesk-server" --help 2>&1)"; then
    fail "the packaged lecdesk-server --help failed: $out"
  fi
fi

if [ "${#failures[@]}" -ne 0 ]; then
  echo "${#failures[@]} packaging check(s) failed" >&2
  exit 1
fi
echo "package(s) complete"
