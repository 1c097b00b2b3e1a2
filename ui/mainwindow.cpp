// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/mainwindow.h"

#include "core/scan/scanner.h"
#include "core/scan/suppressions.h"
#include "ui/findingsexport.h"
#include "ui/findingsfiltermodel.h"
#include "ui/findingsmodel.h"
#include "ui/findingspanel.h"
#include "ui/fixpreview.h"
#include "ui/fixsession.h"
#include "ui/htmlreportexport.h"
#include "ui/recentfolders.h"
#include "ui/ruledocview.h"
#include "ui/scancontroller.h"
#include "ui/scannedfilewatcher.h"
#include "ui/whynavigation.h"
#include "ui/whyview.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

Q_LOGGING_CATEGORY(lcWindow, "complianceviewer.ui.window")

namespace compliance {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new FixSession(this))
    , m_model(new FindingsModel(this))
    , m_filterModel(new FindingsFilterModel(this))
    , m_scanner(new ScanController(this))
    , m_watcher(new ScannedFileWatcher(m_session, this))
{
    m_filterModel->setSourceModel(m_model);
    setAcceptDrops(true);
    createLayout();
    createActions();
    createEditActions();
    createGoActions();

    connect(m_scanner, &ScanController::fileScanned, this, &MainWindow::onFileScanned);
    connect(m_scanner, &ScanController::finished, this, &MainWindow::onScanFinished);
    connect(m_scanner, &ScanController::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
    });
    connect(m_scanner, &ScanController::failed, this, [this](const QString &message) {
        m_busyTimer->stop();
        m_progress->hide();
        m_cancelButton->hide();
        statusBar()->showMessage(message);
    });
    connect(m_session, &FixSession::changed, this, &MainWindow::updateTitle);
    connect(m_session, &FixSession::changed, this, &MainWindow::updateActions);
    connect(m_session, &FixSession::saveHistoryChanged, this, &MainWindow::updateActions);
    // Whatever the limit on watched files, a file with unsaved fixes is watched.
    connect(m_session, &FixSession::changed, this, [this](const QString &path) {
        if (m_session->isModified(path.toStdString()))
            m_watcher->watch(path);
    });
    connect(m_preview, &FixPreview::rescanRequested, this, &MainWindow::rescanFiles);
    connect(m_preview, &FixPreview::buttonsChanged, this, &MainWindow::updateActions);
    connect(m_preview, &FixPreview::saved, this, [this](const QStringList &saved) {
        QStringList paths = saved;
        if (const QModelIndex current = m_panel->treeView()->currentIndex(); current.isValid())
            paths << current.data(FindingsModel::FilePathRole).toString();
        rescanFiles(paths);
        QStringList names;
        for (const QString &path : saved)
            names << QDir(m_folder).relativeFilePath(path);
        statusBar()->showMessage(tr("Saved %1.").arg(names.join(QStringLiteral(", "))), 10000);
    });
    connect(m_panel->treeView()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentChanged);
    // A filter that hides the selected row can leave no current row without a currentChanged
    // signal, and the preview must not keep offering the hidden finding's fix. When the filter
    // shows that row again, it becomes current again.
    const auto followFilter = [this] {
        QTreeView *tree = m_panel->treeView();
        if (tree->currentIndex().isValid())
            return;
        if (const QModelIndex proxyRow = m_filterModel->mapFromSource(m_lastCurrentSource);
            proxyRow.isValid()) {
            tree->expand(proxyRow.parent());
            tree->setCurrentIndex(proxyRow);
            tree->scrollTo(proxyRow);
            return;
        }
        if (m_preview->showsFinding())
            m_preview->showMessage(tr("The selected finding is hidden by the filter."));
    };
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, followFilter,
            Qt::QueuedConnection);
    connect(m_filterModel, &QAbstractItemModel::layoutChanged, this, followFilter,
            Qt::QueuedConnection);
    connect(m_filterModel, &QAbstractItemModel::rowsRemoved, this, followFilter,
            Qt::QueuedConnection);
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, followFilter,
            Qt::QueuedConnection);

    restoreSettings();
    updateTitle();
    updateStatus();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Saved here as well as on close, because a window can be destroyed without being closed.
    saveSettings();
}

QTreeView *MainWindow::findingsView() const
{
    return m_panel->treeView();
}

void MainWindow::createLayout()
{
    m_panel = new FindingsPanel(m_filterModel, this);
    m_preview = new FixPreview(m_session, this);
    m_docs = new RuleDocView(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_preview, tr("Fix Preview"));
    m_tabs->addTab(m_docs, tr("Rule Docs"));
    m_why = new WhyView(this);
    m_tabs->addTab(m_why, tr("Why"));
    connectWhyView(m_why, m_panel->treeView(), m_filterModel, m_model, m_preview, m_tabs);

    m_tabs->setAccessibleName(tr("Fix preview and rule documentation"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_panel);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({ 600, 900 });
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_countsLabel = new QLabel(this);
    m_countsLabel->setAccessibleName(tr("Outcome counts"));
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(240);
    m_progress->setFormat(tr("%v of %m files"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setToolTip(tr("Stop the scan after the current file"));
    m_cancelButton->setAccessibleName(tr("Cancel the scan"));
    m_progress->setAccessibleName(tr("Scan progress"));
    connect(m_cancelButton, &QPushButton::clicked, m_scanner, &ScanController::cancel);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    m_progress->hide();
    // A scan that ends within the delay never shows the bar, so it does not flash.
    m_busyTimer = new QTimer(this);
    m_busyTimer->setSingleShot(true);
    m_busyTimer->setInterval(kBusyDelayMs);
    connect(m_busyTimer, &QTimer::timeout, this, [this] {
        if (!m_scanner->isRunning())
            return;
        m_progress->show();
        m_cancelButton->show();
    });
    m_cancelButton->hide();
}

bool MainWindow::openFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.isDir()) {
        qCWarning(lcWindow) << "Cannot open" << folder << ": not a folder";
        statusBar()->showMessage(tr("%1 is not a folder.").arg(folder));
        return false;
    }
    if (!resolveUnsavedChanges())
        return false;

    m_folder = QDir::cleanPath(info.absoluteFilePath());
    m_session->clear();
    m_watcher->clear();
    m_model->clear();
    m_preview->showMessage(tr("Select a finding to preview its fix."));
    m_filesScanned = 0;
    m_templatesEvaluated = 0;
    m_scanCancelled = false;
    RecentFolders::add(m_folder);
    updateRecentMenu();
    m_rescanAction->setEnabled(true);
    m_exportAction->setEnabled(false);
    m_progress->setRange(0, 0);
    m_busyTimer->start();
    updateTitle();
    updateStatus();
    m_scanner->start(m_folder);
    return true;
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Folder"), m_folder);
    if (!folder.isEmpty())
        openFolder(folder);
}

void MainWindow::rescan()
{
    if (!m_folder.isEmpty())
        openFolder(m_folder);
}

void MainWindow::updateRecentMenu()
{
    RecentFolders::fillMenu(m_recentMenu, [this](const QString &folder) { openFolder(folder); });
}

void MainWindow::onFileScanned(const FileScanResult &result)
{
    if (result.source)
        m_session->setSource(result.source);
    m_model->addFile(result);
    watchScannedFile(result);
    updateStatus();
}

void MainWindow::onScanFinished(bool cancelled, int filesScanned, int templatesEvaluated)
{
    m_filesScanned = filesScanned;
    m_templatesEvaluated = templatesEvaluated;
    m_scanCancelled = cancelled;
    m_busyTimer->stop();
    m_progress->hide();
    m_cancelButton->hide();
    m_exportAction->setEnabled(true);
    showSuppressionNotices(!cancelled);
    if (!cancelled)
        selectFirstFailure();
    updateStatus();
    QString message = cancelled ? tr("Scan cancelled.") : tr("Scan finished.");
    // An empty list alone does not tell a wrong folder from a compliant one.
    const auto counts = m_model->outcomeCounts();
    const bool noRows = std::all_of(counts.begin(), counts.end(), [](int n) { return n == 0; });
    if (!cancelled && templatesEvaluated == 0 && noRows) {
        message = filesScanned == 0
            ? tr("No templates found in %1: it has no .json, .jsonc, .bicep or .bicepparam "
                 "files. Open another folder with File > Open Folder.")
                  .arg(QDir::toNativeSeparators(m_folder))
            : tr("No ARM templates or Bicep files in %1: %2 read, none of them a template. Open "
                 "the folder that holds the templates with File > Open Folder.")
                  .arg(QDir::toNativeSeparators(m_folder),
                       filesScanned == 1 ? tr("1 file") : tr("%1 files").arg(filesScanned));
        m_preview->showMessage(message);
        statusBar()->showMessage(message);
        return;
    }
    statusBar()->showMessage(message, 5000);
}

void MainWindow::updateTitle()
{
    const QString app = QCoreApplication::applicationName().isEmpty()
        ? tr("Compliance Viewer")
        : QCoreApplication::applicationName();
    setWindowTitle(m_folder.isEmpty()
                       ? app
                       : QStringLiteral("%1[*] — %2").arg(QDir::toNativeSeparators(m_folder), app));
    setWindowModified(m_session->hasUnsavedChanges());
}

void MainWindow::updateStatus()
{
    const auto counts = m_model->outcomeCounts();
    QStringList parts;
    for (int i = 0; i < FindingsModel::kRowOutcomeCount; ++i) {
        parts << QStringLiteral("%1 %2")
                     .arg(FindingsModel::outcomeText(static_cast<FindingsModel::RowOutcome>(i)))
                     .arg(counts[i]);
    }
    m_countsLabel->setText(
        tr("%1 — %2 files").arg(parts.join(QStringLiteral(" · "))).arg(m_model->fileCount()));
}

void MainWindow::onCurrentChanged(const QModelIndex &current)
{
    updateActions();
    const QModelIndex source = m_filterModel->mapToSource(current.siblingAtColumn(0));
    if (source.isValid())
        m_lastCurrentSource = source;
    const FileScanResult *file = m_model->fileFor(source);
    if (!file) {
        m_preview->showMessage(tr("Select a finding to preview its fix."));
        return;
    }
    const auto kind
        = static_cast<FindingsModel::RowKind>(source.data(FindingsModel::RowKindRole).toInt());
    // Finding, loop and instance rows all name the finding whose fix they show.
    const int findingIndex = source.data(FindingsModel::FindingIndexRole).toInt();
    if (findingIndex >= 0) {
        m_preview->showFinding(*file, findingIndex);
        watchShownFiles();
        m_docs->showRule(QString::fromStdString(file->findings[findingIndex].ruleId));
    } else if (kind == FindingsModel::RowKind::Error) {
        const FileError &error = file->errors[source.data(FindingsModel::ErrorIndexRole).toInt()];
        m_preview->showMessage(
            tr("Error in %1: %2")
                .arg(QString::fromStdString(file->file), QString::fromStdString(error.message)));
    } else {
        m_preview->showMessage(
            tr("%1: select a finding to preview its fix.").arg(QString::fromStdString(file->file)));
    }
}

void MainWindow::showError(const QString &title, const QString &message)
{
    qCWarning(lcWindow).noquote() << title << message;
    statusBar()->showMessage(message);
    // Window-modal and not blocking, so the caller and the event loop go on.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!resolveUnsavedChanges()) {
        event->ignore();
        return;
    }
    saveSettings();
    m_scanner->cancel();
    event->accept();
}

QString MainWindow::droppedFolder(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isDir())
            return url.toLocalFile();
    }
    return {};
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFolder(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString folder = droppedFolder(event->mimeData());
    if (folder.isEmpty())
        return;
    event->acceptProposedAction();
    openFolder(folder);
}

void MainWindow::chooseReportPath()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export HTML Report"),
        QDir(m_folder).filePath(QStringLiteral("compliance-report.html")),
        tr("HTML files (*.html *.htm)"));
    if (path.isEmpty())
        return;
    const Status status = exportHtmlReport(path);
    if (status) {
        statusBar()->showMessage(tr("Report written to %1.").arg(path), 5000);
        return;
    }
    QMessageBox::warning(this, tr("Export Failed"), QString::fromStdString(status.error()));
}

Status MainWindow::exportHtmlReport(const QString &path)
{
    return writeHtmlReportFile(
        *m_model, ReportTotals { m_folder, m_filesScanned, m_templatesEvaluated, m_scanCancelled },
        path);
}

Status MainWindow::exportShownHtmlReport(const QString &path)
{
    const RowResults shown = resultsOfRows(*m_model, m_panel->shownSourceRows());
    return writeHtmlReportFile(
        shown.findings, shown.errors,
        ReportTotals { m_folder, m_filesScanned, m_templatesEvaluated, m_scanCancelled }, path);
}

} // namespace compliance
