// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/diffrows.h"

#include "ui/linediff.h"

#include <algorithm>
#include <cstdint>

namespace compliance {

namespace {

// The LCS table of a character diff has at most this many cells (2 bytes each). A longer
// differing middle is marked as a whole.
constexpr qsizetype kMaxCharacterCells = 1'000'000;

bool isTokenCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// Widens each range that starts or ends inside a token to the whole token, then merges ranges
// that touch.
QList<DiffRange> widenToTokens(const QString &text, const QList<DiffRange> &ranges)
{
    QList<DiffRange> widened;
    for (const DiffRange &range : ranges) {
        int start = range.start;
        int end = range.start + range.length;
        while (start > 0 && start < text.size() && isTokenCharacter(text[start - 1])
               && isTokenCharacter(text[start]))
            --start;
        while (end > 0 && end < text.size() && isTokenCharacter(text[end - 1])
               && isTokenCharacter(text[end]))
            ++end;
        if (!widened.isEmpty() && widened.back().start + widened.back().length >= start) {
            DiffRange &last = widened.back();
            last.length = std::max(last.start + last.length, end) - last.start;
        } else {
            widened.append({ start, end - start });
        }
    }
    return widened;
}

// Appends `index` to `ranges`, extending the last range when it ends right before `index`.
void addCharacter(QList<DiffRange> &ranges, int index)
{
    if (!ranges.isEmpty() && ranges.back().start + ranges.back().length == index)
        ++ranges.back().length;
    else
        ranges.append({ index, 1 });
}

// Returns how alike two lines are, from 0 to 1: the share of the longer trimmed line that is
// a common prefix or suffix. Cheap, and enough to tell an edited line from an unrelated one.
double lineSimilarity(const QString &left, const QString &right)
{
    const QString a = left.trimmed();
    const QString b = right.trimmed();
    const int longest = static_cast<int>(std::max(a.size(), b.size()));
    if (longest == 0)
        return 1.0;
    const int shortest = static_cast<int>(std::min(a.size(), b.size()));
    int prefix = 0;
    while (prefix < shortest && a[prefix] == b[prefix])
        ++prefix;
    int suffix = 0;
    while (suffix < shortest - prefix && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    return double(prefix + suffix) / longest;
}

// Appends the rows of a block of unmatched lines: lines of equal position pair up as changed
// rows, and the rest of the longer side become removed or inserted rows.
void appendPairedInOrder(std::vector<DiffRow> &rows, int left, int leftEnd, int right, int rightEnd)
{
    const int paired = std::min(leftEnd - left, rightEnd - right);
    for (int k = 0; k < paired; ++k)
        rows.push_back({ left + k, right + k, DiffRowKind::Changed, -1 });
    for (int line = left + paired; line < leftEnd; ++line)
        rows.push_back({ line, -1, DiffRowKind::Removed, -1 });
    for (int line = right + paired; line < rightEnd; ++line)
        rows.push_back({ -1, line, DiffRowKind::Inserted, -1 });
}

// Appends the rows of the unmatched left lines [left, leftEnd) and right lines
// [right, rightEnd). Similar lines pair up first, so an edited line stays beside its edit
// when lines are inserted above it. The pairing maximises the total similarity with a
// dynamic programme, which small blocks (as fixes make) can afford.
void appendBlock(std::vector<DiffRow> &rows, const QStringList &leftLines,
                 const QStringList &rightLines, int left, int leftEnd, int right, int rightEnd)
{
    constexpr double kMinSimilarity = 0.5;
    constexpr qsizetype kMaxCells = 250'000;
    const int n = leftEnd - left;
    const int m = rightEnd - right;
    if (n == 0 || m == 0 || qsizetype(n) * m > kMaxCells || (n == 1 && m == 1)) {
        appendPairedInOrder(rows, left, leftEnd, right, rightEnd);
        return;
    }

    std::vector<double> similarity(std::size_t(n) * m);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < m; ++j)
            similarity[std::size_t(i) * m + j]
                = lineSimilarity(leftLines[left + i], rightLines[right + j]);
    }
    // best[i][j] is the highest total similarity of pairs from left i and right j on.
    std::vector<double> best(std::size_t(n + 1) * (m + 1), 0.0);
    const auto at = [&](int i, int j) -> double & {
        return best[std::size_t(i) * (m + 1) + j];
    };
    for (int i = n - 1; i >= 0; --i) {
        for (int j = m - 1; j >= 0; --j) {
            at(i, j) = std::max(at(i + 1, j), at(i, j + 1));
            const double score = similarity[std::size_t(i) * m + j];
            if (score >= kMinSimilarity)
                at(i, j) = std::max(at(i, j), score + at(i + 1, j + 1));
        }
    }

    int i = 0;
    int j = 0;
    int gapLeft = 0;
    int gapRight = 0;
    while (i < n && j < m) {
        const double score = similarity[std::size_t(i) * m + j];
        if (score >= kMinSimilarity && at(i, j) == score + at(i + 1, j + 1)) {
            appendPairedInOrder(rows, left + gapLeft, left + i, right + gapRight, right + j);
            rows.push_back({ left + i, right + j, DiffRowKind::Changed, -1 });
            gapLeft = ++i;
            gapRight = ++j;
        } else if (at(i, j) == at(i + 1, j)) {
            ++i;
        } else {
            ++j;
        }
    }
    appendPairedInOrder(rows, left + gapLeft, leftEnd, right + gapRight, rightEnd);
}

} // namespace

QStringList DiffRows::splitLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    return lines;
}

DiffRows DiffRows::compute(const QStringList &left, const QStringList &right)
{
    DiffRows diff;
    diff.m_left = left;
    diff.m_right = right;
    const LineDiff lines = LineDiff::compute(left, right);
    const int leftCount = static_cast<int>(left.size());
    const int rightCount = static_cast<int>(right.size());

    // The unmatched lines between two matched lines form a block of changed, removed and
    // inserted rows.
    int leftLine = 0;
    int rightLine = 0;
    while (leftLine < leftCount || rightLine < rightCount) {
        int nextMatch = leftLine;
        while (nextMatch < leftCount && lines.matchedNewLine(nextMatch) < 0)
            ++nextMatch;
        const int rightMatch = nextMatch < leftCount ? lines.matchedNewLine(nextMatch) : rightCount;
        appendBlock(diff.m_rows, left, right, leftLine, nextMatch, rightLine, rightMatch);
        if (nextMatch >= leftCount)
            break;
        diff.m_rows.push_back({ nextMatch, rightMatch, DiffRowKind::Same, -1 });
        leftLine = nextMatch + 1;
        rightLine = rightMatch + 1;
    }

    diff.m_rowOfLeft.assign(leftCount, -1);
    diff.m_rowOfRight.assign(rightCount, -1);
    diff.m_changedIndex.assign(diff.m_rows.size(), -1);
    for (int row = 0; row < diff.rowCount(); ++row) {
        DiffRow &entry = diff.m_rows[row];
        if (entry.leftLine >= 0)
            diff.m_rowOfLeft[entry.leftLine] = row;
        if (entry.rightLine >= 0)
            diff.m_rowOfRight[entry.rightLine] = row;
        if (entry.kind == DiffRowKind::Same)
            continue;
        if (row == 0 || diff.m_rows[row - 1].kind == DiffRowKind::Same)
            diff.m_hunks.push_back({ row, row });
        diff.m_hunks.back().lastRow = row;
        entry.hunk = static_cast<int>(diff.m_hunks.size()) - 1;
        if (entry.kind == DiffRowKind::Changed) {
            diff.m_changedIndex[row] = diff.m_changedRowCount++;
            if (left[entry.leftLine].size() > maxMarkedLineLength()
                || right[entry.rightLine].size() > maxMarkedLineLength())
                diff.m_hasLongChangedLine = true;
        }
    }
    diff.m_marks.resize(diff.m_rows.size());
    return diff;
}

int DiffRows::rowForLeftLine(int line) const
{
    return line >= 0 && line < static_cast<int>(m_rowOfLeft.size()) ? m_rowOfLeft[line] : -1;
}

int DiffRows::rowForRightLine(int line) const
{
    return line >= 0 && line < static_cast<int>(m_rowOfRight.size()) ? m_rowOfRight[line] : -1;
}

const DiffCharacterMarks &DiffRows::characterMarks(int row) const
{
    static const DiffCharacterMarks none;
    if (row < 0 || row >= rowCount() || m_rows[row].kind != DiffRowKind::Changed)
        return none;
    std::optional<DiffCharacterMarks> &cached = m_marks[row];
    if (cached)
        return *cached;

    const QString &left = m_left[m_rows[row].leftLine];
    const QString &right = m_right[m_rows[row].rightLine];
    cached.emplace();
    if (m_limited
        && (m_changedIndex[row] >= maxMarkedRows() || left.size() > maxMarkedLineLength()
            || right.size() > maxMarkedLineLength())) {
        cached->complete = false;
        return *cached;
    }
    std::tie(cached->left, cached->right) = diffCharacters(left, right);
    return *cached;
}

bool DiffRows::characterMarksComplete() const
{
    return !m_limited || (m_changedRowCount <= maxMarkedRows() && !m_hasLongChangedLine);
}

void DiffRows::setMarkingLimited(bool limited)
{
    m_limited = limited;
    for (std::optional<DiffCharacterMarks> &marks : m_marks) {
        if (marks && !marks->complete)
            marks.reset();
    }
}

std::pair<QList<DiffRange>, QList<DiffRange>> DiffRows::diffCharacters(const QString &left,
                                                                       const QString &right)
{
    // A fix changes a value or adds a property, so the common ends are most of the line.
    const int leftSize = static_cast<int>(left.size());
    const int rightSize = static_cast<int>(right.size());
    int prefix = 0;
    while (prefix < leftSize && prefix < rightSize && left[prefix] == right[prefix])
        ++prefix;
    int suffix = 0;
    while (suffix < leftSize - prefix && suffix < rightSize - prefix
           && left[leftSize - 1 - suffix] == right[rightSize - 1 - suffix])
        ++suffix;
    const int n = leftSize - prefix - suffix;
    const int m = rightSize - prefix - suffix;

    QList<DiffRange> leftRanges;
    QList<DiffRange> rightRanges;
    if (n == 0 || m == 0 || qsizetype(n + 1) * (m + 1) > kMaxCharacterCells) {
        if (n > 0)
            leftRanges.append({ prefix, n });
        if (m > 0)
            rightRanges.append({ prefix, m });
    } else {
        // lcs[i * (m + 1) + j] is the length of the longest common subsequence of the middles
        // from left index i and right index j on.
        std::vector<std::uint16_t> lcs(std::size_t(n + 1) * (m + 1), 0);
        const auto at = [&](int i, int j) -> std::uint16_t & {
            return lcs[std::size_t(i) * (m + 1) + j];
        };
        for (int i = n - 1; i >= 0; --i) {
            for (int j = m - 1; j >= 0; --j) {
                at(i, j) = left[prefix + i] == right[prefix + j]
                    ? at(i + 1, j + 1) + 1
                    : std::max(at(i + 1, j), at(i, j + 1));
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && left[prefix + i] == right[prefix + j]) {
                ++i;
                ++j;
            } else if (j >= m || (i < n && at(i + 1, j) >= at(i, j + 1))) {
                addCharacter(leftRanges, prefix + i++);
            } else {
                addCharacter(rightRanges, prefix + j++);
            }
        }
    }
    return { widenToTokens(left, leftRanges), widenToTokens(right, rightRanges) };
}

} // namespace compliance
