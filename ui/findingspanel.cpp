// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/findingspanel.h"

#include "ui/findingsoverview.h"
#include "ui/flowlayout.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardItemModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>
#include <set>

namespace compliance {

namespace {

constexpr int kMaxExpandedRows = 30;
// The widest the line column grows to fit "file:line" under a group, in pixels.
constexpr int kMaxLineColumnWidth = 320;

const QString kFilterTextKey = QStringLiteral("findings/filterText");
const QString kHiddenOutcomesKey = QStringLiteral("findings/hiddenOutcomes");
const QString kHeaderKey = QStringLiteral("findings/header");
const QString kGroupByKey = QStringLiteral("findings/groupBy");
const QString kSortKey = QStringLiteral("findings/sortBy");
const QString kFixableOnlyKey = QStringLiteral("findings/fixableOnly");
const QString kCurrentFileKey = QStringLiteral("findings/currentFile");

} // namespace

FindingsPanel::FindingsPanel(FindingsFilterModel *filterModel, QWidget *parent)
    : QWidget(parent)
    , m_filterModel(filterModel)
    , m_filterEdit(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_suppressButton(new QToolButton(this))
{
    setAccessibleName(tr("Findings pane"));
    m_filterEdit->setObjectName(QStringLiteral("findingsFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter by reason, rule, resource or path glob"));
    m_filterEdit->setAccessibleName(tr("Filter findings"));
    m_filterEdit->setToolTip(
        tr("<p>Space-separated terms that must all match.</p>"
           "<p>A term with <b>*</b>, <b>?</b> or <b>/</b> is a glob over the file path: "
           "<b>*</b> and <b>?</b> stay within a folder name and <b>**</b> crosses folders. A "
           "glob without <b>/</b> matches the file name (<b>*.bicep</b>); one with <b>/</b> "
           "matches from any folder (<b>modules/**</b>), or from the opened folder when it "
           "starts with <b>/</b> (<b>/infra/*/main.json</b>).</p>"
           "<p>Any other term matches part of the reason, rule, resource or path, ignoring "
           "case.</p><p>A term that starts with <b>!</b> hides the rows it matches "
           "(<b>!*.bicep</b>).</p>"));
    m_tree->setObjectName(QStringLiteral("findingsTree"));
    // However small the window gets, the list keeps room for a few rows below the buttons.
    m_tree->setMinimumHeight(8 * fontMetrics().height());
    m_tree->setAccessibleName(tr("Findings"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filterModel,
            &FindingsFilterModel::setFilterText);

    // The buttons, like the view options, wrap onto more rows in a narrow pane.
    auto *outcomeRow = new QWidget(this);
    outcomeRow->setObjectName(QStringLiteral("findingsOutcomeButtons"));
    auto *buttons = new FlowLayout(outcomeRow);
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

    m_tree->setModel(m_filterModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSortingEnabled(true);
    // No sort column until the user clicks a header: files stay in path order, and findings
    // precede the file's errors.
    m_tree->header()->setSortIndicator(-1, Qt::AscendingOrder);
    // Several rows can be selected for copying, and the current row drives the preview.
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
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
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, [this] {
        expandFileRows({}, 0, m_filterModel->rowCount() - 1);
        fitLineColumn();
    });
    connect(m_filterModel, &FindingsFilterModel::countsChanged, this, &FindingsPanel::updateCounts);
    connect(m_filterModel, &QAbstractItemModel::dataChanged, this, &FindingsPanel::updateCounts);

    m_suppressButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_suppressButton->setAccessibleName(tr("Suppress the selected finding"));
    m_suppressButton->hide(); // Until an action is set.
    auto *actions = new QHBoxLayout;
    actions->setContentsMargins(0, 0, 0, 0);
    actions->addWidget(m_suppressButton);
    actions->addStretch();

    m_overview = new FindingsOverview(m_tree, this);
    auto *list = new QHBoxLayout;
    list->setContentsMargins(0, 0, 0, 0);
    list->setSpacing(2);
    list->addWidget(m_tree);
    list->addWidget(m_overview);

    QWidget *options = createViewOptions();
    createCopyActions();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterEdit);
    layout->addWidget(outcomeRow);
    layout->addWidget(options);
    layout->addLayout(list);
    layout->addLayout(actions);

    // Tab moves from the filter through the outcome buttons to the tree, then to Suppress.
    QWidget *previous = m_filterEdit;
    for (QToolButton *button : m_buttons) {
        setTabOrder(previous, button);
        previous = button;
    }
    for (QWidget *option :
         { static_cast<QWidget *>(m_groupBy), static_cast<QWidget *>(m_sortBy),
           static_cast<QWidget *>(m_fixableOnly), static_cast<QWidget *>(m_currentFile) }) {
        setTabOrder(previous, option);
        previous = option;
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
    m_tree->addAction(action);
}

FindingsModel *FindingsPanel::findingsModel() const
{
    return qobject_cast<FindingsModel *>(m_filterModel->sourceModel());
}

QWidget *FindingsPanel::createViewOptions()
{
    auto *options = new QWidget(this);
    options->setObjectName(QStringLiteral("findingsViewOptions"));

    m_groupBy = new QComboBox(options);
    m_groupBy->setObjectName(QStringLiteral("findingsGroupBy"));
    m_groupBy->setAccessibleName(tr("Group findings by"));
    m_groupBy->addItems({ tr("File"), tr("Outcome"), tr("Rule"), tr("Resource type") });
    auto *groupLabel = new QLabel(tr("&Group by"), options);
    groupLabel->setBuddy(m_groupBy);
    connect(m_groupBy, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &FindingsPanel::applyGrouping);

    m_sortBy = new QComboBox(options);
    m_sortBy->setObjectName(QStringLiteral("findingsSortBy"));
    m_sortBy->setAccessibleName(tr("Sort findings by"));
    m_sortBy->addItems({ tr("Position"), tr("Outcome"), tr("Column") });
    // Wide enough for the longest column entry, "Column: Resource", which is set later.
    m_sortBy->setMinimumContentsLength(tr("Column: Resource").size());
    m_sortBy->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // The Column item only reports a sort chosen with a header click, so it cannot be picked.
    if (auto *items = qobject_cast<QStandardItemModel *>(m_sortBy->model()))
        items->item(int(SortKey::Column))->setEnabled(false);
    m_sortBy->setToolTip(tr("Position keeps the order of the files and lines. Outcome puts "
                            "Fail first, then Unknown, Error, Pass, NotApplicable and "
                            "Suppressed. Column names the header clicked to sort."));
    auto *sortLabel = new QLabel(tr("S&ort by"), options);
    sortLabel->setBuddy(m_sortBy);
    connect(m_sortBy, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &FindingsPanel::applySort);
    // A click on the outcome column's header sorts by outcome, and so does the combo box. A
    // click on another header shows that column's name in the box.
    connect(m_tree->header(), &QHeaderView::sortIndicatorChanged, this,
            &FindingsPanel::showSortColumn);

    m_fixableOnly = new QToolButton(options);
    m_fixableOnly->setObjectName(QStringLiteral("findingsFixableOnly"));
    m_fixableOnly->setText(tr("Fixable only"));
    m_fixableOnly->setAccessibleName(tr("Show only findings with a fix"));
    m_fixableOnly->setToolTip(tr("Show only the findings that have a fix"));
    m_fixableOnly->setCheckable(true);
    connect(m_fixableOnly, &QToolButton::toggled, m_filterModel,
            &FindingsFilterModel::setFixableOnly);

    m_currentFile = new QToolButton(options);
    m_currentFile->setObjectName(QStringLiteral("findingsCurrentFileOnly"));
    m_currentFile->setText(tr("Current file only"));
    m_currentFile->setAccessibleName(tr("Show only the current file's rows"));
    m_currentFile->setToolTip(tr("Show only the rows of the selected row's file"));
    m_currentFile->setCheckable(true);
    connect(m_currentFile, &QToolButton::toggled, this, &FindingsPanel::limitToCurrentFile);

    // A label stays on the row of its box when the options wrap.
    const auto labelled = [options](QLabel *label, QComboBox *box) {
        auto *pair = new QWidget(options);
        auto *pairLayout = new QHBoxLayout(pair);
        pairLayout->setContentsMargins(0, 0, 0, 0);
        pairLayout->addWidget(label);
        pairLayout->addWidget(box);
        return pair;
    };
    auto *layout = new FlowLayout(options);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(labelled(groupLabel, m_groupBy));
    layout->addWidget(labelled(sortLabel, m_sortBy));
    layout->addWidget(m_fixableOnly);
    layout->addWidget(m_currentFile);
    return options;
}

void FindingsPanel::createCopyActions()
{
    m_copyAction = new QAction(tr("&Copy"), m_tree);
    m_copyAction->setObjectName(QStringLiteral("findingsCopyAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyAction, &QAction::triggered, this, [this] { copySelection(false); });

    m_copyJsonAction = new QAction(tr("Copy as &JSON"), m_tree);
    m_copyJsonAction->setObjectName(QStringLiteral("findingsCopyJsonAction"));
    connect(m_copyJsonAction, &QAction::triggered, this, [this] { copySelection(true); });

    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addAction(m_copyAction);
    m_tree->addAction(m_copyJsonAction);
}

std::vector<QModelIndex> FindingsPanel::shownSourceRows() const
{
    std::vector<QModelIndex> rows = shownResultRows(*m_filterModel);
    for (QModelIndex &row : rows)
        row = m_filterModel->mapToSource(row);
    return rows;
}

RowResults FindingsPanel::selectedResults() const
{
    const FindingsModel *model = findingsModel();
    if (!model)
        return {};
    std::set<QModelIndex> selected;
    for (const QModelIndex &index : m_tree->selectionModel()->selectedRows(0))
        selected.insert(index);
    // A row counts when it or one of its parents is selected.
    std::vector<QModelIndex> rows;
    for (const QModelIndex &row : shownResultRows(*m_filterModel)) {
        for (QModelIndex up = row; up.isValid(); up = up.parent()) {
            if (selected.count(up) > 0) {
                rows.push_back(m_filterModel->mapToSource(row));
                break;
            }
        }
    }
    return resultsOfRows(*model, rows);
}

void FindingsPanel::copySelection(bool asJson)
{
    const RowResults results = selectedResults();
    if (results.findings.empty() && results.errors.empty())
        return;
    QApplication::clipboard()->setText(asJson ? resultsAsJson(results) : resultsAsText(results));
}

void FindingsPanel::applyGrouping(int grouping)
{
    FindingsModel *model = findingsModel();
    if (!model)
        return;
    // The rows are rebuilt, so the current finding is found again by identity.
    std::optional<Finding> current;
    if (const Finding *finding
        = model->findingFor(m_filterModel->mapToSource(m_tree->currentIndex())))
        current = *finding;
    model->setGrouping(FindingsModel::Grouping(grouping));
    if (!current)
        return;
    const QModelIndex index = m_filterModel->mapFromSource(model->indexOfSameFinding(*current));
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }
}

void FindingsPanel::fitLineColumn()
{
    // Rows under a group show "file:line", which the width for a line number cuts off. The
    // column only grows, up to a limit, so a width the user chose is kept.
    const FindingsModel *model = findingsModel();
    if (!model || model->grouping() == FindingsModel::Grouping::File)
        return;
    // QTreeView makes sizeHintForColumn() protected, while QAbstractItemView has it public.
    const QAbstractItemView *view = m_tree;
    const int wanted
        = std::min(view->sizeHintForColumn(FindingsModel::LineColumn), kMaxLineColumnWidth);
    if (wanted > m_tree->columnWidth(FindingsModel::LineColumn))
        m_tree->setColumnWidth(FindingsModel::LineColumn, wanted);
}

void FindingsPanel::applySort(int key)
{
    // Without a sort column the proxy keeps the source order: files or groups in order, and
    // rows in the order the scan reported them.
    // The Column item follows a header click, which has sorted the view already.
    if (SortKey(key) == SortKey::Column)
        return;
    if (SortKey(key) == SortKey::Outcome)
        m_tree->sortByColumn(FindingsModel::OutcomeColumn, Qt::AscendingOrder);
    else
        m_tree->sortByColumn(-1, Qt::AscendingOrder);
}

void FindingsPanel::showSortColumn(int column)
{
    const QSignalBlocker blocker(m_sortBy);
    if (column == FindingsModel::OutcomeColumn) {
        m_sortBy->setCurrentIndex(int(SortKey::Outcome));
    } else if (column < 0) {
        m_sortBy->setCurrentIndex(int(SortKey::Position));
    } else {
        const QString name = m_filterModel->headerData(column, Qt::Horizontal).toString();
        m_sortBy->setItemText(int(SortKey::Column), tr("Column: %1").arg(name));
        m_sortBy->setCurrentIndex(int(SortKey::Column));
    }
}

void FindingsPanel::limitToCurrentFile(bool on)
{
    // NOTE: the file is the current row's at the moment the button is checked. Selecting
    // another finding later does not move the filter to that finding's file.
    QString path;
    if (on) {
        const QModelIndex current = m_tree->currentIndex();
        path = m_filterModel->mapToSource(current).data(FindingsModel::FilePathRole).toString();
        if (path.isEmpty()) {
            const QSignalBlocker blocker(m_currentFile);
            m_currentFile->setChecked(false);
            return;
        }
    }
    m_currentFile->setToolTip(path.isEmpty() ? tr("Show only the rows of the selected row's file")
                                             : tr("Showing only %1").arg(path));
    m_filterModel->setCurrentFileOnly(path);
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
    settings.setValue(kGroupByKey, m_groupBy->currentIndex());
    settings.setValue(kSortKey, m_sortBy->currentIndex());
    settings.setValue(kFixableOnlyKey, m_filterModel->isFixableOnly());
    settings.setValue(kCurrentFileKey, m_filterModel->currentFileOnly());
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
    if (settings.contains(kGroupByKey))
        m_groupBy->setCurrentIndex(settings.value(kGroupByKey).toInt());
    if (settings.contains(kSortKey)) {
        m_sortBy->setCurrentIndex(settings.value(kSortKey).toInt());
        applySort(m_sortBy->currentIndex()); // Sorts even when the index did not change.
    }
    if (settings.contains(kFixableOnlyKey))
        m_fixableOnly->setChecked(settings.value(kFixableOnlyKey).toBool());
    if (settings.contains(kCurrentFileKey)) {
        // The saved file stays the filter, whether or not the next scan has rows for it.
        const QString path = settings.value(kCurrentFileKey).toString();
        const QSignalBlocker blocker(m_currentFile);
        m_currentFile->setChecked(!path.isEmpty());
        m_currentFile->setToolTip(path.isEmpty()
                                      ? tr("Show only the rows of the selected row's file")
                                      : tr("Showing only %1").arg(path));
        m_filterModel->setCurrentFileOnly(path);
    }
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
        // A file or group with a flood of errors, such as one expression failing in every
        // resource, starts collapsed so it does not push the other rows out of view. A large
        // group of findings, such as every Fail, stays expanded.
        const auto kindOf = [](const QModelIndex &index) {
            return FindingsModel::RowKind(index.data(FindingsModel::RowKindRole).toInt());
        };
        const bool isGroup = kindOf(file) == FindingsModel::RowKind::Group;
        // Error rows form groups of their own, so the first row identifies an error group.
        const bool isErrorGroup
            = kindOf(m_filterModel->index(0, 0, file)) == FindingsModel::RowKind::Error;
        const bool isFlood
            = m_filterModel->rowCount(file) > kMaxExpandedRows && (!isGroup || isErrorGroup);
        if (!isFlood)
            m_tree->expand(file);
    }
}

} // namespace compliance
