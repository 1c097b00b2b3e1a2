// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/fix/textedits.h"

#include <algorithm>
#include <tuple>

namespace compliance {

namespace {

std::string describe(const TextEdit &edit)
{
    if (edit.span.size() == 0)
        return "insertion at offset " + std::to_string(edit.span.begin);
    return "replacement of [" + std::to_string(edit.span.begin) + ", "
        + std::to_string(edit.span.end) + ")";
}

// Sorts the edits by file and position, drops exact duplicates and rejects overlaps.
Status normalize(std::vector<TextEdit> &edits)
{
    for (const TextEdit &edit : edits) {
        if (edit.span.begin > edit.span.end)
            return Status::failure("invalid edit: span [" + std::to_string(edit.span.begin) + ", "
                                   + std::to_string(edit.span.end) + ") ends before it begins");
    }

    std::sort(edits.begin(), edits.end(), [](const TextEdit &a, const TextEdit &b) {
        return std::tie(a.path, a.span.begin, a.span.end, a.replacement)
            < std::tie(b.path, b.span.begin, b.span.end, b.replacement);
    });
    edits.erase(std::unique(edits.begin(), edits.end()), edits.end());

    for (std::size_t i = 1; i < edits.size(); ++i) {
        const TextEdit &previous = edits[i - 1];
        const TextEdit &current = edits[i];
        if (previous.path != current.path)
            continue;
        // Two different insertions at one offset have no defined order, so they conflict.
        const bool sameInsertionPoint = previous.span.size() == 0 && current.span.size() == 0
            && previous.span.begin == current.span.begin;
        if (current.span.begin < previous.span.end || sameInsertionPoint)
            return Status::failure("conflicting edits"
                                   + (previous.path.empty() ? "" : " in " + previous.path) + ": "
                                   + describe(previous) + " overlaps " + describe(current));
    }
    return {};
}

} // namespace

Result<std::string> applyTextEdits(std::string_view text, std::vector<TextEdit> edits)
{
    // The edits belong to one file, so their paths are ignored and only positions decide.
    for (TextEdit &edit : edits)
        edit.path.clear();
    if (Status status = normalize(edits); !status)
        return Result<std::string>::failure(status.error());

    std::size_t newSize = text.size();
    for (const TextEdit &edit : edits) {
        if (edit.span.end > text.size())
            return Result<std::string>::failure("invalid edit: " + describe(edit)
                                                + " ends past the end of the text ("
                                                + std::to_string(text.size()) + " bytes)");
        newSize = newSize - edit.span.size() + edit.replacement.size();
    }

    std::string result;
    result.reserve(newSize);
    std::size_t copied = 0;
    for (const TextEdit &edit : edits) {
        result.append(text.substr(copied, edit.span.begin - copied));
        result.append(edit.replacement);
        copied = edit.span.end;
    }
    result.append(text.substr(copied));
    return result;
}

Result<std::vector<TextEdit>> mergeTextEdits(std::vector<TextEdit> edits)
{
    if (Status status = normalize(edits); !status)
        return Result<std::vector<TextEdit>>::failure(status.error());
    return edits;
}

} // namespace compliance
