// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/json/jsonnode.h"
#include "core/model/finding.h"
#include "core/source/sourcefile.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace compliance {

struct JsonInsertMember;

/// A JSON value to insert, built by the fix planner: a string, or an object of such values.
struct JsonInsertValue
{
    bool isObject = false;
    std::string string; ///< For strings: the raw value.
    std::vector<JsonInsertMember> members; ///< For objects, in order.

    static JsonInsertValue text(std::string value);
    static JsonInsertValue object(std::vector<JsonInsertMember> members);
};

/// One member of an inserted object. A struct rather than std::pair because a pair of an
/// incomplete type cannot be a vector element on every compiler (clang rejects it).
struct JsonInsertMember
{
    JsonInsertMember() = default;
    JsonInsertMember(std::string key, JsonInsertValue value)
        : first(std::move(key))
        , second(std::move(value))
    { }

    std::string first; ///< The key.
    JsonInsertValue second;
};

/// The indentation unit of a file ("  ", "    " or "\t"), detected from its lines; two spaces
/// when the file gives no hint.
std::string detectIndentUnit(std::string_view text);

/// Edits that add the member `key` with `value` to `object`, a node of `file`.
///
/// The member goes after the last member, with that member's indentation (or the object's
/// indentation plus the file's unit when the object is empty) and the file's line ending. An
/// object written on one line gets an inline member. A trailing comma or a comment after the
/// last member is kept in place.
std::vector<TextEdit> insertJsonMember(const SourceFile &file, const JsonNode &object,
                                       std::string_view key, const JsonInsertValue &value);

/// An edit that replaces the value `node` with the JSON string `newString` (quoted and escaped
/// by this function).
TextEdit replaceJsonValueWithString(const SourceFile &file, const JsonNode &node,
                                    std::string_view newString);

/// An edit that replaces the value `node` with an inserted value, laid out like
/// insertJsonMember lays out members at the node's indentation.
TextEdit replaceJsonValue(const SourceFile &file, const JsonNode &node,
                          const JsonInsertValue &value);

/// Edits that remove `member` (a child of `object`) with its comma, leaving valid JSON and the
/// neighbouring lines as they were.
std::vector<TextEdit> removeJsonMember(const SourceFile &file, const JsonNode &object,
                                       const JsonNode &member);

/// An edit that appends the string `item` to the array `array`, in its layout.
std::vector<TextEdit> appendJsonArrayString(const SourceFile &file, const JsonNode &array,
                                            std::string_view item);

} // namespace compliance
