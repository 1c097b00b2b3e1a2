// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/bicep/bicepsyntax.h"
#include "core/json/jsonnode.h"
#include "core/source/sourcefile.h"

#include <string>

namespace compliance {

/// A .bicepparam file translated to the shape of a JSON parameter file:
/// `{"parameters": {"x": {"value": ...}}, "variables": {...}}`, with the Bicep spans. Values
/// that are expressions become ARM expression strings that may use the file's variables.
struct BicepParameterFile
{
    bool ok = false;
    BicepSyntaxError error; ///< When !ok.
    std::string usingPath; ///< The template named by `using`, relative to the file; may be empty.
    JsonNode root;
};

BicepParameterFile translateBicepParameterFile(const SourceFile &source);

} // namespace compliance
