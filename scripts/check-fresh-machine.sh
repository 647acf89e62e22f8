#!/usr/bin/env bash
# Checks that README's test command works on a truly fresh Debian 12: makes a minimal bookworm
# chroot (debootstrap --variant=minbase, from the Debian mirror this machine's apt uses), clones the
# repository's committed HEAD into it, runs `bash scripts/run-tests.sh` there as root and, when it
# fails, prints the first missing piece (command, header, library, package or failing test).
# Too slow for .ci/run (a clean install, a cold build and the whole suite: the better part of an
# hour on two cores); run it by hand, as root, after changing what the project needs.
#
# Usage: scripts/check-fresh-machine.sh [--keep DIR] [--ccache DIR] [--mirror URL] [REPO]
#   REPO          the git repository to clone (default: the one holding this script); its
#                 committed HEAD is tested, not the working tree
#   --keep DIR    keep the pristine chroot, the downloaded packages and ccache's cache in DIR and
#                 reuse them on the next run (each run still starts from the pristine chroot)
#   --ccache DIR  let the chroot's compiler cache use DIR, e.g. this machine's ~/.cache/ccache,
#                 so the build reuses what was compiled here (a missing header is still found:
#                 ccache preprocesses again when an included file is gone)
#   --mirror URL  the Debian mirror (default: the first one in /etc/apt/sources.list*)
# Exits with the status of the test command inside the chroot (2 on a usage error).
set -euo pipefail

usage() {
  sed -n '9,18s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
  exit 2
}

keep=""
ccache=""
mirror=""
repo=""
while [ "$#" -gt 0 ]; do
  case "$1" in
    --keep) [ "$#" -ge 2 ] || usage; keep="$2"; shift 2 ;;
    --ccache) [ "$#" -ge 2 ] || usage; ccache="$2"; shift 2 ;;
    --mirror) [ "$#" -ge 2 ] || usage; mirror="$2"; shift 2 ;;
    -h | --help) usage ;;
    -*) echo "unknown option: $1" >&2; usage ;;
    *) [ -z "$repo" ] || usage; repo="$1"; shift ;;
  esac
done

if [ "$(id -u)" -ne 0 ]; then
  echo "check-fresh-machine.sh: run it as root (debootstrap, chroot and mount need root)" >&2
  exit 2
fi

start=$SECONDS
elapsed() {
  local s=$((SECONDS - start))
  printf '%dm%02ds' $((s / 60)) $((s % 60))
}
say() { echo "== [$(elapsed)] $*"; }

if [ -z "$repo" ]; then
  repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fi
repo="$(git -C "$repo" rev-parse --show-toplevel)"
commit="$(git -C "$repo" rev-parse HEAD)"
if [ -n "$(git -C "$repo" status --porcelain --untracked-files=no)" ]; then
  echo "note: $repo has uncommitted changes; they are not tested (only HEAD $commit is)"
fi

# The mirror: the first Debian archive URI of this machine's apt sources (one-line or deb822 form).
sources_uris() {
  cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources \
    2>/dev/null | sed -n -e 's/^deb \(\[[^]]*\] \)\{0,1\}\([^ ]*\) .*/\2/p' -e 's/^URIs: *//p' |
    tr ' ' '\n' | grep -E '^https?://' || true
}
if [ -z "$mirror" ]; then
  mirror="$(sources_uris | grep -v security | head -n 1)"
fi
security="$(sources_uris | grep security | head -n 1)"
if [ -z "$mirror" ]; then
  echo "check-fresh-machine.sh: no Debian mirror in /etc/apt/sources.list*; give one with --mirror" >&2
  exit 2
fi

if ! command -v debootstrap >/dev/null 2>&1; then
  say "installing debootstrap"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
fi

if [ -n "$keep" ]; then
  mkdir -p "$keep"
  work="$(cd "$keep" && pwd)"
  # The script replaces base/ and root/ in DIR: it must be a folder of its own, empty the first
  # time and marked as ours after that, never / or a home with a root/ of its own.
  marker="$work/.lecdesk-fresh-machine"
  if [ ! -e "$marker" ] && [ -n "$(ls -A "$work")" ]; then
    echo "check-fresh-machine: --keep $keep must be an empty folder (or one this script made)" >&2
    exit 2
  fi
  touch "$marker"
else
  work="$(mktemp -d /var/tmp/lecdesk-fresh.XXXXXX)"
fi
base="$work/base"  # the pristine minbase system, reused with --keep
root="$work/root"  # this run's machine, a copy of base
if [ -n "$keep" ]; then
  log="$work/run.log"
else
  log="/var/tmp/lecdesk-fresh-machine.$$.log"  # outlives the work folder
fi

# Unmounts everything under the chroot, stops what is left running in it, and (without --keep)
# removes the work folder; never removes anything while something is still mounted below it.
# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() {
  local proc
  for proc in /proc/[0-9]*; do
    if [ "$(readlink "$proc/root" 2>/dev/null)" = "$root" ]; then
      kill -9 "${proc#/proc/}" 2>/dev/null || true
    fi
  done
  awk -v r="$work/" 'index($2, r) == 1 { print $2 }' /proc/mounts | sort -r | while read -r m; do
    umount -R "$m" 2>/dev/null || umount -R -l "$m" 2>/dev/null || true
  done
  if awk -v r="$work/" 'index($2, r) == 1 { found = 1 } END { exit !found }' /proc/mounts; then
    echo "warning: still mounted under $work; left in place" >&2
    return
  fi
  # With --keep the run's copy stays for a look after a failure; the next run replaces it.
  if [ -z "$keep" ]; then
    rm -rf --one-file-system "$work"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ ! -f "$base/etc/debian_version" ]; then
  say "debootstrap --variant=minbase bookworm from $mirror into $base"
  rm -rf --one-file-system "$base"
  if ! debootstrap --variant=minbase bookworm "$base" "$mirror" >"$work/debootstrap.log" 2>&1; then
    tail -n 20 "$work/debootstrap.log" >&2
    echo "check-fresh-machine.sh: debootstrap failed (log: $work/debootstrap.log)" >&2
    exit 1
  fi
  {
    echo "deb $mirror bookworm main"
    echo "deb $mirror bookworm-updates main"
    if [ -n "$security" ]; then echo "deb $security bookworm-security main"; fi
  } >"$base/etc/apt/sources.list"
  rm -rf "$base/var/cache/apt/archives/"*.deb "$base/var/lib/apt/lists/"*_Packages
else
  say "reusing the pristine chroot $base"
fi

say "copying the pristine chroot to $root"
rm -rf --one-file-system "$root"
cp -a "$base" "$root"
cp /etc/resolv.conf "$root/etc/resolv.conf"

# The machine's kernel interfaces; rslave keeps our unmounts from reaching the host's own mounts.
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys"
mount --make-rslave "$root/sys"
mount --rbind /dev "$root/dev"
mount --make-rslave "$root/dev"
if [ -n "$keep" ]; then
  # Downloaded packages and ccache's cache survive for the next run; neither hides a missing piece.
  mkdir -p "$work/apt-archives/partial" "$work/ccache"
  mount --bind "$work/apt-archives" "$root/var/cache/apt/archives"
  ccache="${ccache:-$work/ccache}"
fi
# ccache's cache is shared between trees at different paths: paths relative to the build folder.
ccache_environment=()
if [ -n "$ccache" ]; then
  mkdir -p "$ccache" "$root/root/.cache/ccache"
  mount --bind "$ccache" "$root/root/.cache/ccache"
  ccache_environment=(CCACHE_BASEDIR=/root CCACHE_NOHASHDIR=1)
fi

say "cloning $repo at $commit"
git clone --quiet --no-checkout "$repo" "$root/root/lecdesk"
git -C "$root/root/lecdesk" checkout --quiet --detach "$commit"

say "running 'bash scripts/run-tests.sh' inside the chroot (log: $log)"
status=0
chroot "$root" /usr/bin/env -i HOME=/root TERM="${TERM:-dumb}" LANG=C.UTF-8 \
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "${ccache_environment[@]}" \
  bash -c 'cd /root/lecdesk && bash scripts/run-tests.sh' 2>&1 | tee "$log" || status=$?

if [ "$status" -eq 0 ]; then
  say "PASSED: README's test command works on a fresh Debian 12 (elapsed $(elapsed))"
  exit 0
fi

# The first line that names something missing (a command, a file or header, a library, a
# package) or, when nothing is missing, the first error or failing test.
missing="$(grep -n -m 1 -E \
  -e ': command not found' \
  -e 'No such file or directory' \
  -e 'cannot find -l' \
  -e 'error while loading shared libraries' \
  -e 'CMake Error' \
  -e "No package '.*' found|Package '.*' not found" \
  -e '^E: ' \
  "$log" || true)"
failure="$(grep -n -m 1 -E \
  -e '(error|Error): ' \
  -e 'undefined reference to' \
  -e 'FAIL!  :' \
  -e '\*\*\*(Failed|Exception|Timeout)|Subprocess aborted|\(Failed\)' \
  "$log" || true)"
echo
echo "== FAILED (status $status, elapsed $(elapsed)); full log: $log"
for found in "missing:$missing" "failure:$failure"; do
  [ -n "${found#*:}" ] || continue
  what="${found%%:*}"
  line="${found#*:}"
  line="${line%%:*}"
  if [ "$what" = missing ]; then
    echo "== the first missing piece, at line $line of the log:"
  else
    echo "== the first failure, at line $line of the log:"
  fi
  sed -n "${line},$((line + 4))p" "$log" | cut -c 1-300 | sed 's/^/   /'
  break
done
if grep -q 'The following tests FAILED' "$log"; then
  echo "== failing tests:"
  sed -n '/The following tests FAILED/,$p' "$log" | grep -E '^[[:space:]]*[0-9]+ - ' | sed 's/^/   /'
fi
exit "$status"
