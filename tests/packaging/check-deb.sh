#!/usr/bin/env bash
# Builds the Debian package from the build folder with CPack and checks its control fields and
# contents. Usage: check-deb.sh BUILD_DIR [CMAKE_COMMAND]
set -euo pipefail

build="$1"
cmake_command="${2:-cmake}"
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

# Nothing but the app's own files: no headers, static libraries or test programs.
unexpected="$(printf '%s\n' "$contents" | grep -E '\.(a|h)$|/tst_|/bench_' || true)"
[ -z "$unexpected" ] || fail "package holds build leftovers: $unexpected"

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

if [ "${#failures[@]}" -ne 0 ]; then
  echo "${#failures[@]} packaging check(s) failed" >&2
  exit 1
fi
echo "package $(basename "$deb") is complete"
