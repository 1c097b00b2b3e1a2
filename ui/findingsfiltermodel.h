// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/findingsmodel.h"

#include <QSortFilterProxyModel>

#include <array>

namespace compliance {

/// Filters a FindingsModel by text (resource names, file, reason) and by outcome. A file row
/// stays while at least one of its rows passes.
class FindingsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FindingsFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    /// Sets the case-insensitive text that rows must contain. An empty text shows all rows.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

    void setOutcomeVisible(FindingsModel::RowOutcome outcome, bool visible);
    bool isOutcomeVisible(FindingsModel::RowOutcome outcome) const;

    /// Rows per outcome that match the text filter, whether or not their outcome is shown.
    std::array<int, FindingsModel::kRowOutcomeCount> matchingCounts() const;

signals:
    /// Emitted when the filter or the source rows change, so outcome counts may differ.
    void countsChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool matchesText(const QModelIndex &sourceIndex) const;

    QString m_text;
    std::array<bool, FindingsModel::kRowOutcomeCount> m_visible {};
};

} // namespace compliance
