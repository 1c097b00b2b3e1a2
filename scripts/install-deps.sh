#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Compliance Viewer authors
# SPDX-License-Identifier: MIT
#
# Installs the Debian 12 packages that build, run and test Compliance Viewer.
# Extra package names given as arguments are installed too. Packages already present are
# skipped, so a second run changes nothing and needs no network.
set -euo pipefail

packages=(
    cmake ninja-build g++
    qt6-base-dev qt6-base-dev-tools
    qtbase5-dev qtbase5-dev-tools libkf5syntaxhighlighting-dev
    nlohmann-json3-dev libgl-dev
    fonts-dejavu-core xvfb xauth
    desktop-file-utils appstream dpkg-dev file
    "$@"
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
