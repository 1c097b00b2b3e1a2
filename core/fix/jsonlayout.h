// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/fix/jsonedit.h"

#include <cstddef>
#include <string>
#include <string_view>

// Text helpers for the formatting-preserving JSON writers in jsonedit.cpp: line positions,
// indentation and rendering of inserted values.
namespace compliance {

/// Returns `value` as a quoted JSON string, escaping quotes, backslashes and control characters.
std::string quoteJsonString(std::string_view value);

/// Renders `value` for a position whose line is indented by `lineIndent`: nested members go on
/// their own lines, one `unit` deeper, and a closing brace gets `lineIndent`.
/// `separator` is the text between a key and its value, such as ": ".
std::string renderJsonMultiLine(const JsonInsertValue &value, std::string_view lineIndent,
                                std::string_view unit, std::string_view newline,
                                std::string_view separator);

/// Renders `value` on one line, such as `{"type": "Notary", "status": "enabled"}`.
std::string renderJsonInline(const JsonInsertValue &value, std::string_view separator);

/// The offset where the line containing `offset` starts.
std::size_t lineStartOf(std::string_view text, std::size_t offset);

/// The offset of the line ending ("\n" or "\r\n") of the line containing `offset`, or the
/// text's size on the last line.
std::size_t lineEndOf(std::string_view text, std::size_t offset);

/// The spaces and tabs at the start of the line containing `offset`.
std::string_view indentationOf(std::string_view text, std::size_t offset);

/// Returns true when only spaces and tabs precede `offset` on its line.
bool startsLine(std::string_view text, std::size_t offset);

/// Returns true when [begin, end) contains no line break.
bool isSingleLine(std::string_view text, std::size_t begin, std::size_t end);

/// Returns the offset after the line ending of the line containing `offset` (the text's size on
/// the last line) when the rest of that line contains only spaces, tabs and comments.
/// Returns npos when it contains anything else.
std::size_t endOfBlankRest(std::string_view text, std::size_t offset);

/// Skips spaces, tabs and comments that end on the line of `offset`, stopping at a line break
/// or any other character. A `//` comment takes the rest of the line.
std::size_t skipSameLineTrivia(std::string_view text, std::size_t offset);

/// The offset of the ',' that follows the value ending at `valueEnd`, or npos.
std::size_t commaAfter(std::string_view text, std::size_t valueEnd);

} // namespace compliance
