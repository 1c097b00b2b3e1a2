// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/findingnavigator.h"

#include "ui/findingsmodel.h"

#include <vector>

namespace compliance {

namespace {

struct TreeRow
{
    QModelIndex index;
    bool isFinding = false;
};

// Lists the rows below `parent` depth-first, in the order a tree view shows them.
void collectRows(const QAbstractItemModel &model, const QModelIndex &parent,
                 std::vector<TreeRow> &rows)
{
    const int count = model.rowCount(parent);
    for (int row = 0; row < count; ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const int children = model.rowCount(index);
        const bool isFinding
            = children == 0 && index.data(FindingsModel::FindingIndexRole).toInt() >= 0;
        rows.push_back(TreeRow { index, isFinding });
        if (children > 0)
            collectRows(model, index, rows);
    }
}

} // namespace

QModelIndex adjacentFindingIndex(const QAbstractItemModel &model, const QModelIndex &current,
                                 bool forward)
{
    std::vector<TreeRow> rows;
    collectRows(model, {}, rows);
    const int count = static_cast<int>(rows.size());

    const QModelIndex start = current.isValid() ? current.siblingAtColumn(0) : QModelIndex();
    int position = -1;
    for (int i = 0; i < count && start.isValid(); ++i) {
        if (rows[i].index == start) {
            position = i;
            break;
        }
    }
    // Without a current row, the search starts just outside the list.
    if (position < 0)
        position = forward ? -1 : count;

    for (int step = 1; step <= count; ++step) {
        const int candidate
            = ((forward ? position + step : position - step) % count + count) % count;
        if (rows[candidate].isFinding)
            return rows[candidate].index;
    }
    return {};
}

} // namespace compliance
