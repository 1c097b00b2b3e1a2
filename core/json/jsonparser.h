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
/// in `text`. These are errors: nesting deeper than `maxDepth` (not a stack overflow), a key
/// repeated in one object (compared case-insensitively, as ARM looks keys up), a number beyond
/// the double range and an empty text. An integer beyond int64 becomes a Double, and a number
/// too close to zero for a double becomes 0.
JsonParseResult parseJson(std::string_view text, int maxDepth = 512);

/// Returns the first offset at or after `offset` that is not whitespace or a comment.
std::size_t skipWhitespaceAndComments(std::string_view text, std::size_t offset);

} // namespace compliance
