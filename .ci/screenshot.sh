#!/usr/bin/env bash
# Runs the real LSTM Lab window under Xvfb, waits, and screenshots the whole screen.
#   bash .ci/screenshot.sh APP OUT.png [WIDTHxHEIGHT] [SECONDS] [-- app arguments]
# With LSTMLAB_CHECK_BLANK=1 it fails (exit 1) when the screenshot is blank: fewer than 64
# distinct colours or almost no variation, i.e. the window did not draw.
set -euo pipefail

app="$1"; out="$2"; geometry="${3:-1600x1000}"; wait="${4:-8}"
shift $(( $# >= 4 ? 4 : $# ))
[ "${1:-}" = "--" ] && shift

for tool in xvfb-run import identify; do
  command -v "$tool" >/dev/null || { echo "screenshot.sh: $tool is missing (xvfb, imagemagick)" >&2; exit 1; }
done

# A private settings folder so the screenshot shows the defaults, not a developer's settings.
config="$(mktemp -d)"
trap 'rm -rf "$config"' EXIT

XDG_CONFIG_HOME="$config" xvfb-run -a -s "-screen 0 ${geometry}x24" bash -c '
  "$0" "$@" &
  pid=$!
  sleep "'"$wait"'"
  import -window root "'"$out"'"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
' "$app" "$@"

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
