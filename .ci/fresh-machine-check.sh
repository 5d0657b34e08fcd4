#!/usr/bin/env bash
# The README's quick start on a brand-new Debian 12, as a user who has just installed it would
# run it: a fresh minimal bookworm root (.ci/fresh-root.sh), the committed checkout copied in
# (git archive HEAD: no build folder, no untracked files), then inside it, as root, with a clean
# environment and no display server:
#   bash .ci/quickstart.sh test   (unchanged; it gates: any failure fails this script)
#   xvfb-run ... bash .ci/quickstart.sh run, until the main window shows (at most 60 s), then a
#   screenshot that must not be blank (at least 64 colours), kept as build/fresh-machine-window.png
# Nothing is cached that could hide a missing package: every run installs everything into a new
# root, and downloads too (the Debian mirror serves the ~500 MB in well under a minute, so no
# .deb cache is kept). A used machine cannot fool it, unlike `.ci/run`'s test stage.
#   sudo bash .ci/fresh-machine-check.sh      (needs root for debootstrap, mount and chroot)
# LSTMLAB_FRESH_ROOT moves the root (default below; the build inside it takes about 3 GB).
set -euo pipefail

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${LSTMLAB_BUILD_DIR:-$top/build}"
root="$(realpath -m "${LSTMLAB_FRESH_ROOT:-/var/tmp/lstmlab-fresh-machine}")"
# shellcheck source-path=SCRIPTDIR source=fresh-root.sh
source "$top/.ci/fresh-root.sh"

[ "$(id -u)" -eq 0 ] || { echo "fresh-machine-check.sh: run as root (debootstrap, mount, chroot)" >&2; exit 1; }
mkdir -p "$out"
start=$SECONDS
echo "fresh-machine: checking $(git -C "$top" log -1 --format='%h %s' HEAD)"
[ -z "$(git -C "$top" status --porcelain --untracked-files=no)" ] \
  || echo "fresh-machine: uncommitted changes are not part of the check (it copies HEAD)"

began=$SECONDS
fresh_root_make "$root"
fresh_root_mount "$root"
mkdir -p "$root/root/lstm-lab"
git -C "$top" archive HEAD | tar -x -C "$root/root/lstm-lab"
t_root=$((SECONDS - began - fresh_root_debootstrap_seconds))

# The quick start's test command, each line stamped with the seconds since it began; the marks
# file notes when CMake starts (so the time before it is apt's) and when CTest starts.
log="$out/fresh-machine-test.log"
marks="$(mktemp)"
stamp() {
  local t0=$SECONDS line
  while IFS= read -r line; do
    case "$line" in
      "-- "*) grep -q '^cmake ' "$marks" || echo "cmake $((SECONDS - t0))" >>"$marks" ;;
      "Test project "*) echo "ctest $((SECONDS - t0))" >>"$marks" ;;
    esac
    printf '[%4d s] %s\n' $((SECONDS - t0)) "$line"
  done
}
echo "fresh-machine: bash .ci/quickstart.sh test"
began=$SECONDS
status=0
fresh_root_run "$root" /bin/bash -c 'cd /root/lstm-lab && exec bash .ci/quickstart.sh test' 2>&1 \
  | stamp | tee "$log" || status=$?
t_test=$((SECONDS - began))
mark() { sed -n "s/^$1 //p" "$marks" | head -n 1; }
t_apt="$(mark cmake)"; t_ctest="$(mark ctest)"
rm -f "$marks"
summary="$(grep -m 1 -o '[0-9]*% tests passed.*' "$log" || true)"
echo "fresh-machine: quickstart.sh test took $t_test s (apt ${t_apt:-?} s, configure + build" \
     "$(( ${t_ctest:-$t_test} - ${t_apt:-0} )) s, ctest $(( t_test - ${t_ctest:-$t_test} )) s): ${summary:-no ctest summary}"
if [ "$status" -ne 0 ]; then
  echo "fresh-machine: quickstart.sh test failed with status $status on a fresh Debian 12 (log: $log)" >&2
  exit "$status"
fi

# The window, from the run command. x11-utils (xwininfo, xprop) is a checking tool, not a user's
# dependency: it comes only now, after the test command has built and tested everything with
# the quick start's packages alone (its ui-window-xvfb test already opened the window).
began=$SECONDS
fresh_root_run "$root" apt-get install -y -qq --no-install-recommends x11-utils >/dev/null
echo "fresh-machine: x11-utils installed for the check in $((SECONDS - began)) s"
fresh_root_run "$root" /bin/bash -euo pipefail -c "$(cat <<'INSIDE'
  cd /root/lstm-lab
  auth=/tmp/fresh-machine.xauth
  shot=/tmp/fresh-machine-window.png
  began=$SECONDS
  xvfb-run -a -f "$auth" -s "-screen 0 1366x768x24" bash .ci/quickstart.sh run >/tmp/run.log 2>&1 &
  runner=$!
  # The main window: its title ends with the app name ("Untitled* — LSTM Lab") and its WM_CLASS
  # is lstm-lab (the 1x1 client leader window Qt makes with that name has none). xvfb-run keeps
  # the display it took in the auth file (the last entry, if it had to try more than one).
  display="" window=""
  for k in $(seq 120); do
    kill -0 "$runner" 2>/dev/null \
      || { cat /tmp/run.log; echo "fresh-machine: quickstart.sh run ended before its window showed"; exit 1; }
    [ ! -s "$auth" ] || display="$(xauth -f "$auth" list | sed -n 's/^[^:]*\(:[0-9]*\) .*/\1/p' | tail -n 1)"
    if [ -n "$display" ]; then
      export DISPLAY="$display" XAUTHORITY="$auth"
      window="$(xwininfo -root -tree 2>/dev/null | grep -m 1 'LSTM Lab": ("lstm-lab"' || true)"
      [ -z "$window" ] || break
    fi
    sleep 0.5
  done
  [ -n "$window" ] || { cat /tmp/run.log; echo "fresh-machine: no LSTM Lab window after 60 s"; exit 1; }
  echo "fresh-machine: window after $((SECONDS - began)) s on $DISPLAY: $(echo "$window" | sed 's/^ *//')"
  app="$(xprop -id "$(echo "$window" | awk '{print $1}')" _NET_WM_PID | awk '{print $3}')"
  sleep 3 # let it train and paint a little
  kill -0 "$app" || { cat /tmp/run.log; echo "fresh-machine: lstm-lab ended after showing its window"; exit 1; }
  import -window root "$shot"
  kill "$app"
  wait "$runner" || true
  colours="$(identify -format '%k' "$shot")"
  spread="$(identify -format '%[fx:standard_deviation]' "$shot")"
  echo "fresh-machine: screenshot $(identify -format '%wx%h' "$shot"), $colours distinct colours, standard deviation $spread"
  if [ "$colours" -lt 64 ] || awk "BEGIN { exit !($spread < 0.02) }"; then
    echo "fresh-machine: the window looks blank"
    exit 1
  fi
INSIDE
)" || status=$?
t_window=$((SECONDS - began))
if [ -s "$root/tmp/fresh-machine-window.png" ]; then
  cp "$root/tmp/fresh-machine-window.png" "$out/fresh-machine-window.png"
  echo "fresh-machine: screenshot kept as $out/fresh-machine-window.png"
fi
[ "$status" -eq 0 ] || { echo "fresh-machine: the run command's window check failed" >&2; exit "$status"; }

echo "fresh-machine: times: debootstrap $fresh_root_debootstrap_seconds s (0: pristine base kept)," \
     "fresh copy $t_root s, apt ${t_apt:-?} s," \
     "configure + build $(( ${t_ctest:-$t_test} - ${t_apt:-0} )) s, ctest $(( t_test - ${t_ctest:-$t_test} )) s," \
     "window $t_window s, total $((SECONDS - start)) s"
echo "fresh-machine: bash .ci/quickstart.sh test and run work on a brand-new Debian 12: $summary"
