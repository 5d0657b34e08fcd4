#!/usr/bin/env bash
# LSTM Lab quick start on Debian 12: installs the missing Debian packages, builds a Release
# build in ./build and then either starts the app (`run`) or runs the whole test suite (`test`).
#   bash .ci/quickstart.sh run    # install, build, open the window
#   bash .ci/quickstart.sh test   # install, build, ctest (non-zero exit on any failure)
set -euo pipefail

mode="${1:-run}"
shift || true
case "$mode" in
  run|test|build) ;;
  *) echo "usage: bash .ci/quickstart.sh run|test|build [app arguments]" >&2; exit 2 ;;
esac

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${LSTMLAB_BUILD_DIR:-$top/build}"

# Real package names only, no virtual ones: dpkg-query below does not know a virtual package
# (libqt6svg6-dev is qt6-svg-dev's), so it would count as missing and run apt-get every time.
# README.md's "Quick start" table says what each one is for.
packages=(
  build-essential cmake ninja-build pkg-config
  libeigen3-dev
  libcli11-dev  # CLI11: the command-line parser of lstm-lab and lstm-lab-bench
  rapidjson-dev  # RapidJSON: the SAX reader under core/io/json/json.cpp (model.json, sessions)
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libgl-dev libxkbcommon-dev
  fonts-noto-cjk fonts-dejavu-core
  fortunes-zh fortunes  # text corpora: the 300 Tang poems (tang300) and English fortunes (text mode)
  xvfb xauth imagemagick
  appstream desktop-file-utils shared-mime-info
)
# Only for `test`: the embedding test compares LSTM Lab's skip-gram with gensim's (it is skipped,
# with a message, where gensim is missing).
if [ "$mode" = test ]; then
  packages+=(python3-gensim)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  echo "Installing missing Debian packages: ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

jobs="$(nproc 2>/dev/null || echo 2)"
cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release ${LSTMLAB_CMAKE_ARGS:-}
cmake --build "$build" --parallel "$jobs"

case "$mode" in
  run)
    exec "$build/app/lstm-lab" "$@"
    ;;
  test)
    cd "$build"
    ctest --output-on-failure --timeout 900 -j "$jobs" "$@"
    ;;
  build) ;;
esac
