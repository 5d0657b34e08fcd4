#!/usr/bin/env bash
# Builds the .deb (portable build) and checks that it installs and starts on a clean Debian 12:
# a minimal bookworm made with debootstrap, where apt installs the package and its
# dependencies, then `lstm-lab --headless` trains one epoch and the window starts under Xvfb.
#   sudo bash .ci/deb-check.sh          (needs root for debootstrap and chroot)
set -euo pipefail

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${LSTMLAB_DEB_BUILD_DIR:-$top/build-deb}"
root="${LSTMLAB_DEB_ROOT:-/tmp/lstmlab-clean-bookworm}"

[ "$(id -u)" -eq 0 ] || { echo "deb-check.sh: run as root (debootstrap, chroot)" >&2; exit 1; }
command -v debootstrap >/dev/null || { apt-get update -qq; apt-get install -y -qq debootstrap; }

cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLSTMLAB_NATIVE=OFF -DLSTMLAB_BUILD_TESTS=OFF
cmake --build "$build" --parallel "$(nproc)"
(cd "$build" && cpack -G DEB)
deb="$(ls -t "$build"/lstm-lab_*.deb | head -n 1)"
echo "package: $deb"
dpkg-deb --info "$deb" | sed -n '/Depends/p'
dpkg-deb --contents "$deb"

# The Debian mirror this machine already uses.
mirror="$(grep -rhoE '^(deb|URIs:)\s+\S+' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null \
          | awk '{print $2}' | grep -v security | head -n 1)"
[ -n "$mirror" ] || { echo "deb-check.sh: no Debian mirror found in /etc/apt" >&2; exit 1; }

if [ ! -x "$root/usr/bin/apt-get" ]; then
  rm -rf "$root"
  debootstrap --variant=minbase bookworm "$root" "$mirror"
fi
cp "$deb" "$root/tmp/lstm-lab.deb"
mount --bind /proc "$root/proc"
trap 'umount "$root/proc" 2>/dev/null || true' EXIT

chroot "$root" /bin/bash -euo pipefail -c '
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq /tmp/lstm-lab.deb xvfb xauth x11-apps >/dev/null
  echo "installed: $(dpkg-query -W -f="\${Package} \${Version}" lstm-lab)"
  test -f /usr/share/applications/io.github.lstmlab.LstmLab.desktop
  test -f /usr/share/metainfo/io.github.lstmlab.LstmLab.metainfo.xml
  test -f /usr/share/icons/hicolor/scalable/apps/io.github.lstmlab.LstmLab.svg
  lstm-lab --version
  lstm-lab --headless --epochs 1 --out /tmp/run | tail -n 3
  test -s /tmp/run/model.json && test -s /tmp/run/gates.png
  xvfb-run -a -s "-screen 0 1366x768x24" bash -c "lstm-lab & pid=\$!; sleep 8; xwd -root -silent > /tmp/shot.xwd; kill \$pid; wait \$pid || true"
  test -s /tmp/shot.xwd
  echo "deb-check: the package installs, trains headless and opens its window on a clean Debian 12"
'
