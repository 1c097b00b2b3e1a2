// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

namespace compliance {

class DiffRows;

/// One row on screen: a row of the aligned diff, or a bar for folded rows.
struct DiffViewRow
{
    int modelRow = -1; ///< The DiffRows row shown, or -1 for a fold bar.
    int foldFirst = -1; ///< The first hidden DiffRows row of a fold bar.
    int foldCount = 0; ///< How many rows a fold bar hides.

    bool isFold() const { return modelRow < 0; }
};

/// The folded rows of an aligned diff. Unchanged stretches longer than 2 * context + 1 rows
/// fold, except `context` rows next to each hunk and each anchor row.
class DiffFolding
{
public:
    /// Folds the rows of `diff`, keeping `context` rows around each hunk and around each row
    /// in `anchors` (such as the line the view opens on). A diff without hunks stays unfolded.
    void reset(const DiffRows &diff, int context, const std::vector<int> &anchors = {});

    /// Returns the rows on screen, in order.
    std::vector<DiffViewRow> viewRows() const;
    /// Shows `count` more rows of the fold that starts at DiffRows row `foldFirst`, or all
    /// when `count` is negative. The rows next to the following hunk come first; in a fold
    /// at the end of the file the rows at its top do. Returns false when no fold starts there.
    bool expand(int foldFirst, int count);
    /// Unfolds `row` and `context` rows on each side of it.
    void reveal(int row, int context);
    /// Unfolds each of `rows`; rows out of range are ignored.
    void unhide(const std::vector<int> &rows);
    bool isHidden(int row) const { return row >= 0 && row < int(m_hidden.size()) && m_hidden[row]; }

private:
    void unhideSingleRows();

    std::vector<char> m_hidden; ///< Per DiffRows row.
};

} // namespace compliance
