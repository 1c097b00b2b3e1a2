#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Compliance Viewer authors
# SPDX-License-Identifier: MIT
#
# Usage: scripts/run-as-nobody.sh PROGRAM [ARGUMENT...]
# Runs a test program as the user nobody, for the rows that need file permissions to hold:
# root reads every file and folder whatever its permissions, so those rows skip under root.
# Exits 77 (CTest's skip code) when not run as root, when runuser is missing, or when nobody
# cannot reach the program.
set -euo pipefail

if [ "$(id -u)" -ne 0 ] || ! command -v runuser >/dev/null; then
    echo "run-as-nobody.sh: needs root and runuser; skipped" >&2
    exit 77
fi
program="$1"
shift
if ! runuser -u nobody -- test -x "$program"; then
    echo "run-as-nobody.sh: the user nobody cannot execute $program (check the permissions of its folders); skipped" >&2
    exit 77
fi
home="$(mktemp -d)"
chown nobody "$home"
trap 'rm -rf "$home"' EXIT
runuser -u nobody -- env HOME="$home" TMPDIR="$home" QT_QPA_PLATFORM=offscreen "$program" "$@"
