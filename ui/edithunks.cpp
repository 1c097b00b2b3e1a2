// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/edithunks.h"

#include "core/source/sourcefile.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace compliance {

namespace {

// The maximum length, in bytes, of the edit text that a label quotes before cutting it with
// an ellipsis.
constexpr std::size_t kMaxQuotedBytes = 40;

// Collapses runs of whitespace to one space and cuts the text to kMaxQuotedBytes, without
// splitting a UTF-8 sequence.
std::string shortened(std::string_view text)
{
    std::string result;
    bool space = false;
    for (const char c : text) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            space = !result.empty();
            continue;
        }
        if (space)
            result += ' ';
        space = false;
        result += c;
    }
    if (result.size() <= kMaxQuotedBytes)
        return result;
    std::size_t cut = kMaxQuotedBytes;
    while (cut > 0 && (static_cast<unsigned char>(result[cut]) & 0xC0) == 0x80)
        --cut;
    return result.substr(0, cut) + "…";
}

std::string lineRange(int first, int last)
{
    if (first <= 0)
        return "whole file";
    if (first == last)
        return "line " + std::to_string(first);
    return "lines " + std::to_string(first) + "-" + std::to_string(last);
}

// Drops the commas and spaces that join an inserted or removed item to its neighbours, so the
// label shows the item: ', "Premium"' reads '"Premium"'.
std::string_view withoutSeparators(std::string_view text)
{
    const auto isSeparator = [](char c) {
        return c == ',' || c == ' ';
    };
    while (!text.empty() && isSeparator(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSeparator(text.back()))
        text.remove_suffix(1);
    return text;
}

// '"Basic" → "Premium"' for a replacement, 'insert "Premium"' for an insertion, and
// 'remove …' for a removal.
std::string editSummary(const TextEdit &edit, const SourceFile *source)
{
    const std::string before = source ? shortened(source->textOf(edit.span)) : std::string();
    const std::string after = shortened(edit.replacement);
    if (before.empty() && after.empty())
        return {};
    if (before.empty())
        return "insert " + std::string(withoutSeparators(after));
    if (after.empty())
        return "remove " + std::string(withoutSeparators(before));
    return before + " → " + after;
}

std::string hunkLabel(const EditHunk &hunk, const SourceFile *source)
{
    const std::string range = lineRange(hunk.firstLine, hunk.lastLine);
    if (hunk.edits.size() != 1)
        return range;
    const std::string summary = editSummary(hunk.edits.front(), source);
    return summary.empty() ? range : range + ": " + summary;
}

} // namespace

std::vector<EditHunk> groupEditHunks(const std::vector<TextEdit> &edits,
                                     const SourceLookup &sourceOf)
{
    // Files keep the order of their first edit, as Fix::paths does.
    std::vector<std::string> paths;
    std::map<std::string, std::vector<TextEdit>> editsByPath;
    for (const TextEdit &edit : edits) {
        if (!editsByPath.count(edit.path))
            paths.push_back(edit.path);
        editsByPath[edit.path].push_back(edit);
    }

    std::vector<EditHunk> hunks;
    for (const std::string &path : paths) {
        std::vector<TextEdit> &fileEdits = editsByPath[path];
        std::stable_sort(
            fileEdits.begin(), fileEdits.end(),
            [](const TextEdit &a, const TextEdit &b) { return a.span.begin < b.span.begin; });
        const std::shared_ptr<const SourceFile> source = sourceOf ? sourceOf(path) : nullptr;
        const std::size_t firstHunk = hunks.size();
        for (const TextEdit &edit : fileEdits) {
            int first = 0;
            int last = 0;
            if (source) {
                first = source->lineOf(edit.span.begin);
                // The end is exclusive, so a span that ends at a line start stays on the line
                // above it.
                last = edit.span.end > edit.span.begin ? source->lineOf(edit.span.end - 1) : first;
            }
            EditHunk *open = hunks.size() > firstHunk ? &hunks.back() : nullptr;
            if (open && (!source || first <= open->lastLine + 1)) {
                open->edits.push_back(edit);
                open->lastLine = std::max(open->lastLine, last);
                continue;
            }
            hunks.push_back(EditHunk { path, { edit }, first, last, {} });
        }
        for (std::size_t i = firstHunk; i < hunks.size(); ++i)
            hunks[i].label = hunkLabel(hunks[i], source.get());
    }
    return hunks;
}

std::vector<TextEdit> checkedEdits(const std::vector<EditHunk> &hunks,
                                   const std::vector<bool> &checked)
{
    std::vector<TextEdit> result;
    for (std::size_t i = 0; i < hunks.size(); ++i) {
        if (i < checked.size() && !checked[i])
            continue;
        result.insert(result.end(), hunks[i].edits.begin(), hunks[i].edits.end());
    }
    return result;
}

} // namespace compliance
