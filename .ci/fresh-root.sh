# shellcheck shell=bash
# A brand-new Debian 12 root for every run, shared by deb-check.sh and fresh-machine-check.sh
# (sourced, as root). The pristine minimal bookworm (debootstrap --variant=minbase) is made once
# and kept, since none of our packages are in it; every run works in a fresh copy of it, so what
# apt resolves and installs is never left over from an earlier run.
#   source .ci/fresh-root.sh
#   fresh_root_make ROOT       # ROOT: a fresh copy of the pristine base, with apt sources
#   fresh_root_mount ROOT      # /proc, /sys, /dev (with /dev/pts, /dev/shm); undone on exit
#   fresh_root_run ROOT CMD... # CMD inside ROOT as root, in a clean environment, no display
# On exit (also on failure or a signal) whatever still runs inside ROOT is ended and ROOT is
# unmounted; it is removed after a successful run and kept for a look after a failed one (the
# next run removes it). LSTMLAB_FRESH_BASE moves the pristine base (default below).

fresh_root_base="${LSTMLAB_FRESH_BASE:-/var/tmp/lstmlab-bookworm-minbase}"
fresh_root_path=""
fresh_root_debootstrap_seconds=0 # how long fresh_root_make took to make the base (0: kept)

# The Debian mirror this machine's apt takes SUITE/main from (asked of apt itself: the source
# files may also list other vendors' repositories, or disabled ones).
fresh_root_mirror() {
  apt-cache policy | awk -v suite="$1" '$2 ~ /^[a-z]+:\/\// {uri = $2; s = $3}
    $0 ~ ("release .*o=Debian,.*n=" suite ",.*c=main") && s == suite "/main" {print uri; exit}'
}

# Ends what still runs inside ROOT (a failed run's app or X server would keep its mounts busy):
# the processes whose root directory is ROOT, all of them started by this script.
fresh_root_kill() {
  local root="$1" p pids=() k
  for k in 1 2 3 4 5 6; do
    pids=()
    for p in /proc/[0-9]*; do
      [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && pids+=("${p#/proc/}")
    done
    ((${#pids[@]})) || return 0
    if [ "$k" -lt 6 ]; then kill -TERM "${pids[@]}" 2>/dev/null || true; else kill -KILL "${pids[@]}" 2>/dev/null || true; fi
    sleep 1
  done
}

# The mount points at or under ROOT, deepest first.
fresh_root_mounts() {
  awk -v r="$1" '$5 == r || index($5, r "/") == 1 {print $5}' /proc/self/mountinfo | sort -r
}

# Unmounts everything mounted at or under ROOT; fails if something stays mounted.
fresh_root_unmount() {
  local root="$1" mnt
  fresh_root_kill "$root"
  for mnt in $(fresh_root_mounts "$root"); do
    umount "$mnt" 2>/dev/null || umount --lazy "$mnt" 2>/dev/null || true
  done
  if [ -n "$(fresh_root_mounts "$root")" ]; then
    echo "fresh-root: still mounted under $root: $(fresh_root_mounts "$root" | tr "\n" " ")" >&2
    return 1
  fi
}

fresh_root_make() {
  local root began mirror security
  root="$(realpath -m "$1")"
  mirror="$(fresh_root_mirror bookworm)"
  [ -n "$mirror" ] || { echo "fresh-root: apt has no Debian bookworm/main source" >&2; return 1; }
  # An earlier run that was killed outright may have left its mounts: never rm -rf through them.
  fresh_root_unmount "$root"
  rm -rf --one-file-system "$root"

  # One pristine base, made under a lock so that two checks starting together do not both make it.
  exec {lock}>"$fresh_root_base.lock"
  flock "$lock"
  if [ ! -e "$fresh_root_base.complete" ]; then
    command -v debootstrap >/dev/null || { apt-get update -qq; apt-get install -y -qq debootstrap; }
    began=$SECONDS
    fresh_root_unmount "$fresh_root_base" # a killed debootstrap may leave its /proc mounted
    rm -rf --one-file-system "$fresh_root_base"
    debootstrap --variant=minbase bookworm "$fresh_root_base" "$mirror"
    echo "debootstrap bookworm from $mirror, $(date -u +%FT%TZ)" >"$fresh_root_base.complete"
    fresh_root_debootstrap_seconds=$((SECONDS - began))
    echo "fresh-root: pristine minbase bookworm made in $fresh_root_debootstrap_seconds s: $fresh_root_base"
  else
    echo "fresh-root: pristine base kept from earlier: $(cat "$fresh_root_base.complete")"
  fi
  cp -a "$fresh_root_base" "$root"
  flock -u "$lock"
  exec {lock}>&-

  # The sources a newly installed Debian 12 has: the release, its updates and security updates.
  security="$(fresh_root_mirror bookworm-security)"
  {
    echo "deb $mirror bookworm main"
    echo "deb $mirror bookworm-updates main"
    [ -z "$security" ] || echo "deb $security bookworm-security main"
  } >"$root/etc/apt/sources.list"
  cp -L /etc/resolv.conf "$root/etc/resolv.conf"
}

# What a build and a test suite need: /proc, /sys (read-only) and the host's /dev with its
# /dev/pts and /dev/shm (rbind, made a slave so nothing mounted under it reaches the host).
fresh_root_mount() {
  fresh_root_path="$(realpath -m "$1")"
  trap 'fresh_root_exit' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM HUP
  mount -t proc proc "$fresh_root_path/proc"
  mount -t sysfs -o ro,nosuid,nodev,noexec sysfs "$fresh_root_path/sys"
  mount --rbind /dev "$fresh_root_path/dev"
  mount --make-rslave "$fresh_root_path/dev"
}

fresh_root_exit() {
  local status=$? root="$fresh_root_path"
  [ -n "$root" ] || return 0
  if ! fresh_root_unmount "$root"; then
    echo "fresh-root: $root left in place, not removed" >&2
    [ "$status" -ne 0 ] || exit 1
  elif [ "$status" -eq 0 ]; then
    rm -rf --one-file-system "$root"
  else
    echo "fresh-root: $root kept for a look (unmounted; the next run removes it)" >&2
  fi
}

# CMD as root inside ROOT with nothing of the caller's environment: no DISPLAY, no build
# settings, the locale a fresh system has.
fresh_root_run() {
  local root="$1"
  shift
  env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
    LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive chroot "$root" "$@"
}
