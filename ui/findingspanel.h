// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/findingsfiltermodel.h"

#include <QWidget>

#include <array>

class QLineEdit;
class QToolButton;
class QTreeView;

namespace compliance {

/// The findings tree with a filter field and one check button per outcome above it. Each
/// button shows how many rows of its outcome match the filter text, e.g. "Fail 12".
class FindingsPanel : public QWidget
{
    Q_OBJECT

public:
    FindingsPanel(FindingsFilterModel *filterModel, QWidget *parent = nullptr);

    QTreeView *treeView() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QToolButton *outcomeButton(FindingsModel::RowOutcome outcome) const;

private:
    void updateCounts();
    void expandFileRows(const QModelIndex &parent, int first, int last);

    FindingsFilterModel *m_filterModel;
    QLineEdit *m_filterEdit;
    QTreeView *m_tree;
    std::array<QToolButton *, FindingsModel::kRowOutcomeCount> m_buttons {};
};

} // namespace compliance
