// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/findingsexport.h"
#include "ui/findingsfiltermodel.h"

#include <QWidget>

#include <array>
#include <vector>

class QAction;
class QComboBox;
class QLineEdit;
class QSettings;
class QToolButton;
class QTreeView;

namespace compliance {

class FindingsOverview;

/// The findings tree with a filter field, one check button per outcome, grouping and sorting
/// choices and quick filters above it, and an overview strip beside it. Each outcome button
/// shows how many rows of its outcome match the filters, e.g. "Fail 12". The Suppressed button
/// hides or shows the findings the suppression file accepts.
class FindingsPanel : public QWidget
{
    Q_OBJECT

public:
    /// The sort choices of sortCombo(), in its order. Column shows that a header click sorts
    /// the rows by another column, and cannot be chosen in the box.
    enum class SortKey { Position, Outcome, Column };

    FindingsPanel(FindingsFilterModel *filterModel, QWidget *parent = nullptr);

    QTreeView *treeView() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QToolButton *outcomeButton(FindingsModel::RowOutcome outcome) const;
    QToolButton *suppressButton() const { return m_suppressButton; }
    /// Items in the order of FindingsModel::Grouping.
    QComboBox *groupByCombo() const { return m_groupBy; }
    /// Items in the order of SortKey.
    QComboBox *sortCombo() const { return m_sortBy; }
    QToolButton *fixableOnlyButton() const { return m_fixableOnly; }
    /// Limits the rows to the file of the row that is current when it is checked.
    QToolButton *currentFileButton() const { return m_currentFile; }
    FindingsOverview *overview() const { return m_overview; }
    QAction *copyAction() const { return m_copyAction; }
    QAction *copyJsonAction() const { return m_copyJsonAction; }

    /// Shows `action` as the button below the tree and in the tree's context menu.
    void setSuppressAction(QAction *action);

    /// Returns the source-model indexes of the finding and error rows the filters show, in
    /// display order.
    std::vector<QModelIndex> shownSourceRows() const;
    /// Returns the findings and errors of the selected rows, in display order. A selected file
    /// or group row stands for every shown row below it.
    RowResults selectedResults() const;

    /// Writes the filter text, the hidden outcomes, the quick filters, the grouping, the sort
    /// and the column layout to `settings`.
    void saveState(QSettings &settings) const;
    /// Restores what saveState wrote. A missing key leaves that part of the state as it is.
    void restoreState(const QSettings &settings);

private:
    FindingsModel *findingsModel() const;
    QWidget *createViewOptions();
    void createCopyActions();
    void copySelection(bool asJson);
    void applyGrouping(int grouping);
    void fitLineColumn();
    void applySort(int key);
    void showSortColumn(int column);
    void limitToCurrentFile(bool on);
    void updateCounts();
    void expandFileRows(const QModelIndex &parent, int first, int last);

    FindingsFilterModel *m_filterModel;
    QLineEdit *m_filterEdit;
    QTreeView *m_tree;
    QToolButton *m_suppressButton;
    QComboBox *m_groupBy = nullptr;
    QComboBox *m_sortBy = nullptr;
    QToolButton *m_fixableOnly = nullptr;
    QToolButton *m_currentFile = nullptr;
    FindingsOverview *m_overview = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_copyJsonAction = nullptr;
    std::array<QToolButton *, FindingsModel::kRowOutcomeCount> m_buttons {};
};

} // namespace compliance
