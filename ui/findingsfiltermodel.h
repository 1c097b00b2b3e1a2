// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/findingsfilterquery.h"
#include "ui/findingsmodel.h"

#include <QSortFilterProxyModel>

#include <array>

namespace compliance {

/// Filters a FindingsModel by text (see FindingsFilterQuery), by outcome and by two quick
/// filters, and sorts its rows. A file or group row stays while at least one of its rows passes,
/// and names how many of its rows are shown when the filters hide some.
///
/// Sorting on the outcome column orders rows by outcome, worst first (see
/// FindingsModel::outcomeRank), and rows of one outcome by position. Top-level rows keep the
/// source model's order.
class FindingsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FindingsFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    /// Returns the source's data. A file or group row that hides some of its rows adds how many
    /// it shows to its outcome cell and its accessible description, because its counts are the
    /// totals of all its rows.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// Sets the filter text in the syntax of FindingsFilterQuery. An empty text shows all rows.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

    void setOutcomeVisible(FindingsModel::RowOutcome outcome, bool visible);
    bool isOutcomeVisible(FindingsModel::RowOutcome outcome) const;

    /// Shows only rows whose finding has a fix when `on`.
    void setFixableOnly(bool on);
    bool isFixableOnly() const { return m_fixableOnly; }
    /// Shows only the rows of the file at the absolute `path`. An empty path shows every file.
    void setCurrentFileOnly(const QString &path);
    QString currentFileOnly() const { return m_currentFile; }

    /// Returns whether a row with no children passes the text and quick filters, whatever its
    /// outcome.
    bool matchesFilters(const QModelIndex &sourceIndex) const;

    /// Rows per outcome that match the text filter, whether or not their outcome is shown.
    std::array<int, FindingsModel::kRowOutcomeCount> matchingCounts() const;

signals:
    /// Emitted when the filter or the source rows change, so outcome counts may differ.
    void countsChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void filtersChanged();

    QString m_text;
    FindingsFilterQuery m_query;
    bool m_fixableOnly = false;
    QString m_currentFile;
    std::array<bool, FindingsModel::kRowOutcomeCount> m_visible {};
};

} // namespace compliance
