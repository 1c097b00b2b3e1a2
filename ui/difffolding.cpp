// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/difffolding.h"

#include "ui/diffrows.h"

#include <algorithm>

namespace compliance {

void DiffFolding::reset(const DiffRows &diff, int context, const std::vector<int> &anchors)
{
    const int count = diff.rowCount();
    m_hidden.assign(count, 0);
    if (diff.hunks().empty())
        return;

    context = std::max(0, context);
    int start = 0;
    while (start < count) {
        if (diff.rows()[start].kind != DiffRowKind::Same) {
            ++start;
            continue;
        }
        int end = start;
        while (end + 1 < count && diff.rows()[end + 1].kind == DiffRowKind::Same)
            ++end;
        if (end - start + 1 > 2 * context + 1) {
            // Context is kept only on the sides that touch a hunk.
            const int first = start == 0 ? 0 : start + context;
            const int last = end == count - 1 ? end : end - context;
            for (int row = first; row <= last; ++row)
                m_hidden[row] = 1;
        }
        start = end + 1;
    }
    for (int anchor : anchors)
        reveal(anchor, context);
    unhideSingleRows();
}

std::vector<DiffViewRow> DiffFolding::viewRows() const
{
    std::vector<DiffViewRow> rows;
    const int count = static_cast<int>(m_hidden.size());
    for (int row = 0; row < count; ++row) {
        if (!m_hidden[row]) {
            rows.push_back({ row, -1, 0 });
            continue;
        }
        int end = row;
        while (end + 1 < count && m_hidden[end + 1])
            ++end;
        rows.push_back({ -1, row, end - row + 1 });
        row = end;
    }
    return rows;
}

bool DiffFolding::expand(int foldFirst, int count)
{
    const int size = static_cast<int>(m_hidden.size());
    if (!isHidden(foldFirst) || (foldFirst > 0 && m_hidden[foldFirst - 1]))
        return false;
    int end = foldFirst;
    while (end + 1 < size && m_hidden[end + 1])
        ++end;
    const int hidden = end - foldFirst + 1;
    if (count < 0 || count >= hidden) {
        std::fill(m_hidden.begin() + foldFirst, m_hidden.begin() + end + 1, 0);
    } else if (end == size - 1) {
        std::fill(m_hidden.begin() + foldFirst, m_hidden.begin() + foldFirst + count, 0);
    } else {
        std::fill(m_hidden.begin() + end - count + 1, m_hidden.begin() + end + 1, 0);
    }
    unhideSingleRows();
    return true;
}

void DiffFolding::reveal(int row, int context)
{
    const int size = static_cast<int>(m_hidden.size());
    const int first = std::clamp(row - context, 0, size);
    const int last = std::clamp(row + context, -1, size - 1);
    for (int index = first; index <= last; ++index)
        m_hidden[index] = 0;
    unhideSingleRows();
}

void DiffFolding::unhide(const std::vector<int> &rows)
{
    for (const int row : rows) {
        if (row >= 0 && row < static_cast<int>(m_hidden.size()))
            m_hidden[row] = 0;
    }
    unhideSingleRows();
}

void DiffFolding::unhideSingleRows()
{
    // A bar in place of one line hides nothing worth the click.
    const int size = static_cast<int>(m_hidden.size());
    for (int row = 0; row < size; ++row) {
        const bool single = m_hidden[row] && (row == 0 || !m_hidden[row - 1])
            && (row + 1 == size || !m_hidden[row + 1]);
        if (single)
            m_hidden[row] = 0;
    }
}

} // namespace compliance
