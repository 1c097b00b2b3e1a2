// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/findingspanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace compliance {

namespace {

constexpr int kMaxExpandedRows = 30;

const QString kFilterTextKey = QStringLiteral("findings/filterText");
const QString kHiddenOutcomesKey = QStringLiteral("findings/hiddenOutcomes");
const QString kHeaderKey = QStringLiteral("findings/header");

} // namespace

FindingsPanel::FindingsPanel(FindingsFilterModel *filterModel, QWidget *parent)
    : QWidget(parent)
    , m_filterModel(filterModel)
    , m_filterEdit(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_suppressButton(new QToolButton(this))
{
    setAccessibleName(tr("Findings pane"));
    m_filterEdit->setPlaceholderText(tr("Filter by resource, file or reason"));
    m_filterEdit->setAccessibleName(tr("Filter findings"));
    m_tree->setAccessibleName(tr("Findings"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filterModel,
            &FindingsFilterModel::setFilterText);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < FindingsModel::kRowOutcomeCount; ++i) {
        const auto outcome = static_cast<FindingsModel::RowOutcome>(i);
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setChecked(m_filterModel->isOutcomeVisible(outcome));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setToolTip(
            tr("Show rows with the outcome %1").arg(FindingsModel::outcomeText(outcome)));
        button->setAccessibleName(tr("Show %1 rows").arg(FindingsModel::outcomeText(outcome)));
        connect(button, &QToolButton::toggled, this, [this, outcome](bool checked) {
            m_filterModel->setOutcomeVisible(outcome, checked);
        });
        buttons->addWidget(button);
        m_buttons[i] = button;
    }
    buttons->addStretch();

    m_tree->setModel(m_filterModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSortingEnabled(true);
    // No sort column until the user clicks a header: files stay in path order, and findings
    // precede the file's errors.
    m_tree->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(true);
    // Wide enough for "Suppressed (Unknown)" after the tree's indentation and the icon.
    m_tree->setColumnWidth(FindingsModel::OutcomeColumn, 215);
    m_tree->setColumnWidth(FindingsModel::ResourceColumn, 200);
    m_tree->setColumnWidth(FindingsModel::RuleColumn, 170);
    m_tree->setColumnWidth(FindingsModel::LineColumn, 50);

    // Files start expanded so findings show as they stream in.
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, &FindingsPanel::expandFileRows);
    connect(m_filterModel, &QAbstractItemModel::layoutChanged, this,
            [this] { expandFileRows({}, 0, m_filterModel->rowCount() - 1); });
    connect(m_filterModel, &QAbstractItemModel::modelReset, this,
            [this] { expandFileRows({}, 0, m_filterModel->rowCount() - 1); });
    connect(m_filterModel, &FindingsFilterModel::countsChanged, this, &FindingsPanel::updateCounts);
    connect(m_filterModel, &QAbstractItemModel::dataChanged, this, &FindingsPanel::updateCounts);

    m_suppressButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_suppressButton->setAccessibleName(tr("Suppress the selected finding"));
    m_suppressButton->hide(); // Until an action is set.
    auto *actions = new QHBoxLayout;
    actions->setContentsMargins(0, 0, 0, 0);
    actions->addWidget(m_suppressButton);
    actions->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterEdit);
    layout->addLayout(buttons);
    layout->addWidget(m_tree);
    layout->addLayout(actions);

    // Tab moves from the filter through the outcome buttons to the tree, then to Suppress.
    QWidget *previous = m_filterEdit;
    for (QToolButton *button : m_buttons) {
        setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder(previous, m_tree);
    setTabOrder(m_tree, m_suppressButton);
    updateCounts();
}

void FindingsPanel::setSuppressAction(QAction *action)
{
    m_suppressButton->setDefaultAction(action);
    m_suppressButton->setFocusPolicy(Qt::StrongFocus);
    m_suppressButton->show();
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addAction(action);
}

void FindingsPanel::saveState(QSettings &settings) const
{
    settings.setValue(kFilterTextKey, m_filterEdit->text());
    QStringList hidden;
    for (int i = 0; i < FindingsModel::kRowOutcomeCount; ++i) {
        const auto outcome = static_cast<FindingsModel::RowOutcome>(i);
        if (!m_filterModel->isOutcomeVisible(outcome))
            hidden << QString::number(i); // The enum's values, which do not depend on language.
    }
    settings.setValue(kHiddenOutcomesKey, hidden);
    settings.setValue(kHeaderKey, m_tree->header()->saveState());
}

void FindingsPanel::restoreState(const QSettings &settings)
{
    if (settings.contains(kFilterTextKey))
        m_filterEdit->setText(settings.value(kFilterTextKey).toString());
    if (settings.contains(kHiddenOutcomesKey)) {
        const QStringList hidden = settings.value(kHiddenOutcomesKey).toStringList();
        for (int i = 0; i < FindingsModel::kRowOutcomeCount; ++i) {
            m_buttons[i]->setChecked(!hidden.contains(QString::number(i)));
        }
    }
    if (settings.contains(kHeaderKey))
        m_tree->header()->restoreState(settings.value(kHeaderKey).toByteArray());
}

QToolButton *FindingsPanel::outcomeButton(FindingsModel::RowOutcome outcome) const
{
    return m_buttons[static_cast<int>(outcome)];
}

void FindingsPanel::updateCounts()
{
    const auto counts = m_filterModel->matchingCounts();
    for (int i = 0; i < FindingsModel::kRowOutcomeCount; ++i) {
        const auto outcome = static_cast<FindingsModel::RowOutcome>(i);
        m_buttons[i]->setText(
            QStringLiteral("%1 %2").arg(FindingsModel::outcomeText(outcome)).arg(counts[i]));
    }
}

void FindingsPanel::expandFileRows(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    for (int row = first; row <= last; ++row) {
        const QModelIndex file = m_filterModel->index(row, 0);
        m_tree->setFirstColumnSpanned(row, {}, true);
        // A file with a flood of errors, such as one expression failing in every resource,
        // starts collapsed so it does not push the other files out of view.
        if (m_filterModel->rowCount(file) <= kMaxExpandedRows)
            m_tree->expand(file);
    }
}

} // namespace compliance
