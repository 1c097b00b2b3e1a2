// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <vector>

namespace compliance {

/// Returns the files among `files` that may be parameter files, without reading any of them
/// whole, so that only these are passed to ParameterPairing::build.
///
/// A `.bicepparam` file and a JSON file whose name contains `.parameters.` always qualify. Any
/// other JSON file qualifies when it starts with a UTF-16 byte order mark or when its first
/// kParameterSniffBytes bytes contain `deploymentParameters` (any case), the name of the
/// parameter file schema that `$schema` holds.
///
/// NOTE: a parameter file with another name whose `$schema` member comes after a long first
/// part of the file is missed, so the templates it names are evaluated with their defaults.
std::vector<std::filesystem::path>
parameterFileCandidates(const std::vector<std::filesystem::path> &files);

/// Bytes read from the start of a file to look for the parameter file schema.
inline constexpr std::size_t kParameterSniffBytes = 4096;

} // namespace compliance
