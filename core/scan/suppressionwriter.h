// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/fix/jsonedit.h"
#include "core/scan/suppressions.h"
#include "core/source/result.h"

#include <filesystem>
#include <string>
#include <vector>

namespace compliance {

/// Edits that append the object `item` to the array `array`, a node of `file`, in the array's
/// layout: on a new line with the last element's indentation, inline after a last element that
/// shares its line, or on a new line one indentation unit deeper in an empty array. Comments
/// and a trailing comma after the last element stay where they are.
std::vector<TextEdit> appendJsonArrayObject(const SourceFile &file, const JsonNode &array,
                                            const JsonInsertValue &item);

/// The suppression entry that accepts `finding`: its rule, file, parameter file when it has
/// one, and its resolved name (the name as written when the name could not be resolved).
Suppression suppressionFor(const Finding &finding, const std::string &reason);

/// Returns the text of a suppression file with `entry` appended to its "suppressions" array.
/// `existing` is the current file, or null when there is none yet. A file without the array
/// gets one. Fails with a message naming the line and what to fix when the existing text is
/// not a JSON object, or its "suppressions" member is not an array, or `entry` has no reason
/// or no rule.
Result<std::string> suppressionTextWith(const SourceFile *existing, const std::string &fileName,
                                        const Suppression &entry);

/// Appends `entry` to `folder`/.complianceviewer.json, creating the file when it is missing.
/// The existing file keeps its encoding, line endings, comments and layout, and is replaced
/// atomically only when it did not change on disk since it was read. On failure nothing is
/// written and the message names what to change.
Status addSuppression(const std::filesystem::path &folder, const Suppression &entry);

} // namespace compliance
