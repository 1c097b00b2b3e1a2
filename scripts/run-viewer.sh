#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Compliance Viewer authors
# SPDX-License-Identifier: MIT
#
# Usage: scripts/run-viewer.sh [FOLDER]
# Installs the dependencies, builds the Qt 5 variant (the one with syntax colours on Debian 12)
# and opens the viewer on FOLDER, or on examples/ when none is given.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
folder="${1:-$repo/examples}"
if [ ! -d "$folder" ]; then
    echo "run-viewer.sh: $folder: folder not found" >&2
    exit 2
fi
folder="$(cd "$folder" && pwd)"

"$repo/scripts/install-deps.sh"
cd "$repo"
cmake --preset qt5 >/dev/null
cmake --build --preset qt5 --target compliance-viewer
exec "$repo/build/qt5/app/compliance-viewer" "$folder"
