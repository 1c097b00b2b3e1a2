// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/fix/fixapply.h"

#include <algorithm>
#include <cstddef>
#include <sstream>

namespace compliance {

namespace {

// Splits text into lines that keep their terminators ("\n" or "\r\n"), so a diff never
// rewrites line endings. The last line has no terminator when the text does not end in one.
std::vector<std::string_view> splitLines(std::string_view text)
{
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t newline = text.find('\n', start);
        const std::size_t end = newline == std::string_view::npos ? text.size() : newline + 1;
        lines.push_back(text.substr(start, end - start));
        start = end;
    }
    return lines;
}

enum class EditKind { Keep, Remove, Insert };

struct LineEdit
{
    EditKind kind;
    std::size_t oldIndex; // Index into the old lines (Keep, Remove).
    std::size_t newIndex; // Index into the new lines (Keep, Insert).
};

// Myers' O((N+M)D) greedy diff, keeping one V array per edit distance so the path can be
// traced back.
// NOTE: memory is O((N+M)D) after diffLines trims the common prefix and suffix. That is small
// for the local edits of a fix but grows large for two unrelated big texts.
std::vector<LineEdit> myersDiff(const std::vector<std::string_view> &a,
                                const std::vector<std::string_view> &b)
{
    const long n = static_cast<long>(a.size());
    const long m = static_cast<long>(b.size());
    const long max = n + m;
    std::vector<std::vector<long>> trace;
    std::vector<long> v(2 * static_cast<std::size_t>(max) + 3, 0);
    const long offset = max + 1;

    long finalD = 0;
    for (long d = 0; d <= max; ++d) {
        bool done = false;
        for (long k = -d; k <= d; k += 2) {
            long x;
            if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                x = v[offset + k + 1];
            else
                x = v[offset + k - 1] + 1;
            long y = x - k;
            while (x < n && y < m && a[x] == b[y]) {
                ++x;
                ++y;
            }
            v[offset + k] = x;
            if (x >= n && y >= m) {
                done = true;
                break;
            }
        }
        trace.push_back(v);
        if (done) {
            finalD = d;
            break;
        }
    }

    std::vector<LineEdit> edits;
    long x = n;
    long y = m;
    for (long d = finalD; d >= 0; --d) {
        const std::vector<long> &vd = d > 0 ? trace[d - 1] : trace[0];
        const long k = x - y;
        long prevK;
        if (d == 0)
            prevK = 0;
        else if (k == -d || (k != d && vd[offset + k - 1] < vd[offset + k + 1]))
            prevK = k + 1;
        else
            prevK = k - 1;
        const long prevX = d == 0 ? 0 : vd[offset + prevK];
        const long prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            --x;
            --y;
            edits.push_back(
                { EditKind::Keep, static_cast<std::size_t>(x), static_cast<std::size_t>(y) });
        }
        if (d > 0) {
            if (x == prevX)
                edits.push_back({ EditKind::Insert, static_cast<std::size_t>(x),
                                  static_cast<std::size_t>(prevY) });
            else
                edits.push_back({ EditKind::Remove, static_cast<std::size_t>(prevX),
                                  static_cast<std::size_t>(y) });
        }
        x = prevX;
        y = prevY;
    }
    std::reverse(edits.begin(), edits.end());
    return edits;
}

// Diffs the lines that differ between the common prefix and suffix, so a one-line fix in a
// large file costs a few comparisons per line.
std::vector<LineEdit> diffLines(const std::vector<std::string_view> &a,
                                const std::vector<std::string_view> &b)
{
    std::size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    std::size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;

    std::vector<LineEdit> edits;
    for (std::size_t i = 0; i < prefix; ++i)
        edits.push_back({ EditKind::Keep, i, i });
    const std::vector<std::string_view> middleA(a.begin() + prefix, a.end() - suffix);
    const std::vector<std::string_view> middleB(b.begin() + prefix, b.end() - suffix);
    for (LineEdit edit : myersDiff(middleA, middleB)) {
        edit.oldIndex += prefix;
        edit.newIndex += prefix;
        edits.push_back(edit);
    }
    for (std::size_t i = suffix; i > 0; --i)
        edits.push_back({ EditKind::Keep, a.size() - i, b.size() - i });
    return edits;
}

void writeLine(std::ostringstream &out, char prefix, std::string_view line)
{
    out << prefix << line;
    if (line.empty() || line.back() != '\n')
        out << "\n\\ No newline at end of file\n";
}

// The start of a hunk range as unified diffs write it: 1-based, or the line before the hunk
// when the range is empty.
std::size_t rangeStart(std::size_t firstIndex, std::size_t count)
{
    return count == 0 ? firstIndex : firstIndex + 1;
}

} // namespace

std::string unifiedDiff(std::string_view oldText, std::string_view newText,
                        std::string_view oldName, std::string_view newName)
{
    if (oldText == newText)
        return {};
    constexpr std::size_t kContext = 3;
    const std::vector<std::string_view> oldLines = splitLines(oldText);
    const std::vector<std::string_view> newLines = splitLines(newText);
    const std::vector<LineEdit> edits = diffLines(oldLines, newLines);

    std::ostringstream out;
    out << "--- " << oldName << "\n+++ " << newName << "\n";

    std::size_t i = 0;
    while (i < edits.size()) {
        if (edits[i].kind == EditKind::Keep) {
            ++i;
            continue;
        }
        // A hunk starts kContext lines before the first change and runs until a stretch of
        // more than 2 * kContext unchanged lines (or the end) follows its last change.
        const std::size_t begin = i >= kContext ? i - kContext : 0;
        std::size_t end = i;
        std::size_t scan = i;
        while (scan < edits.size()) {
            if (edits[scan].kind != EditKind::Keep) {
                end = scan + 1;
                ++scan;
                continue;
            }
            std::size_t run = scan;
            while (run < edits.size() && edits[run].kind == EditKind::Keep)
                ++run;
            if (run == edits.size() || run - scan > 2 * kContext)
                break;
            scan = run;
        }
        end = std::min(end + kContext, edits.size());

        std::size_t oldCount = 0;
        std::size_t newCount = 0;
        for (std::size_t j = begin; j < end; ++j) {
            oldCount += edits[j].kind != EditKind::Insert ? 1 : 0;
            newCount += edits[j].kind != EditKind::Remove ? 1 : 0;
        }
        out << "@@ -" << rangeStart(edits[begin].oldIndex, oldCount) << ',' << oldCount << " +"
            << rangeStart(edits[begin].newIndex, newCount) << ',' << newCount << " @@\n";
        for (std::size_t j = begin; j < end; ++j) {
            switch (edits[j].kind) {
            case EditKind::Keep:
                writeLine(out, ' ', oldLines[edits[j].oldIndex]);
                break;
            case EditKind::Remove:
                writeLine(out, '-', oldLines[edits[j].oldIndex]);
                break;
            case EditKind::Insert:
                writeLine(out, '+', newLines[edits[j].newIndex]);
                break;
            }
        }
        i = end;
    }
    return out.str();
}

} // namespace compliance
