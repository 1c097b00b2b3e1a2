// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/source/sourcefile.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace compliance {

enum class JsonType { Null, Boolean, Integer, Double, String, Array, Object };

/// One JSON value with the byte span it was read from.
///
/// An object's members are its `children`, in file order, each with its `key` and `keySpan`
/// set. `span` covers the whole value: quotes included for strings, braces for objects.
struct JsonNode
{
    JsonType type = JsonType::Null;
    Span span;

    std::string key; ///< Set on object members: the decoded key.
    Span keySpan;    ///< Set on object members: the key's span, quotes included.

    bool boolean = false;
    std::int64_t integer = 0;
    double number = 0.0;
    std::string string; ///< The decoded string value for JsonType::String.

    std::vector<JsonNode> children;

    bool isObject() const { return type == JsonType::Object; }
    bool isArray() const { return type == JsonType::Array; }
    bool isString() const { return type == JsonType::String; }
    bool isNull() const { return type == JsonType::Null; }

    /// Returns the first member whose key equals `name` case-insensitively, as ARM compares
    /// property names, or nullptr.
    const JsonNode *member(std::string_view name) const;
};

/// Compares two ASCII strings case-insensitively.
bool equalsIgnoreCase(std::string_view a, std::string_view b);

} // namespace compliance
