// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// The main window's saving, undoing of saves, rescans of single files and the watch for
// changes that other programs make to scanned files. The panes and the full scan are in
// mainwindow.cpp.
#include "ui/mainwindow.h"

#include "ui/scansettings.h"

#include "core/scan/scanner.h"
#include "core/scan/suppressions.h"
#include "ui/findingsfiltermodel.h"
#include "ui/findingsmodel.h"
#include "ui/findingspanel.h"
#include "ui/fixpreview.h"
#include "ui/fixsession.h"
#include "ui/scannedfilewatcher.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeView>

#include <optional>

Q_LOGGING_CATEGORY(lcFiles, "complianceviewer.ui.files")

namespace compliance {

void MainWindow::rescanFiles(const QStringList &paths)
{
    // Remember the selected finding by identity, because its row is replaced.
    std::optional<Finding> selected;
    if (const Finding *finding = m_model->findingFor(
            m_filterModel->mapToSource(m_panel->treeView()->currentIndex().siblingAtColumn(0))))
        selected = *finding;

    // A full scan applies the suppression file, so a rescan of single files applies it too.
    Suppressions suppressions = Suppressions::load(m_folder.toStdString());
    QStringList done;
    for (const QString &path : paths) {
        if (path.isEmpty() || done.contains(path))
            continue;
        done << path;
        const std::string relative = QDir(m_folder).relativeFilePath(path).toStdString();
        FileScanResult result = scanFile(path.toStdString(), relative, viewerScanOptions());
        if (!result.source && !QFileInfo::exists(path)) {
            // "No such file or directory" reads like a scanner fault, so the row names the
            // deletion.
            result.errors = { FileError { relative, 0, 0,
                                          tr("the file was deleted after the scan; rescan the "
                                             "folder (F5) to drop this row")
                                              .toStdString() } };
        }
        suppressions.apply(result.findings);
        if (result.source) {
            m_session->setSource(result.source);
        } else {
            // The file is gone or unreadable, so its fixes cannot be saved. They are dropped,
            // and the banner keeps naming the file.
            m_session->revert(result.path);
            m_session->checkDisk(result.path);
        }
        m_model->addFile(result);
        watchScannedFile(result);
        qCInfo(lcFiles) << "Rescanned" << path;
    }
    updateStatus();
    if (!selected)
        return;

    const QModelIndex source = m_model->indexOfSameFinding(*selected);
    const QModelIndex proxy = m_filterModel->mapFromSource(source);
    if (proxy.isValid())
        m_panel->treeView()->setCurrentIndex(proxy);
    else if (source.isValid())
        m_preview->showFinding(*m_model->fileFor(source),
                               source.data(FindingsModel::FindingIndexRole).toInt());
}

bool MainWindow::resolveUnsavedChanges()
{
    if (!m_session->hasUnsavedChanges())
        return true;
    QMessageBox::StandardButton answer = m_unsavedAnswer;
    if (answer == QMessageBox::NoButton) {
        QMessageBox box(QMessageBox::Warning, tr("Unsaved Fixes"),
                        tr("Some files have fixes that are not saved."),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setInformativeText(tr("Save them before continuing?"));
        box.button(QMessageBox::Save)->setText(tr("Save All"));
        box.setDefaultButton(QMessageBox::Save);
        answer = static_cast<QMessageBox::StandardButton>(box.exec());
    }
    switch (answer) {
    case QMessageBox::Save:
        return saveAll();
    case QMessageBox::Discard:
        for (const std::string &path : m_session->modifiedFiles())
            m_session->revert(path);
        return true;
    default:
        return false;
    }
}

bool MainWindow::saveAll()
{
    // All or none, so a fix that spans several files is never saved in part.
    const Result<std::vector<std::string>> written = m_session->saveAll(m_session->modifiedFiles());
    if (written) {
        QStringList saved;
        for (const std::string &path : written.value())
            saved << QString::fromStdString(path);
        rescanFiles(saved);
        return true;
    }
    const QString message
        = tr("No file was saved: %1").arg(QString::fromStdString(written.error()));
    qCWarning(lcFiles).noquote() << message;
    statusBar()->showMessage(message);
    if (m_unsavedAnswer == QMessageBox::NoButton)
        QMessageBox::warning(this, tr("Save Failed"), message);
    return false;
}

Status MainWindow::undoLastSave()
{
    const Result<std::vector<std::string>> restored = m_session->undoLastSave();
    if (!restored) {
        const QString message
            = tr("The save was not undone: %1").arg(QString::fromStdString(restored.error()));
        showError(tr("Undo Save Failed"), message);
        return Status::failure(message.toStdString());
    }
    const QString root = m_folder + QLatin1Char('/');
    QStringList inFolder;
    QStringList names;
    for (const std::string &written : restored.value()) {
        const QString path = QString::fromStdString(written);
        names << QDir(m_folder).relativeFilePath(path);
        // A file saved while another folder was open is restored but not part of this scan.
        if (!m_folder.isEmpty() && path.startsWith(root))
            inFolder << path;
    }
    rescanFiles(inFolder);
    qCInfo(lcFiles) << "Undid the save of" << names;
    statusBar()->showMessage(tr("Undid the save of %1.").arg(names.join(QStringLiteral(", "))),
                             10000);
    return {};
}

void MainWindow::watchScannedFile(const FileScanResult &result)
{
    if (result.findings.empty())
        return;
    m_watcher->watchIfRoom(QString::fromStdString(result.path));
    for (const Finding &finding : result.findings) {
        if (!finding.isFixable())
            continue;
        for (const std::string &path : finding.fix->paths())
            m_watcher->watchIfRoom(QString::fromStdString(path));
    }
}

void MainWindow::watchShownFiles()
{
    for (const std::string &path : m_preview->shownPaths())
        m_watcher->watch(QString::fromStdString(path));
}

} // namespace compliance
