// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/findingsfiltermodel.h"

#include <QSet>

namespace compliance {

FindingsFilterModel::FindingsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    m_visible.fill(true);
    setDynamicSortFilter(true);
}

void FindingsFilterModel::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QSortFilterProxyModel::setSourceModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsInserted, this, &FindingsFilterModel::countsChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &FindingsFilterModel::countsChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &FindingsFilterModel::countsChanged);
}

void FindingsFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
    emit countsChanged();
}

void FindingsFilterModel::setOutcomeVisible(FindingsModel::RowOutcome outcome, bool visible)
{
    bool &current = m_visible[static_cast<int>(outcome)];
    if (current == visible)
        return;
    current = visible;
    invalidateFilter();
    emit countsChanged();
}

bool FindingsFilterModel::isOutcomeVisible(FindingsModel::RowOutcome outcome) const
{
    return m_visible[static_cast<int>(outcome)];
}

bool FindingsFilterModel::matchesText(const QModelIndex &sourceIndex) const
{
    if (m_text.isEmpty())
        return true;
    return sourceIndex.data(FindingsModel::SearchTextRole)
        .toString()
        .contains(m_text, Qt::CaseInsensitive);
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // A file row, or a loop row with instance rows, stays while one of its children passes.
    const int children = sourceModel()->rowCount(index);
    if (!sourceParent.isValid() || children > 0) {
        for (int row = 0; row < children; ++row) {
            if (filterAcceptsRow(row, index))
                return true;
        }
        return false;
    }
    const int outcome = index.data(FindingsModel::OutcomeRole).toInt();
    if (outcome < 0 || outcome >= FindingsModel::kRowOutcomeCount || !m_visible[outcome])
        return false;
    // The search text of a child row includes its file's relative path.
    return matchesText(index);
}

bool FindingsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Lines sort as numbers, everything else as text.
    if (left.column() == FindingsModel::LineColumn && left.parent().isValid())
        return left.data().toInt() < right.data().toInt();
    return QSortFilterProxyModel::lessThan(left, right);
}

std::array<int, FindingsModel::kRowOutcomeCount> FindingsFilterModel::matchingCounts() const
{
    std::array<int, FindingsModel::kRowOutcomeCount> counts {};
    const QAbstractItemModel *model = sourceModel();
    if (!model)
        return counts;
    const auto countRow = [&counts](const QModelIndex &index) {
        const int outcome = index.data(FindingsModel::OutcomeRole).toInt();
        if (outcome >= 0 && outcome < FindingsModel::kRowOutcomeCount)
            ++counts[outcome];
    };
    for (int fileRow = 0; fileRow < model->rowCount(); ++fileRow) {
        const QModelIndex file = model->index(fileRow, 0);
        for (int row = 0; row < model->rowCount(file); ++row) {
            const QModelIndex index = model->index(row, 0, file);
            const int instances = model->rowCount(index);
            if (instances == 0) {
                if (matchesText(index))
                    countRow(index);
                continue;
            }
            // Count each finding of a loop once, as the status bar does, when one of its
            // instances matches.
            QSet<int> counted;
            for (int instance = 0; instance < instances; ++instance) {
                const QModelIndex child = model->index(instance, 0, index);
                const int finding = child.data(FindingsModel::FindingIndexRole).toInt();
                if (!counted.contains(finding) && matchesText(child)) {
                    counted.insert(finding);
                    countRow(child);
                }
            }
        }
    }
    return counts;
}

} // namespace compliance
