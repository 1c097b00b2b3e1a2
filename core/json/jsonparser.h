// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/json/jsonnode.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace compliance {

/// Why a JSON text could not be read, and where.
struct JsonParseError
{
    std::string message; ///< What was expected, e.g. "expected ',' or '}' after object member".
    std::size_t offset = 0;
};

/// The result of parsing: a root node, or an error.
struct JsonParseResult
{
    JsonNode root;
    bool ok = false;
    JsonParseError error;
};

/// Parses JSON as Azure Resource Manager accepts it: `//` and `/* */` comments, trailing commas
/// in objects and arrays, and raw newlines and tabs inside strings. Every node records its span
/// in `text`. Nesting deeper than `maxDepth` is an error, not a stack overflow.
JsonParseResult parseJson(std::string_view text, int maxDepth = 512);

/// Returns the first offset at or after `offset` that is not whitespace or a comment.
std::size_t skipWhitespaceAndComments(std::string_view text, std::size_t offset);

} // namespace compliance
