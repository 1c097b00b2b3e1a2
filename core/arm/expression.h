// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace compliance {

/// A node of a parsed ARM template expression (the text between the outer `[` and `]`).
struct Expression
{
    enum class Kind {
        String,   ///< 'text' with '' unescaped into `text`.
        Integer,  ///< `integer`.
        Call,     ///< `text` is the function name (may contain a '.' for user functions).
        Property, ///< `operands[0].text` access.
        Index,    ///< `operands[0][operands[1]]`.
    };

    Kind kind = Kind::String;
    std::string text;
    std::int64_t integer = 0;
    std::vector<std::unique_ptr<Expression>> operands; ///< Call arguments, or the accessed value.
    std::size_t offset = 0; ///< Byte offset of this node in the parsed text.
};

struct ExpressionParseResult
{
    std::unique_ptr<Expression> expression; ///< Null when parsing failed.
    std::string error;                       ///< e.g. "expected ')' after the arguments of 'concat'".
    std::size_t errorOffset = 0;
};

/// True when a JSON string is an ARM expression: starts with '[', ends with ']', not "[[".
bool isExpressionString(std::string_view jsonString);

/// Parses the text between the outer brackets of an expression string.
/// Nesting deeper than `maxDepth` is a parse error, not a stack overflow.
ExpressionParseResult parseExpression(std::string_view text, int maxDepth = 256);

} // namespace compliance
