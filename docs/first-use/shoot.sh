#!/usr/bin/env bash
# The screenshots of docs/first-use-checks.md: .ci/screenshot.sh's way (the real window under
# Xvfb, a private settings folder, the app's first-frame file), plus two things it lacks:
#   SHOT_SETTINGS  JSON entries written to the private settings file before the app starts
#                  (what a learner would have chosen earlier: a noisy square wave, run-free);
#   SHOT_ACTIONS   bash run on the Xvfb display once the first frame is drawn, with xdotool
#                  (a click on a tab, a key), before the screenshot.
#   bash docs/first-use/shoot.sh APP OUT.png WIDTHxHEIGHT SECONDS [-- app arguments]
set -euo pipefail

app="$1"; out="$2"; geometry="$3"; wait="$4"
shift 4
[ "${1:-}" = "--" ] && shift

for tool in xvfb-run xdotool import; do
  command -v "$tool" >/dev/null || { echo "shoot.sh: $tool is missing" >&2; exit 1; }
done

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/config/LSTM Lab"
[ -n "${SHOT_SETTINGS:-}" ] && printf '%s\n' "$SHOT_SETTINGS" >"$scratch/config/LSTM Lab/lstm-lab.json"
printf '%s\n' "${SHOT_ACTIONS:-true}" >"$scratch/actions.sh"

XDG_CONFIG_HOME="$scratch/config" LSTMLAB_READY_FILE="$scratch/ready" QT_QPA_PLATFORM=xcb \
  xvfb-run -a -s "-screen 0 ${geometry}x24" bash -c '
  scratch="$1" wait="$2" out="$3"
  shift 3
  "$@" >"$scratch/app.log" 2>&1 &
  pid=$!
  began=$SECONDS
  until [ -e "$scratch/ready" ]; do
    kill -0 "$pid" 2>/dev/null || { echo "shoot.sh: the app ended early" >&2; cat "$scratch/app.log" >&2; exit 3; }
    [ $((SECONDS - began)) -lt 90 ] || { echo "shoot.sh: no first frame" >&2; kill "$pid"; exit 3; }
    sleep 0.2
  done
  sleep "$wait"
  bash "$scratch/actions.sh"
  sleep 1
  import -window root "$out"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
' shoot "$scratch" "$wait" "$out" "$app" "$@"
echo "screenshot: $out"
