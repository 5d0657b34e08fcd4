#!/usr/bin/env bash
# Runs the real LSTM Lab window under Xvfb, waits until it has drawn its first training frame,
# lets it train SECONDS more, and screenshots the whole screen.
#   bash .ci/screenshot.sh APP OUT.png [WIDTHxHEIGHT] [SECONDS] [-- app arguments]
# The window is always the X11 one (QT_QPA_PLATFORM=xcb), whatever the caller's environment
# says: an exported QT_QPA_PLATFORM=offscreen would otherwise draw it where Xvfb cannot see.
# The app writes LSTMLAB_READY_FILE once its first frame is on screen; without it within
# LSTMLAB_READY_TIMEOUT seconds (default 90) the script fails.
# LSTMLAB_SCREENSHOT_CLICKS="X,Y X,Y ..." clicks those screen points, in turn, once the first
# frame is up (a dock's tab, for the docs' pictures; needs xdotool, which only this uses).
# With LSTMLAB_CHECK_BLANK=1 it fails (exit 1) when the screenshot is blank: fewer than 64
# distinct colours or almost no variation, i.e. the window did not draw.
set -euo pipefail

app="$1"; out="$2"; geometry="${3:-1600x1000}"; wait="${4:-0}"
shift $(( $# >= 4 ? 4 : $# ))
[ "${1:-}" = "--" ] && shift
timeout_s="${LSTMLAB_READY_TIMEOUT:-90}"

for tool in xvfb-run import identify; do
  command -v "$tool" >/dev/null || { echo "screenshot.sh: $tool is missing (xvfb, imagemagick)" >&2; exit 1; }
done

# A private settings folder so the screenshot shows the defaults, not a developer's settings.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
ready="$scratch/ready"
log="$scratch/app.log"

status=0
XDG_CONFIG_HOME="$scratch/config" LSTMLAB_READY_FILE="$ready" QT_QPA_PLATFORM=xcb \
  xvfb-run -a -s "-screen 0 ${geometry}x24" bash -c '
  ready="$1" timeout_s="$2" wait="$3" out="$4" log="$5"
  shift 5
  "$@" >"$log" 2>&1 &
  pid=$!
  began=$SECONDS
  until [ -e "$ready" ]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "screenshot.sh: the app ended before drawing its first frame" >&2; exit 3
    fi
    if [ $((SECONDS - began)) -ge "$timeout_s" ]; then
      echo "screenshot.sh: no first frame within $timeout_s s" >&2; kill "$pid"; exit 3
    fi
    sleep 0.2
  done
  echo "first frame after $((SECONDS - began)) s"
  for point in ${LSTMLAB_SCREENSHOT_CLICKS:-}; do
    xdotool mousemove "${point%,*}" "${point#*,}" click 1
    sleep 0.5
  done
  sleep "$wait"
  import -window root "$out"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
' screenshot "$ready" "$timeout_s" "$wait" "$out" "$log" "$app" "$@" || status=$?
if [ "$status" -ne 0 ]; then
  echo "screenshot.sh: app output:" >&2
  cat "$log" >&2 || true
  exit "$status"
fi

echo "screenshot: $out ($(identify -format '%wx%h' "$out"))"
if [ "${LSTMLAB_CHECK_BLANK:-0}" = "1" ]; then
  colours="$(identify -format '%k' "$out")"
  spread="$(identify -format '%[fx:standard_deviation]' "$out")"
  echo "distinct colours: $colours, standard deviation: $spread"
  if [ "$colours" -lt 64 ] || awk "BEGIN { exit !($spread < 0.02) }"; then
    echo "screenshot.sh: the window looks blank" >&2
    exit 1
  fi
fi
