#!/usr/bin/env bash
# Checks what `cmake --install` lays out, in a scratch DESTDIR under the build folder: the
# binary, the desktop entry (desktop-file-validate), the AppStream metainfo
# (appstreamcli validate --no-net), the scalable icon, the session file type for the shared MIME
# database (update-mime-database) and the translation catalogues, each where desktops and
# software centres look for it. CTest runs it as install-layout.
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
expect "share/mime/packages/$id.xml"
expect share/lstm-lab/translations/lstm-lab_en.qm
expect share/lstm-lab/translations/lstm-lab_zh_CN.qm
[ -x "$root/bin/lstm-lab" ] || { echo "NOT EXECUTABLE $prefix/bin/lstm-lab"; status=1; }
[ "$status" -eq 0 ] || exit 1

# The desktop entry's Icon= and the metainfo's launchable must name the installed files.
grep -qx "Icon=$id" "$root/share/applications/$id.desktop" \
  || { echo "the desktop entry's Icon= is not $id"; exit 1; }
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$root/share/metainfo/$id.metainfo.xml" \
  || { echo "the metainfo's launchable is not $id.desktop"; exit 1; }

# The session type: the desktop entry and the metainfo name the type the MIME package defines,
# and update-mime-database accepts the package and maps *.lstmlab to it.
type=application/x-lstm-lab-session
grep -qx "MimeType=$type;" "$root/share/applications/$id.desktop" \
  || { echo "the desktop entry's MimeType= is not $type;"; exit 1; }
grep -q "<mediatype>$type</mediatype>" "$root/share/metainfo/$id.metainfo.xml" \
  || { echo "the metainfo does not provide $type"; exit 1; }
mime="$destdir/mime-check"
mkdir -p "$mime/packages"
cp "$root/share/mime/packages/$id.xml" "$mime/packages/"
update-mime-database "$mime" >/dev/null 2>&1 || { echo "update-mime-database refused the package"; exit 1; }
[ -s "$mime/${type}.xml" ] || { echo "update-mime-database did not define $type"; exit 1; }
grep -q "^[0-9]*:$type:\*\.lstmlab" "$mime/globs2" \
  || { echo "update-mime-database does not map *.lstmlab to $type"; exit 1; }
grep -aq '"lstm-lab-session"' "$mime/magic" \
  || { echo "update-mime-database has no content match for $type"; exit 1; }

desktop-file-validate "$root/share/applications/$id.desktop"
appstreamcli validate --no-net "$root/share/metainfo/$id.metainfo.xml"
echo "install-check: the install layout is complete and its desktop entry and metainfo validate"
