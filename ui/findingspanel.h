// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/findingsfiltermodel.h"

#include <QWidget>

#include <array>

class QAction;
class QLineEdit;
class QSettings;
class QToolButton;
class QTreeView;

namespace compliance {

/// The findings tree with a filter field and one check button per outcome above it. Each
/// button shows how many rows of its outcome match the filter text, e.g. "Fail 12". The
/// Suppressed button hides or shows the findings the suppression file accepts.
class FindingsPanel : public QWidget
{
    Q_OBJECT

public:
    FindingsPanel(FindingsFilterModel *filterModel, QWidget *parent = nullptr);

    QTreeView *treeView() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QToolButton *outcomeButton(FindingsModel::RowOutcome outcome) const;
    QToolButton *suppressButton() const { return m_suppressButton; }

    /// Shows `action` as the button below the tree and in the tree's context menu.
    void setSuppressAction(QAction *action);

    /// Writes the filter text, the hidden outcomes and the column layout to `settings`.
    void saveState(QSettings &settings) const;
    /// Restores what saveState wrote. A missing key leaves that part of the state as it is.
    void restoreState(const QSettings &settings);

private:
    void updateCounts();
    void expandFileRows(const QModelIndex &parent, int first, int last);

    FindingsFilterModel *m_filterModel;
    QLineEdit *m_filterEdit;
    QTreeView *m_tree;
    QToolButton *m_suppressButton;
    std::array<QToolButton *, FindingsModel::kRowOutcomeCount> m_buttons {};
};

} // namespace compliance
