#!/usr/bin/env bash
# Soak test: the real LSTM Lab window (MainWindow, under Xvfb) trains the seed configuration
# with every panel live (prediction chart with the free run, loss chart, gate panels, gate
# inspector, anatomy view) for MINUTES, and its resident memory (VmRSS from /proc/PID/status)
# is reported every minute. It passes when the growth, the last reading minus the first
# (taken after one minute, once everything is allocated), stays under 5 MB. It also prints
# how much of the growth is the loss history, which grows by 4 bytes a step by design (one
# float32 a step, shared by the worker and the window: core/training/losshistory.h).
#
#   bash bench/soak.sh [BUILD_DIR] [MINUTES]      (defaults: build, 10)
#
# Needs xvfb (xvfb-run) and the lstm-lab-responsiveness target:
#   ninja -C BUILD_DIR lstm-lab-responsiveness
# It is not part of CI: it takes as long as it says.
#
# To tell live data from allocator fragmentation, run it with MALLOC_MMAP_THRESHOLD_=131072:
# glibc then maps every large block on its own and returns it when freed, so the resident
# size follows the live data.
set -euo pipefail

build="${1:-build}"
minutes="${2:-10}"
app="$build/bench/lstm-lab-responsiveness"
limit_kib=5120

[ -x "$app" ] || { echo "soak.sh: $app is missing: build the lstm-lab-responsiveness target" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "soak.sh: xvfb-run is missing (apt-get install xvfb)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
seconds=$(( minutes * 60 + 20 ))

# The window runs in the background inside Xvfb; its PID comes back through a file.
xvfb-run -a -s "-screen 0 1920x1080x24" bash -c '
  "$0" --soak "$1" > "$2/app.log" 2>&1 &
  echo $! > "$2/pid"
  wait $!
' "$app" "$seconds" "$work" &
runner=$!

for _ in $(seq 1 100); do [ -s "$work/pid" ] && break; sleep 0.1; done
pid="$(cat "$work/pid")"
echo "soak: pid $pid, $minutes minute(s), every panel live, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

readings=()
steps=()
for minute in $(seq 1 "$minutes"); do
  sleep 60
  # The window prints its step count each minute of its own clock: wait for this minute's.
  for _ in $(seq 1 100); do
    [ "$(grep -c '^soak: [0-9]* s, step' "$work/app.log" 2>/dev/null)" -ge "$minute" ] && break
    sleep 0.1
  done
  if [ ! -r "/proc/$pid/status" ]; then
    echo "soak.sh: the window exited early:" >&2
    cat "$work/app.log" >&2
    exit 1
  fi
  rss="$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")"
  step="$(awk '/^soak: [0-9]+ s, step/ { s = $5 } END { print s + 0 }' "$work/app.log")"
  readings+=("$rss")
  steps+=("$step")
  printf 'minute %2d: VmRSS %7d KiB (%.1f MiB), step %8d, load %s\n' "$minute" "$rss" \
    "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" "$step" "$(cut -d' ' -f1 /proc/loadavg)"
done

wait "$runner" || true
grep -v '^QStandardPaths' "$work/app.log" || true

first="${readings[0]}"
last="${readings[$(( ${#readings[@]} - 1 ))]}"
growth=$(( last - first ))
printf 'growth from minute 1 to minute %d: %d KiB (%.2f MB; limit %d KiB)\n' "$minutes" "$growth" \
  "$(awk -v k="$growth" 'BEGIN { print k * 1024 / 1e6 }')" "$limit_kib"
# The loss history grows by design: 4 bytes a step, one copy shared by the worker and the
# window. Set the growth against it to tell data from a leak.
history=$(( (${steps[$(( ${#steps[@]} - 1 ))]} - ${steps[0]}) * 4 / 1024 ))
printf 'of which the loss history of the %d steps since minute 1, 4 B a step: %d KiB; the rest: %d KiB\n' \
  "$(( ${steps[$(( ${#steps[@]} - 1 ))]} - ${steps[0]} ))" "$history" "$(( growth - history ))"
if [ "$growth" -ge "$limit_kib" ]; then
  echo "soak: FAILED: resident memory grew by 5 MB or more" >&2
  exit 1
fi
echo "soak: passed"
