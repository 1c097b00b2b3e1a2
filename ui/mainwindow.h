// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/source/result.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QString>

class QAction;
class QLabel;
class QMenu;
class QMimeData;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTreeView;

namespace compliance {

class FindingsFilterModel;
class FindingsModel;
class FindingsPanel;
class FixPreview;
class FixSession;
class RuleDocView;
class ScanController;
struct FileScanResult;

/// The viewer's main window: the findings of a scanned folder on the left, the fix preview
/// and the rule documentation on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Scans `folder` after asking what to do with unsaved fixes. Returns false when the user
    /// cancelled or the folder does not exist.
    bool openFolder(const QString &folder);
    QString folder() const { return m_folder; }

    /// Writes the HTML report of the current results to `path`.
    Status exportHtmlReport(const QString &path);

    /// Sets the answer the unsaved-changes question takes without showing it: Save, Discard or
    /// Cancel. QMessageBox::NoButton, the default, shows the dialog.
    void setUnsavedChangesAnswer(QMessageBox::StandardButton answer) { m_unsavedAnswer = answer; }

    FindingsModel *findingsModel() const { return m_model; }
    FindingsFilterModel *filterModel() const { return m_filterModel; }
    FindingsPanel *findingsPanel() const { return m_panel; }
    QTreeView *findingsView() const;
    FixPreview *fixPreview() const { return m_preview; }
    RuleDocView *ruleDocView() const { return m_docs; }
    FixSession *fixSession() const { return m_session; }
    ScanController *scanController() const { return m_scanner; }
    QAction *openAction() const { return m_openAction; }
    QAction *rescanAction() const { return m_rescanAction; }
    QAction *exportAction() const { return m_exportAction; }
    QMenu *recentMenu() const { return m_recentMenu; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createLayout();
    void chooseFolder();
    void chooseReportPath();
    void rescan();
    void updateRecentMenu();
    void updateTitle();
    void updateStatus();
    bool resolveUnsavedChanges();
    bool saveAll();
    void rescanFiles(const QStringList &paths);
    void onFileScanned(const FileScanResult &result);
    void onScanFinished(bool cancelled, int filesScanned, int templatesEvaluated);
    void onCurrentChanged(const QModelIndex &current);
    static QString droppedFolder(const QMimeData *mime);

    FixSession *m_session;
    FindingsModel *m_model;
    FindingsFilterModel *m_filterModel;
    ScanController *m_scanner;
    FindingsPanel *m_panel = nullptr;
    FixPreview *m_preview = nullptr;
    RuleDocView *m_docs = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_countsLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_rescanAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QMenu *m_recentMenu = nullptr;

    QString m_folder;
    int m_filesScanned = 0;
    int m_templatesEvaluated = 0;
    bool m_scanCancelled = false;
    QMessageBox::StandardButton m_unsavedAnswer = QMessageBox::NoButton;
};

} // namespace compliance
