// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/linediff.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace compliance {

namespace {

// Beyond this many differing lines the whole differing middle is marked instead, because the
// stored Myers traces grow with the square of the edit distance.
constexpr int kMaxEditDistance = 2000;

} // namespace

LineDiff LineDiff::compute(const QStringList &oldLines, const QStringList &newLines)
{
    LineDiff diff;
    const int oldCount = oldLines.size();
    const int newCount = newLines.size();
    diff.m_newForOld.fill(-1, oldCount);

    // Fixes touch a few places, so trimming the common prefix and suffix leaves a small middle.
    int prefix = 0;
    while (prefix < oldCount && prefix < newCount && oldLines[prefix] == newLines[prefix]) {
        diff.m_newForOld[prefix] = prefix;
        ++prefix;
    }
    int suffix = 0;
    while (suffix < oldCount - prefix && suffix < newCount - prefix
           && oldLines[oldCount - 1 - suffix] == newLines[newCount - 1 - suffix]) {
        diff.m_newForOld[oldCount - 1 - suffix] = newCount - 1 - suffix;
        ++suffix;
    }

    const int n = oldCount - prefix - suffix;
    const int m = newCount - prefix - suffix;
    const auto oldAt = [&](int i) -> const QString & {
        return oldLines[prefix + i];
    };
    const auto newAt = [&](int j) -> const QString & {
        return newLines[prefix + j];
    };

    // Forward pass of Myers' algorithm. trace[d] stores the furthest x on every diagonal k in
    // [-d, d] after d edits, stored at index k + d.
    std::vector<std::vector<int>> trace;
    std::vector<int> furthest(2 * (n + m) + 3, 0);
    const int offset = n + m + 1;
    int distance = -1;
    for (int d = 0; d <= n + m && d <= kMaxEditDistance; ++d) {
        for (int k = -d; k <= d; k += 2) {
            int x = 0;
            if (k == -d || (k != d && furthest[offset + k - 1] < furthest[offset + k + 1]))
                x = furthest[offset + k + 1];
            else
                x = furthest[offset + k - 1] + 1;
            int y = x - k;
            while (x < n && y < m && oldAt(x) == newAt(y)) {
                ++x;
                ++y;
            }
            furthest[offset + k] = x;
        }
        trace.emplace_back(furthest.begin() + offset - d, furthest.begin() + offset + d + 1);
        if (furthest[offset + (n - m)] >= n && ((n - m) + d) % 2 == 0 && std::abs(n - m) <= d) {
            distance = d;
            break;
        }
    }

    if (distance < 0) {
        // NOTE: texts that differ in more than kMaxEditDistance lines get the whole middle
        // marked, which over-marks but stays fast on large templates.
        for (int i = 0; i < n; ++i)
            diff.m_changedOld.append(prefix + i);
        for (int j = 0; j < m; ++j)
            diff.m_changedNew.append(prefix + j);
        return diff;
    }

    // Backtrack from (n, m) to (0, 0), recording removed, inserted and matched lines.
    int x = n;
    int y = m;
    for (int d = distance; d > 0; --d) {
        const std::vector<int> &previous = trace[d - 1];
        const auto previousAt = [&](int k) {
            return previous[k + d - 1];
        };
        const int k = x - y;
        const bool down = k == -d || (k != d && previousAt(k - 1) < previousAt(k + 1));
        const int previousK = down ? k + 1 : k - 1;
        const int previousX = previousAt(previousK);
        const int previousY = previousX - previousK;
        while (x > previousX && y > previousY) {
            --x;
            --y;
            diff.m_newForOld[prefix + x] = prefix + y;
        }
        if (down)
            diff.m_changedNew.append(prefix + previousY);
        else
            diff.m_changedOld.append(prefix + previousX);
        x = previousX;
        y = previousY;
    }
    while (x > 0 && y > 0) {
        --x;
        --y;
        diff.m_newForOld[prefix + x] = prefix + y;
    }

    std::sort(diff.m_changedOld.begin(), diff.m_changedOld.end());
    std::sort(diff.m_changedNew.begin(), diff.m_changedNew.end());
    return diff;
}

int LineDiff::mapOldToNew(int oldLine) const
{
    if (m_newForOld.isEmpty())
        return 0;
    oldLine = std::clamp(oldLine, 0, static_cast<int>(m_newForOld.size()) - 1);
    if (m_newForOld[oldLine] >= 0)
        return m_newForOld[oldLine];
    for (int line = oldLine - 1; line >= 0; --line) {
        if (m_newForOld[line] >= 0)
            return m_newForOld[line] + 1;
    }
    return 0;
}

} // namespace compliance
