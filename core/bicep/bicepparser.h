// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/bicep/bicepsyntax.h"

#include <string_view>

namespace compliance {

/// The result of parsing: a program, or the first syntax error.
struct BicepParseResult
{
    BicepProgram program;
    bool ok = false;
    BicepSyntaxError error;
};

/// Parses a Bicep or .bicepparam file into its syntax tree: declarations with their decorators,
/// and expressions with operators, interpolation, loops, lambdas and child resources.
/// Statements this tool does not use (import, type, func, extension, provider, assert) are read
/// over to the end of their statement. Nesting deeper than `maxDepth` is a syntax error, not a
/// stack overflow.
BicepParseResult parseBicep(std::string_view text, int maxDepth = 200);

} // namespace compliance
