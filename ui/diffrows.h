// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace compliance {

/// The relation between the left (original) and right (fixed) line of an aligned diff row.
enum class DiffRowKind {
    Same, ///< Both sides have the same line.
    Changed, ///< Both sides have a line, and they differ.
    Inserted, ///< Only the right side has a line; the left shows a filler.
    Removed, ///< Only the left side has a line; the right shows a filler.
};

/// A span of characters in one line: 0-based start and length in UTF-16 code units.
struct DiffRange
{
    int start = 0;
    int length = 0;

    bool operator==(const DiffRange &other) const = default;
};

/// One row of an aligned diff. Line numbers are 0-based, -1 where that side has a filler.
struct DiffRow
{
    int leftLine = -1;
    int rightLine = -1;
    DiffRowKind kind = DiffRowKind::Same;
    int hunk = -1; ///< The index of the hunk the row belongs to, -1 for same rows.

    bool operator==(const DiffRow &other) const = default;
};

/// A run of consecutive rows that are not the same on both sides.
struct DiffHunk
{
    int firstRow = 0;
    int lastRow = 0; ///< Inclusive.
};

/// The changed characters of a changed row on each side.
struct DiffCharacterMarks
{
    QList<DiffRange> left;
    QList<DiffRange> right;
    bool complete = true; ///< False when the row was over the size limit and got no marks.
};

/// Two texts aligned row by row from a whole-line diff, with hunks and character marks.
///
/// Character marks are computed on request, one row at a time, and cached, so a view requests
/// only the rows it shows. Lines longer than maxMarkedLineLength() and changed rows past
/// maxMarkedRows() get no character marks until setMarkingLimited(false).
class DiffRows
{
public:
    DiffRows() = default;
    /// Aligns `left` and `right`, the texts split into lines.
    static DiffRows compute(const QStringList &left, const QStringList &right);
    /// Splits `text` into lines at `\n`, dropping the `\r` of a CRLF line ending, so line
    /// endings alone never make a row differ.
    static QStringList splitLines(const QString &text);

    const std::vector<DiffRow> &rows() const { return m_rows; }
    const std::vector<DiffHunk> &hunks() const { return m_hunks; }
    const QStringList &leftLines() const { return m_left; }
    const QStringList &rightLines() const { return m_right; }
    int rowCount() const { return static_cast<int>(m_rows.size()); }

    /// Returns the row that shows the left `line`, or -1 when out of range.
    int rowForLeftLine(int line) const;
    /// Returns the row that shows the right `line`, or -1 when out of range.
    int rowForRightLine(int line) const;

    /// Returns the character marks of `row`; empty marks for rows that are not changed rows.
    const DiffCharacterMarks &characterMarks(int row) const;
    /// Whether every changed row gets its character marks under the current limits.
    bool characterMarksComplete() const;
    /// Lifts (false) or restores (true) the size limits on character marks.
    void setMarkingLimited(bool limited);
    bool isMarkingLimited() const { return m_limited; }

    static constexpr int maxMarkedLineLength() { return 2000; }
    static constexpr int maxMarkedRows() { return 5000; }

    /// Returns the changed characters of `left` against `right`, with every fragment that
    /// falls inside a token (a run of letters, digits and `_`) widened to the whole token.
    static std::pair<QList<DiffRange>, QList<DiffRange>> diffCharacters(const QString &left,
                                                                        const QString &right);

private:
    QStringList m_left;
    QStringList m_right;
    std::vector<DiffRow> m_rows;
    std::vector<DiffHunk> m_hunks;
    std::vector<int> m_rowOfLeft;
    std::vector<int> m_rowOfRight;
    /// The position of each changed row among the changed rows, -1 for other rows.
    std::vector<int> m_changedIndex;
    int m_changedRowCount = 0;
    bool m_hasLongChangedLine = false;
    bool m_limited = true;
    mutable std::vector<std::optional<DiffCharacterMarks>> m_marks;
};

} // namespace compliance
