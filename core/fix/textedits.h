// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/finding.h"
#include "core/source/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace compliance {

/// Applies edits of one file to its text. Identical edits count once; edits that overlap
/// otherwise (two insertions at one offset included, unless identical) make the call fail
/// with a message naming the offsets, and nothing is applied.
Result<std::string> applyTextEdits(std::string_view text, std::vector<TextEdit> edits);

/// Merges the edits of several fixes of one file, dropping duplicates. Fails like
/// applyTextEdits when two edits conflict.
Result<std::vector<TextEdit>> mergeTextEdits(std::vector<TextEdit> edits);

} // namespace compliance
