#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Compliance Viewer authors
# SPDX-License-Identifier: MIT
#
# Usage: scripts/run-tests.sh
# Installs the dependencies (Chromium for the HTML report tests, clang 16 and libFuzzer for the
# fuzz targets, the SARIF multitool from npm for the SARIF test), then:
#   1. builds the qt6, qt5 and asan presets and runs CTest on each,
#   2. builds the fuzz preset and runs every tests/fuzz/fuzz_*.cpp target for CV_FUZZ_SECONDS
#      seconds (default 20), seeded with the shared cases and ACR corpus where they exist.
# Prints the time of each step and "N passed, N failed" summed over all CTest tests and fuzz
# targets, each fuzz target counting as one test. Exits non-zero when a build, a test or a fuzz
# target fails.
set -uo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo" || exit 1
"$repo/scripts/install-deps.sh" chromium clang-16 libclang-rt-16-dev || exit 1

XDG_RUNTIME_DIR="$(mktemp -d)"
chmod 700 "$XDG_RUNTIME_DIR"
export XDG_RUNTIME_DIR
export QT_QPA_PLATFORM=offscreen
trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT

# The SARIF test validates --format sarif with Microsoft's SARIF multitool from the npm registry.
# Its package makes its binary executable in an install script, which npm may block, so the
# script does that step itself.
if ! command -v npm >/dev/null; then
    "$repo/scripts/install-deps.sh" npm || exit 1
fi
sarif_tool_dir="$repo/build/tools/sarif-multitool"
sarif_tool="$sarif_tool_dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -e "$sarif_tool" ]; then
    mkdir -p "$sarif_tool_dir"
    (cd "$sarif_tool_dir" && npm install --no-audit --no-fund --silent \
        "@microsoft/sarif-multitool@5.7.0" >/dev/null) \
        || echo "run-tests.sh: could not install the SARIF multitool; its test will skip" >&2
fi
if [ -e "$sarif_tool" ]; then
    chmod u+x "$sarif_tool"
    export CV_SARIF_MULTITOOL="$sarif_tool"
fi

fuzz_seconds="${CV_FUZZ_SECONDS:-20}"
shared="$(cd "$repo/.." && pwd)/shared"

passed=0
failed=0
status=0
timings=()

for preset in qt6 qt5 asan; do
    echo "== $preset"
    started=$SECONDS
    if ! cmake --preset "$preset" >/dev/null || ! cmake --build --preset "$preset"; then
        echo "run-tests.sh: the $preset build failed" >&2
        status=1
        timings+=("$preset: build failed after $((SECONDS - started)) s")
        continue
    fi
    built=$SECONDS
    log="$XDG_RUNTIME_DIR/ctest-$preset.log"
    ctest --preset "$preset" --output-on-failure 2>&1 | tee "$log"
    if [ "${PIPESTATUS[0]}" -ne 0 ]; then
        status=1
    fi
    timings+=("$preset: build $((built - started)) s, tests $((SECONDS - built)) s")
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

echo "== fuzz"
started=$SECONDS
fuzz_build_ok=1
if ! cmake --preset fuzz >/dev/null || ! cmake --build --preset fuzz; then
    echo "run-tests.sh: the fuzz build failed, so every fuzz target counts as failed" >&2
    fuzz_build_ok=0
    status=1
fi
timings+=("fuzz build: $((SECONDS - started)) s")

# libFuzzer writes new inputs into the first folder and only reads the others, so the shared
# seeds stay untouched. Crashing inputs go to build/fuzz/artifacts.
seeds=()
for folder in "$shared/cases" "$shared/corpus/acr"; do
    if [ -d "$folder" ]; then
        seeds+=("$folder")
    fi
done
artifacts="$repo/build/fuzz/artifacts"
mkdir -p "$artifacts"
for source in "$repo"/tests/fuzz/fuzz_*.cpp; do
    name="$(basename "$source" .cpp)"
    binary="$repo/build/fuzz/tests/fuzz/$name"
    if [ "$fuzz_build_ok" -ne 1 ] || [ ! -x "$binary" ]; then
        echo "$name: FAILED (not built)"
        failed=$((failed + 1))
        status=1
        continue
    fi
    started=$SECONDS
    corpus="$(mktemp -d "$XDG_RUNTIME_DIR/corpus-$name.XXXXXX")"
    log="$XDG_RUNTIME_DIR/$name.log"
    # -max_len keeps the 3 MB corpus files from slowing every run. -timeout fails an input that
    # takes longer than 10 s, and -rss_limit_mb one that needs more than 2 GB.
    if "$binary" -max_total_time="$fuzz_seconds" -max_len=65536 -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/$name-" \
        "$corpus" "${seeds[@]}" >"$log" 2>&1; then
        runs="$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}')"
        echo "$name: passed (${runs:-?} runs in $((SECONDS - started)) s)"
        passed=$((passed + 1))
    else
        echo "$name: FAILED after $((SECONDS - started)) s; crashing input in $artifacts"
        tail -n 60 "$log"
        failed=$((failed + 1))
        status=1
    fi
    timings+=("$name: $((SECONDS - started)) s")
done

echo "== times"
printf '%s\n' "${timings[@]}"
echo "total: $SECONDS s"
echo "$passed passed, $failed failed"
exit "$status"
