#!/usr/bin/env bash
# Builds the .deb (portable build) and checks that it installs and starts on a clean Debian 12:
# a fresh minimal bookworm (debootstrap) where apt installs the package with its Depends only
# (no Recommends), then `lstm-lab --headless` trains one epoch and the window, started under
# Xvfb, shows and is still running seconds later. The screenshot is left in the build folder.
#   sudo bash .ci/deb-check.sh          (needs root for debootstrap and chroot)
set -euo pipefail

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${LSTMLAB_DEB_BUILD_DIR:-$top/build-deb}"
root="$(realpath -m "${LSTMLAB_DEB_ROOT:-/tmp/lstmlab-clean-bookworm}")"
# shellcheck source-path=SCRIPTDIR source=fresh-root.sh
source "$top/.ci/fresh-root.sh"

[ "$(id -u)" -eq 0 ] || { echo "deb-check.sh: run as root (debootstrap, chroot)" >&2; exit 1; }

cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLSTMLAB_NATIVE=OFF -DLSTMLAB_BUILD_TESTS=OFF
cmake --build "$build" --parallel "$(nproc)"
(cd "$build" && cpack -G DEB)
deb="$(ls -t "$build"/lstm-lab_*.deb | head -n 1)"
echo "package: $deb"
dpkg-deb --info "$deb" | sed -n '/Depends/p'
dpkg-deb --contents "$deb"

# A fresh root for every run (.ci/fresh-root.sh), so that what apt resolves is never left over
# from an earlier run.
fresh_root_make "$root"
fresh_root_mount "$root"
cp "$deb" "$root/tmp/lstm-lab.deb"

fresh_root_run "$root" /bin/bash -euo pipefail -c "$(cat <<'INSIDE'
  apt-get update -qq
  # The package alone and without its Recommends: its Depends must be enough to run.
  apt-get install -y --no-install-recommends /tmp/lstm-lab.deb >/tmp/apt.log
  echo "apt: $(grep -E '^[0-9]+ upgraded, [0-9]+ newly installed' /tmp/apt.log)"
  echo "installed: $(dpkg-query -W -f='${Package} ${Version} ${Status}' lstm-lab)"
  test -x /usr/bin/lstm-lab
  test -f /usr/share/applications/io.github.lstmlab.LstmLab.desktop
  test -f /usr/share/metainfo/io.github.lstmlab.LstmLab.metainfo.xml
  test -f /usr/share/icons/hicolor/scalable/apps/io.github.lstmlab.LstmLab.svg
  test -f /usr/share/lstm-lab/translations/lstm-lab_zh_CN.qm
  # The session file type, registered by shared-mime-info's trigger (Qt depends on it)
  test -f /usr/share/mime/packages/io.github.lstmlab.LstmLab.xml
  grep -q ':application/x-lstm-lab-session:\*\.lstmlab' /usr/share/mime/globs2
  echo "mime: *.lstmlab is application/x-lstm-lab-session"
  echo "--version: $(lstm-lab --version)"
  lstm-lab --headless --epochs 1 --out /tmp/run 2>&1 | tail -n 3
  test -s /tmp/run/model.json && test -s /tmp/run/session.lstmlab && test -s /tmp/run/gates.png

  # Tools for the window check only, installed after the package was shown to stand alone.
  apt-get install -y -qq --no-install-recommends xvfb xauth x11-utils x11-apps >/dev/null
  xvfb-run -a -s "-screen 0 1366x768x24" bash -euo pipefail -c '
    # The main window: its title ends with the app name ("Untitled* — LSTM Lab") and its
    # WM_CLASS is lstm-lab (the 1x1 client leader window Qt makes with that name has none).
    mainwindow() { xwininfo -root -tree | grep -m 1 "LSTM Lab\": (\"lstm-lab\""; }
    lstm-lab 2>/tmp/window.log & pid=$!
    shown=0
    for k in $(seq 60); do
      if mainwindow >/dev/null; then shown=1; break; fi
      kill -0 $pid || { cat /tmp/window.log; echo "deb-check: lstm-lab ended before showing its window"; exit 1; }
      sleep 0.5
    done
    [ $shown = 1 ] || { cat /tmp/window.log; echo "deb-check: no LSTM Lab window after 30 s"; exit 1; }
    sleep 3 # let it train and paint a little
    kill -0 $pid || { cat /tmp/window.log; echo "deb-check: lstm-lab ended after showing its window"; exit 1; }
    echo "window: $(mainwindow | sed "s/^ *//")"
    xwd -root -silent >/tmp/window.xwd
    kill $pid
    wait $pid || true'
  test -s /tmp/window.xwd
INSIDE
)"
if command -v convert >/dev/null; then
  convert "xwd:$root/tmp/window.xwd" "$build/deb-check-window.png"
  echo "screenshot: $build/deb-check-window.png ($(convert "$build/deb-check-window.png" -format '%k' info:) colours)"
fi
echo "deb-check: $(basename "$deb") ($(stat -c %s "$deb") bytes) installs with its dependencies," \
     "trains headless and opens its window on a clean Debian 12"
