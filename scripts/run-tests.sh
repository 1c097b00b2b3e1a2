#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Compliance Viewer authors
# SPDX-License-Identifier: MIT
#
# Usage: scripts/run-tests.sh
# Installs the dependencies (and Chromium, which the HTML report test uses), builds the Qt 6
# and Qt 5 presets, runs CTest on both and prints "N passed, N failed" summed over both runs.
# Exits non-zero when either build or either test run fails.
set -uo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo" || exit 1
"$repo/scripts/install-deps.sh" chromium || exit 1

XDG_RUNTIME_DIR="$(mktemp -d)"
chmod 700 "$XDG_RUNTIME_DIR"
export XDG_RUNTIME_DIR
export QT_QPA_PLATFORM=offscreen
trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT

passed=0
failed=0
status=0
for preset in qt6 qt5; do
    echo "== $preset"
    if ! cmake --preset "$preset" >/dev/null || ! cmake --build --preset "$preset"; then
        echo "run-tests.sh: the $preset build failed" >&2
        status=1
        continue
    fi
    log="$XDG_RUNTIME_DIR/ctest-$preset.log"
    ctest --preset "$preset" --output-on-failure 2>&1 | tee "$log"
    if [ "${PIPESTATUS[0]}" -ne 0 ]; then
        status=1
    fi
    # CTest ends with a line like "92% tests passed, 1 tests failed out of 13".
    summary="$(grep -E 'tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -n 1)"
    if [ -z "$summary" ]; then
        echo "run-tests.sh: no CTest summary for $preset" >&2
        status=1
        continue
    fi
    run_failed="$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$summary")"
    run_total="$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\2/' <<<"$summary")"
    passed=$((passed + run_total - run_failed))
    failed=$((failed + run_failed))
done

echo "$passed passed, $failed failed"
exit "$status"
