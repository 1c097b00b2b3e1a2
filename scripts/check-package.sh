#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Compliance Viewer authors
# SPDX-License-Identifier: MIT
#
# Usage: scripts/check-package.sh BUILD_DIR PACKAGING_DIR APP_ID
# Validates the desktop entry and the AppStream metadata, builds the Debian package with CPack,
# unpacks it into a temporary root with dpkg -x and checks that every installed file is there,
# the binary is stripped and the package depends on the Qt libraries it links.
set -euo pipefail

build="$1"
packaging="$2"
id="$3"

fail() {
    echo "check-package.sh: $*" >&2
    exit 1
}

for tool in desktop-file-validate appstreamcli cpack dpkg-deb dpkg-shlibdeps file; do
    command -v "$tool" >/dev/null || fail "$tool is missing; run scripts/install-deps.sh"
done

desktop-file-validate "$packaging/$id.desktop" || fail "$id.desktop is invalid"
appstreamcli validate --no-net "$packaging/$id.metainfo.xml" || fail "$id.metainfo.xml is invalid"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) \
    || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb="$(find "$work/out" -maxdepth 1 -name '*.deb' | head -n 1)"
[ -n "$deb" ] || fail "cpack wrote no .deb"

root="$work/root"
dpkg -x "$deb" "$root"
for path in usr/bin/compliance-viewer \
            "usr/share/applications/$id.desktop" \
            "usr/share/metainfo/$id.metainfo.xml" \
            "usr/share/icons/hicolor/scalable/apps/$id.svg"; do
    [ -e "$root/$path" ] || fail "the package lacks /$path"
done
file "$root/usr/bin/compliance-viewer" | grep -q 'stripped' \
    && ! file "$root/usr/bin/compliance-viewer" | grep -q 'not stripped' \
    || fail "the packaged binary is not stripped"

depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
grep -Eq 'libqt[56](core|gui|widgets)' <<<"$depends" || fail "Depends names no Qt library"
echo "check-package.sh: $(basename "$deb") installs its files"
