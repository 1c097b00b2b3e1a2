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
    // Resource names such as "acrProd" and "AcrTest" sort as a reader expects.
    setSortCaseSensitivity(Qt::CaseInsensitive);
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

QVariant FindingsFilterModel::data(const QModelIndex &index, int role) const
{
    QVariant value = QSortFilterProxyModel::data(index, role);
    const bool countsCell
        = (role == Qt::DisplayRole && index.column() == FindingsModel::OutcomeColumn)
        || role == Qt::AccessibleDescriptionRole;
    if (!countsCell || !index.isValid() || index.parent().isValid() || !value.isValid())
        return value;
    const int total = sourceModel()->rowCount(mapToSource(index.siblingAtColumn(0)));
    const int shown = rowCount(index.siblingAtColumn(0));
    if (shown == total)
        return value;
    return tr("%1 (%2 of %3 rows shown)").arg(value.toString()).arg(shown).arg(total);
}

void FindingsFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_query = FindingsFilterQuery(text);
    filtersChanged();
}

void FindingsFilterModel::setFixableOnly(bool on)
{
    if (on == m_fixableOnly)
        return;
    m_fixableOnly = on;
    filtersChanged();
}

void FindingsFilterModel::setCurrentFileOnly(const QString &path)
{
    if (path == m_currentFile)
        return;
    m_currentFile = path;
    filtersChanged();
}

void FindingsFilterModel::filtersChanged()
{
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

bool FindingsFilterModel::matchesFilters(const QModelIndex &sourceIndex) const
{
    if (m_fixableOnly && !sourceIndex.data(FindingsModel::FixableRole).toBool())
        return false;
    if (!m_currentFile.isEmpty()
        && sourceIndex.data(FindingsModel::FilePathRole).toString() != m_currentFile)
        return false;
    return m_query.matches(sourceIndex.data(FindingsModel::SearchTextRole).toString(),
                           sourceIndex.data(FindingsModel::RelativeFileRole).toString());
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
    return matchesFilters(index);
}

bool FindingsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // File and group rows keep their order, and instance rows their copy index order.
    const auto kind = FindingsModel::RowKind(left.data(FindingsModel::RowKindRole).toInt());
    if (!left.parent().isValid() || kind == FindingsModel::RowKind::Instance)
        return sortOrder() == Qt::AscendingOrder ? left.row() < right.row()
                                                 : left.row() > right.row();

    if (left.column() == FindingsModel::OutcomeColumn) {
        const auto rankOf = [](const QModelIndex &index) {
            return FindingsModel::outcomeRank(
                FindingsModel::RowOutcome(index.data(FindingsModel::OutcomeRole).toInt()));
        };
        if (rankOf(left) != rankOf(right))
            return rankOf(left) < rankOf(right);
        // Rows of one outcome stay in position order, whatever the direction.
        const bool before = left.row() < right.row();
        return sortOrder() == Qt::AscendingOrder ? before : !before;
    }
    // Lines sort by file, then as numbers, and everything else as text.
    if (left.column() == FindingsModel::LineColumn) {
        const QString leftFile = left.data(FindingsModel::RelativeFileRole).toString();
        const QString rightFile = right.data(FindingsModel::RelativeFileRole).toString();
        if (leftFile != rightFile)
            return leftFile < rightFile;
        return left.data(FindingsModel::LineRole).toInt()
            < right.data(FindingsModel::LineRole).toInt();
    }
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
                if (matchesFilters(index))
                    countRow(index);
                continue;
            }
            // Count each finding of a loop once, as the status bar does, when one of its
            // instances matches.
            QSet<int> counted;
            for (int instance = 0; instance < instances; ++instance) {
                const QModelIndex child = model->index(instance, 0, index);
                const int finding = child.data(FindingsModel::FindingIndexRole).toInt();
                if (!counted.contains(finding) && matchesFilters(child)) {
                    counted.insert(finding);
                    countRow(child);
                }
            }
        }
    }
    return counts;
}

} // namespace compliance
