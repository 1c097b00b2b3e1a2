// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/finding.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace compliance {

class SourceFile;

/// The edits of one file whose touched lines in the scanned text overlap or touch, which the
/// fix preview lets the user apply or skip together.
struct EditHunk
{
    std::string path;
    std::vector<TextEdit> edits; ///< In the order of their spans.
    int firstLine = 0; ///< 1-based first line of the scanned text that the edits touch.
    int lastLine = 0; ///< 1-based last touched line, at least firstLine.
    /// 'line 12: "Basic" → "Premium"' (the edit's text) for a hunk of one edit, "lines 12-14" for a
    /// hunk of several edits, and "whole file" in place of the lines when the file's text is
    /// unknown.
    std::string label;
};

/// Returns the scanned text of a file, or null when the file is unknown.
using SourceLookup = std::function<std::shared_ptr<const SourceFile>(const std::string &path)>;

/// Groups `edits` into hunks, file by file in the order of each file's first edit and by line
/// within a file. Two edits share a hunk when their line ranges overlap or are adjacent. An
/// insertion touches the line its offset is on. Edits of a file that `sourceOf` does not know
/// form one hunk without line numbers.
std::vector<EditHunk> groupEditHunks(const std::vector<TextEdit> &edits,
                                     const SourceLookup &sourceOf);

/// The edits of the hunks whose flag in `checked` is true, in hunk order. `checked` has one
/// flag per hunk, and missing flags count as true.
std::vector<TextEdit> checkedEdits(const std::vector<EditHunk> &hunks,
                                   const std::vector<bool> &checked);

} // namespace compliance
