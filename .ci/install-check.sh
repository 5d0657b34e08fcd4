#!/usr/bin/env bash
# Checks what `cmake --install` lays out, in a scratch DESTDIR under the build folder: the
# binary, the desktop entry (desktop-file-validate), the AppStream metainfo
# (appstreamcli validate --no-net), the scalable icon and the translation catalogues, each where
# desktops and software centres look for it. CTest runs it as install-layout.
#   bash .ci/install-check.sh BUILD_DIR
set -euo pipefail

build="${1:?usage: bash .ci/install-check.sh BUILD_DIR}"
id=io.github.lstmlab.LstmLab
destdir="$build/install-check"
prefix=/usr

rm -rf "$destdir"
DESTDIR="$destdir" cmake --install "$build" --prefix "$prefix" >/dev/null
root="$destdir$prefix"

status=0
expect() {
  if [ -s "$root/$1" ]; then
    echo "ok   $prefix/$1"
  else
    echo "MISSING $prefix/$1"
    status=1
  fi
}
expect bin/lstm-lab
expect "share/applications/$id.desktop"
expect "share/metainfo/$id.metainfo.xml"
expect "share/icons/hicolor/scalable/apps/$id.svg"
expect share/lstm-lab/translations/lstm-lab_en.qm
expect share/lstm-lab/translations/lstm-lab_zh_CN.qm
[ -x "$root/bin/lstm-lab" ] || { echo "NOT EXECUTABLE $prefix/bin/lstm-lab"; status=1; }
[ "$status" -eq 0 ] || exit 1

# The desktop entry's Icon= and the metainfo's launchable must name the installed files.
grep -qx "Icon=$id" "$root/share/applications/$id.desktop" \
  || { echo "the desktop entry's Icon= is not $id"; exit 1; }
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$root/share/metainfo/$id.metainfo.xml" \
  || { echo "the metainfo's launchable is not $id.desktop"; exit 1; }

desktop-file-validate "$root/share/applications/$id.desktop"
appstreamcli validate --no-net "$root/share/metainfo/$id.metainfo.xml"
echo "install-check: the install layout is complete and its desktop entry and metainfo validate"
