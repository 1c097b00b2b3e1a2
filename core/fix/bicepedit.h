// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/fix/jsonedit.h"
#include "core/json/jsonnode.h"
#include "core/model/finding.h"
#include "core/source/sourcefile.h"

#include <string>
#include <string_view>
#include <vector>

// Formatting-preserving writers for Bicep text, the counterparts of the JSON writers in
// jsonedit.h. The nodes are those of a translated Bicep file (core/bicep), whose spans index the
// Bicep text. Objects are written with one `key: value` member per line and no commas; an
// object written on one line keeps that form.
namespace compliance {

/// True for files the Bicep writers edit: `.bicep` and `.bicepparam`.
bool isBicepSource(const SourceFile &file);

/// Returns `value` as a single-quoted Bicep string with Bicep escapes (`\'`, `\\`, `\${`, ...).
std::string quoteBicepString(std::string_view value);

/// Returns `key` as a Bicep property name: bare when it is an identifier, quoted otherwise.
std::string bicepPropertyName(std::string_view key);

/// An edit that replaces the value `node` with the Bicep string `newString`. A node whose span
/// is a part inside a string (the apiVersion after '@' in a resource type) is replaced by the
/// bare text.
TextEdit replaceBicepValueWithString(const SourceFile &file, const JsonNode &node,
                                     std::string_view newString);

/// An edit that replaces the value `node` with an inserted value, objects laid out over lines.
TextEdit replaceBicepValue(const SourceFile &file, const JsonNode &node,
                           const JsonInsertValue &value);

/// Edits that add the member `key` with `value` to `object`: on a new line after the last
/// member, with its indentation and the file's line ending, or inline in a one-line object.
std::vector<TextEdit> insertBicepMember(const SourceFile &file, const JsonNode &object,
                                        std::string_view key, const JsonInsertValue &value);

/// Edits that remove `member` of `object`: its lines, or its text in a one-line object.
std::vector<TextEdit> removeBicepMember(const SourceFile &file, const JsonNode &object,
                                        const JsonNode &member);

/// Edits that append the string `item` to the array `array` (such as an `@allowed([...])`
/// list), one item per line or inline, as the array is laid out.
std::vector<TextEdit> appendBicepArrayString(const SourceFile &file, const JsonNode &array,
                                             std::string_view item);

} // namespace compliance
