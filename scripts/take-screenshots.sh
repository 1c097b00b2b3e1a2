#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Compliance Viewer authors
# SPDX-License-Identifier: MIT
#
# Usage: scripts/take-screenshots.sh VIEWER FOLDER [OUTDIR]
# Opens FOLDER in the viewer binary VIEWER once per built-in palette (light, dark,
# high-contrast) on a virtual 1920x1080 display, waits for the scan, and writes
# OUTDIR/screenshot-<palette>.png (OUTDIR defaults to docs/). The viewer selects the first
# failing finding after a scan, so each picture shows the findings pane and that finding's fix
# preview. Needs xvfb-run, xdotool and ImageMagick's import.
set -euo pipefail

viewer="$1"
folder="$2"
outdir="${3:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/docs}"
for tool in xvfb-run xdotool import; do
    command -v "$tool" >/dev/null || { echo "take-screenshots.sh: $tool is missing" >&2; exit 1; }
done

shoot() {
    local palette="$1" output="$2"
    # A fresh settings folder, so a saved window layout or filter does not change the picture.
    XDG_CONFIG_HOME="$(mktemp -d)"
    export XDG_CONFIG_HOME
    QT_LOGGING_RULES="*.info=false;*.debug=false" "$viewer" --colours "$palette" "$folder" &
    local pid=$!
    local window
    window="$(xdotool search --sync --onlyvisible --name "Compliance Viewer" | head -n 1)"
    xdotool windowmove "$window" 0 0 windowsize "$window" 1920 1080
    sleep "${CV_SCREENSHOT_WAIT:-5}"
    import -window root "$output"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    rm -rf "$XDG_CONFIG_HOME"
}
# xvfb-run starts the script again with the display set; that run takes one picture.
if [ -n "${CV_SCREENSHOT_PALETTE:-}" ]; then
    shoot "$CV_SCREENSHOT_PALETTE" "$outdir/screenshot-$CV_SCREENSHOT_PALETTE.png"
    exit 0
fi
for palette in light dark high-contrast; do
    CV_SCREENSHOT_PALETTE="$palette" xvfb-run -a -s "-screen 0 1920x1080x24" \
        "${BASH_SOURCE[0]}" "$viewer" "$folder" "$outdir"
    echo "wrote $outdir/screenshot-$palette.png"
done
