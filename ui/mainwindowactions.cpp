// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// The main window's menus, shortcuts, keyboard navigation, saved layout and the command that
// suppresses a finding. The panes and the scan flow are in mainwindow.cpp.
#include "ui/mainwindow.h"

#include "core/scan/suppressions.h"
#include "core/scan/suppressionwriter.h"
#include "ui/codeview.h"
#include "ui/filediffpane.h"
#include "ui/findingnavigator.h"
#include "ui/findingsfiltermodel.h"
#include "ui/findingsmodel.h"
#include "ui/findingspanel.h"
#include "ui/fixpreview.h"
#include "ui/fixsession.h"
#include "ui/recentfolders.h"
#include "ui/ruledocview.h"
#include "ui/stalefilebanner.h"
#include "ui/suppressionprompt.h"
#include "ui/whyview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>

Q_LOGGING_CATEGORY(lcActions, "complianceviewer.ui.actions")

namespace compliance {

namespace {

// Written as text because C++20 deprecates Qt 5's Qt::CTRL | Qt::Key_E arithmetic.
QKeySequence portableKeys(const char *keys)
{
    return QKeySequence::fromString(QLatin1String(keys), QKeySequence::PortableText);
}

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kSplitterKey = QStringLiteral("window/splitter");
const QString kSideTabKey = QStringLiteral("window/sideTab");
const QString kDiffSplitterKey = QStringLiteral("preview/diffSplitter");

// Clicks `button` when it is enabled, so an action does what its button would.
void clickIfEnabled(QPushButton *button)
{
    if (button->isEnabled())
        button->click();
}

} // namespace

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_openAction = fileMenu->addAction(tr("&Open Folder…"), this, &MainWindow::chooseFolder);
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    m_rescanAction = fileMenu->addAction(tr("Re&scan"), this, &MainWindow::rescan);
    m_rescanAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_rescanAction->setEnabled(false);
    fileMenu->addSeparator();
    m_saveAction = fileMenu->addAction(tr("&Save Shown Files"), this,
                                       [this] { clickIfEnabled(m_preview->saveButton()); });
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAllAction = fileMenu->addAction(tr("Save &All"), this, [this] { saveAll(); });
    m_saveAllAction->setShortcut(portableKeys("Ctrl+Shift+S"));
    fileMenu->addSeparator();
    m_exportAction
        = fileMenu->addAction(tr("&Export HTML Report…"), this, &MainWindow::chooseReportPath);
    m_exportAction->setShortcut(portableKeys("Ctrl+E"));
    m_exportAction->setEnabled(false);
    QAction *exportShown = fileMenu->addAction(tr("Export S&hown Findings…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Shown Findings"),
            QDir(m_folder).filePath(QStringLiteral("compliance-report-shown.html")),
            tr("HTML files (*.html *.htm)"));
        if (path.isEmpty())
            return;
        if (const Status status = exportShownHtmlReport(path); !status)
            QMessageBox::warning(this, tr("Export Failed"), QString::fromStdString(status.error()));
    });
    exportShown->setObjectName(QStringLiteral("exportShownAction"));
    exportShown->setEnabled(false);
    connect(m_exportAction, &QAction::changed, exportShown,
            [this, exportShown] { exportShown->setEnabled(m_exportAction->isEnabled()); });
    fileMenu->addSeparator();
    m_quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    updateRecentMenu();
}

void MainWindow::createEditActions()
{
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    m_applyAction = editMenu->addAction(tr("&Apply Fix"), this,
                                        [this] { clickIfEnabled(m_preview->applyButton()); });
    m_applyAction->setShortcut(portableKeys("Ctrl+Return"));
    m_applyAllAction = editMenu->addAction(tr("Apply A&ll Fixes in File"), this,
                                           [this] { clickIfEnabled(m_preview->applyAllButton()); });
    m_applyAllAction->setShortcut(portableKeys("Ctrl+Shift+Return"));
    m_revertAction = editMenu->addAction(tr("&Revert Shown Files"), this,
                                         [this] { clickIfEnabled(m_preview->revertButton()); });
    m_revertAction->setShortcut(QKeySequence::Undo);
    m_undoSaveAction = editMenu->addAction(tr("Undo &Save"), this, [this] { undoLastSave(); });
    m_undoSaveAction->setShortcut(portableKeys("Ctrl+Alt+Z"));
    m_undoSaveAction->setEnabled(false);
    // The banner's Rescan reads the stale files again, which plans their fixes anew.
    QAction *recompute = editMenu->addAction(tr("Re&compute Fix"), this, [this] {
        clickIfEnabled(m_preview->staleBanner()->rescanButton());
    });
    recompute->setShortcut(portableKeys("Ctrl+Shift+R"));
    recompute->setToolTip(tr("Rescan the shown files that changed on disk and plan the fix again"));
    recompute->setEnabled(false);
    connect(m_preview, &FixPreview::fixStateChanged, recompute,
            [recompute](FixState state) { recompute->setEnabled(state == FixState::Stale); });
    editMenu->addSeparator();
    m_suppressAction
        = editMenu->addAction(tr("Suppress…"), this, &MainWindow::suppressSelectedFinding);
    m_suppressAction->setShortcut(portableKeys("Ctrl+Shift+D"));
    m_suppressAction->setToolTip(
        tr("Accept the selected finding with a reason, in the folder's suppression file"));
    m_panel->setSuppressAction(m_suppressAction);
    editMenu->addSeparator();
    m_filterAction = editMenu->addAction(tr("&Filter Findings"), this, [this] {
        m_panel->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_panel->filterEdit()->selectAll();
    });
    m_filterAction->setShortcut(QKeySequence::Find);
}

void MainWindow::createGoActions()
{
    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    QAction *next
        = goMenu->addAction(tr("&Next Finding"), this, [this] { selectAdjacentFinding(true); });
    next->setShortcut(QKeySequence(Qt::Key_F8));
    QAction *previous = goMenu->addAction(tr("&Previous Finding"), this,
                                          [this] { selectAdjacentFinding(false); });
    previous->setShortcut(portableKeys("Shift+F8"));
    goMenu->addSeparator();
    QAction *nextPane = goMenu->addAction(tr("Next P&ane"), this, [this] { cycleFocus(true); });
    nextPane->setShortcut(QKeySequence(Qt::Key_F6));
    QAction *previousPane
        = goMenu->addAction(tr("Previous Pa&ne"), this, [this] { cycleFocus(false); });
    previousPane->setShortcut(portableKeys("Shift+F6"));
    goMenu->addSeparator();
    // F7 walks the changed blocks of the fix preview, file tab after file tab, and puts the
    // keyboard on the matching row of the hunk list, where Space applies or skips it.
    QAction *nextHunk = goMenu->addAction(tr("Next &Hunk"), this, [this] {
        m_tabs->setCurrentWidget(m_preview);
        m_preview->revealAdjacentHunk(true);
    });
    nextHunk->setShortcut(QKeySequence(Qt::Key_F7));
    nextHunk->setShortcutContext(Qt::WindowShortcut);
    QAction *previousHunk = goMenu->addAction(tr("Previous H&unk"), this, [this] {
        m_tabs->setCurrentWidget(m_preview);
        m_preview->revealAdjacentHunk(false);
    });
    previousHunk->setShortcut(portableKeys("Shift+F7"));
    previousHunk->setShortcutContext(Qt::WindowShortcut);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *lineList = viewMenu->addAction(tr("Fix Preview as Line &List"));
    lineList->setObjectName(QStringLiteral("lineListAction"));
    lineList->setCheckable(true);
    lineList->setShortcut(portableKeys("Ctrl+Alt+L"));
    lineList->setToolTip(tr("List the preview's lines as removed, added or unchanged, for "
                            "screen readers"));
    connect(lineList, &QAction::toggled, this, [this](bool visible) {
        m_tabs->setCurrentWidget(m_preview);
        m_preview->setLineListShown(visible);
    });

    // Narrow previews switch to the unified view by themselves; this overrides the width until
    // it is toggled back.
    QAction *unified = viewMenu->addAction(tr("Toggle &Unified Fix Preview"));
    unified->setObjectName(QStringLiteral("unifiedViewAction"));
    unified->setShortcut(portableKeys("Ctrl+Alt+U"));
    unified->setToolTip(tr("Show the fix preview as one unified view or side by side"));
    connect(unified, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_preview);
        m_preview->toggleUnified();
    });

    // The same switch as the preview's ↔ button, which takes no keyboard focus.
    QAction *syncHorizontal = viewMenu->addAction(tr("Scroll Both Sides &Horizontally"));
    syncHorizontal->setObjectName(QStringLiteral("syncHorizontalAction"));
    syncHorizontal->setCheckable(true);
    syncHorizontal->setShortcut(portableKeys("Ctrl+Alt+H"));
    connect(viewMenu, &QMenu::aboutToShow, syncHorizontal,
            [this, syncHorizontal] { syncHorizontal->setChecked(m_preview->isSyncHorizontal()); });
    connect(syncHorizontal, &QAction::triggered, this,
            [this] { m_preview->setSyncHorizontal(!m_preview->isSyncHorizontal()); });
}

void MainWindow::updateActions()
{
    if (!m_saveAction)
        return;
    m_saveAction->setEnabled(m_preview->saveButton()->isEnabled());
    m_revertAction->setEnabled(m_preview->revertButton()->isEnabled());
    m_applyAction->setEnabled(m_preview->applyButton()->isEnabled());
    m_applyAllAction->setEnabled(m_preview->applyAllButton()->isEnabled());
    m_saveAllAction->setEnabled(m_session->hasUnsavedChanges());
    m_undoSaveAction->setEnabled(m_session->canUndoSave());
    QStringList lastSaved;
    for (const std::string &path : m_session->lastSavedPaths())
        lastSaved << QDir(m_folder).relativeFilePath(QString::fromStdString(path));
    m_undoSaveAction->setToolTip(lastSaved.isEmpty()
                                     ? tr("No save to undo")
                                     : tr("Restore the bytes that %1 had before the last save")
                                           .arg(lastSaved.join(QStringLiteral(", "))));
    const Finding *finding = m_model->findingFor(
        m_filterModel->mapToSource(m_panel->treeView()->currentIndex().siblingAtColumn(0)));
    m_suppressAction->setEnabled(finding && !finding->isSuppressed());
}

void MainWindow::selectAdjacentFinding(bool forward)
{
    QTreeView *tree = m_panel->treeView();
    const QModelIndex target = adjacentFindingIndex(*m_filterModel, tree->currentIndex(), forward);
    if (!target.isValid())
        return;
    tree->setCurrentIndex(target);
    tree->scrollTo(target);
}

void MainWindow::selectFirstFailure()
{
    // The first failing finding shows its fix at once; without one, the first finding does.
    QTreeView *tree = m_panel->treeView();
    if (tree->currentIndex().isValid())
        return;
    const QModelIndex first = adjacentFindingIndex(*m_filterModel, QModelIndex(), true);
    QModelIndex target = first;
    for (QModelIndex index = first; index.isValid();) {
        if (index.data(FindingsModel::OutcomeRole).toInt()
            == int(FindingsModel::RowOutcome::Fail)) {
            target = index;
            break;
        }
        index = adjacentFindingIndex(*m_filterModel, index, true);
        if (index == first)
            break; // The walk wraps around at the end.
    }
    if (!target.isValid())
        return;
    tree->setCurrentIndex(target);
    tree->scrollTo(target);
}

QList<QWidget *> MainWindow::focusTargets() const
{
    auto *pane = qobject_cast<FileDiffPane *>(m_preview->fileTabs()->currentWidget());
    if (!pane)
        pane = m_preview->pane(0);
    // The unified view replaces both sides when the preview is narrow.
    if (pane->isUnified())
        return { m_panel->treeView(), pane->unifiedView(), m_docs, m_why->stepList() };
    return { m_panel->treeView(), pane->originalView(), pane->fixedView(), m_docs,
             m_why->stepList() };
}

void MainWindow::cycleFocus(bool forward)
{
    const QList<QWidget *> targets = focusTargets();
    QWidget *focus = QApplication::focusWidget();
    const auto within = [focus](const QWidget *pane) {
        return focus && (focus == pane || pane->isAncestorOf(focus));
    };
    // The filter and the buttons of a pane count as that pane, and so does the Why tab's
    // source view. Any other widget of the preview counts as its first view.
    int current = static_cast<int>(targets.indexOf(focus));
    if (current < 0) {
        if (within(m_panel))
            current = 0;
        else if (within(m_preview))
            current = 1;
        else if (within(m_why))
            current = static_cast<int>(targets.size()) - 1;
    }

    const int count = static_cast<int>(targets.size());
    int next = forward ? 0 : count - 1;
    if (current >= 0)
        next = (current + (forward ? 1 : count - 1)) % count;
    if (targets[next] == m_docs)
        m_tabs->setCurrentWidget(m_docs);
    else if (targets[next] == m_why->stepList())
        m_tabs->setCurrentWidget(m_why);
    else if (next != 0)
        m_tabs->setCurrentWidget(m_preview);
    targets[next]->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
}

void MainWindow::suppressSelectedFinding()
{
    const QModelIndex source
        = m_filterModel->mapToSource(m_panel->treeView()->currentIndex().siblingAtColumn(0));
    const Finding *selected = m_model->findingFor(source);
    if (!selected) {
        statusBar()->showMessage(tr("Select a finding to suppress."), 5000);
        return;
    }
    if (selected->isSuppressed()) {
        statusBar()->showMessage(tr("This finding is already suppressed: %1")
                                     .arg(QString::fromStdString(selected->suppressedReason)),
                                 5000);
        return;
    }
    const Finding finding = *selected;
    const auto kind
        = static_cast<FindingsModel::RowKind>(source.data(FindingsModel::RowKindRole).toInt());
    const bool wholeLoop
        = kind == FindingsModel::RowKind::Loop || kind == FindingsModel::RowKind::Instance;
    const QString name = QString::fromStdString(
        wholeLoop || finding.resolvedName.empty() ? finding.resource : finding.resolvedName);

    const std::optional<QString> reason
        = askSuppressionReason(this, name, QString::fromStdString(finding.file), wholeLoop);
    if (!reason)
        return;
    Suppression entry = suppressionFor(finding, reason->toStdString());
    // A loop's instances share one declaration, so the name as written accepts all of them.
    if (wholeLoop)
        entry.resource = finding.resource;

    const Status written = addSuppression(m_folder.toStdString(), entry);
    if (!written) {
        showError(
            tr("Suppression Not Saved"),
            tr("The suppression was not saved: %1").arg(QString::fromStdString(written.error())));
        return;
    }
    qCInfo(lcActions) << "Suppressed" << name << "in" << QString::fromStdString(finding.file);
    rescanFiles({ QString::fromStdString(finding.path) });
    showSuppressionNotices(!m_scanCancelled);
    updateActions();
    statusBar()->showMessage(
        tr("Suppressed %1. The entry is in %2.")
            .arg(name,
                 QString::fromUtf8(kSuppressionFileName.data(), int(kSuppressionFileName.size()))),
        10000);
}

void MainWindow::showSuppressionNotices(bool completeScan)
{
    // The scan controller delivers files only, so the suppression file's own errors, and the
    // entries that match no finding, become the error rows of that file here.
    Suppressions suppressions = Suppressions::load(m_folder.toStdString());
    const std::string name(kSuppressionFileName);
    std::vector<FileError> notices = suppressions.errors();
    // Only a complete scan can tell that an entry matches nothing, as in scanFolder.
    if (completeScan) {
        for (int i = 0; i < m_model->fileCount(); ++i) {
            std::vector<Finding> findings = m_model->fileAt(i).findings;
            suppressions.apply(findings);
        }
        for (FileError &notice : suppressions.unusedEntries())
            notices.push_back(std::move(notice));
    }
    bool shown = false;
    for (int i = 0; i < m_model->fileCount(); ++i) {
        if (m_model->fileAt(i).file == name && !m_model->fileAt(i).errors.empty())
            shown = true;
    }
    if (notices.empty() && !shown)
        return;

    FileScanResult result;
    result.file = name;
    result.path = QDir(m_folder).filePath(QString::fromStdString(name)).toStdString();
    result.errors = std::move(notices);
    m_model->addFile(result);
    updateStatus();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kSideTabKey, m_tabs->currentIndex());
    settings.setValue(kDiffSplitterKey, m_preview->diffSplitterState());
    m_panel->saveState(settings);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!settings.contains(kGeometryKey)
        || !restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1400, 860);
    restoreState(settings.value(kStateKey).toByteArray());
    if (settings.contains(kSplitterKey))
        m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    if (settings.contains(kSideTabKey))
        m_tabs->setCurrentIndex(settings.value(kSideTabKey).toInt());
    if (settings.contains(kDiffSplitterKey))
        m_preview->setDiffSplitterState(settings.value(kDiffSplitterKey).toByteArray());
    m_panel->restoreState(settings);
}

} // namespace compliance
