// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/source/result.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPersistentModelIndex>
#include <QString>

class QAction;
class QLabel;
class QMenu;
class QMimeData;
class QProgressBar;
class QTimer;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace compliance {

class FindingsFilterModel;
class FindingsModel;
class FindingsPanel;
class FixPreview;
class FixSession;
class RuleDocView;
class WhyView;
class ScanController;
class ScannedFileWatcher;
struct FileScanResult;

/// The viewer's main window: the findings of a scanned folder on the left, the fix preview
/// and the rule documentation on the right.
///
/// The window watches the scanned files with findings and the files with fixes, so a file that
/// another program changes gets a stale-fix banner in the preview. Each save can be undone,
/// the latest first, until the window is destroyed.
///
/// Every command is a menu action with a shortcut. The window stores its geometry, splitter
/// positions and findings filter in QSettings when it is destroyed or closed, and restores them
/// when it is created.
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
    /// Writes the HTML report of only the findings and errors the findings pane shows now.
    Status exportShownHtmlReport(const QString &path);
    /// Writes back the bytes the latest save replaced, in all of its files or none, and scans
    /// the files of the current folder again. Fails, showing why, when a file has unsaved fixes
    /// or changed on disk after the save.
    Status undoLastSave();

    /// Sets the answer the unsaved-changes question takes without showing it: Save, Discard or
    /// Cancel. QMessageBox::NoButton, the default, shows the dialog.
    void setUnsavedChangesAnswer(QMessageBox::StandardButton answer) { m_unsavedAnswer = answer; }

    FindingsModel *findingsModel() const { return m_model; }
    FindingsFilterModel *filterModel() const { return m_filterModel; }
    FindingsPanel *findingsPanel() const { return m_panel; }
    QTreeView *findingsView() const;
    FixPreview *fixPreview() const { return m_preview; }
    RuleDocView *ruleDocView() const { return m_docs; }
    /// The Why tab, which lists the steps that decided the selected finding's outcome.
    WhyView *whyView() const { return m_why; }
    FixSession *fixSession() const { return m_session; }
    ScanController *scanController() const { return m_scanner; }
    /// The scan's progress bar in the status bar, shown only once a scan has run for
    /// kBusyDelayMs, so quick scans do not flash it.
    QProgressBar *scanProgressBar() const { return m_progress; }
    static constexpr int kBusyDelayMs = 100;
    ScannedFileWatcher *fileWatcher() const { return m_watcher; }
    QAction *openAction() const { return m_openAction; }
    QAction *rescanAction() const { return m_rescanAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *saveAllAction() const { return m_saveAllAction; }
    QAction *revertAction() const { return m_revertAction; }
    QAction *undoSaveAction() const { return m_undoSaveAction; }
    QAction *applyAction() const { return m_applyAction; }
    QAction *applyAllAction() const { return m_applyAllAction; }
    QAction *filterAction() const { return m_filterAction; }
    QAction *suppressAction() const { return m_suppressAction; }
    QAction *quitAction() const { return m_quitAction; }
    QMenu *recentMenu() const { return m_recentMenu; }
    QSplitter *mainSplitter() const { return m_splitter; }
    QTabWidget *sideTabs() const { return m_tabs; }
    QLabel *countsLabel() const { return m_countsLabel; }

    /// Selects the next (or previous) finding row across files, wrapping at the ends. File rows
    /// and loop rows with instance rows are skipped for their first instance, and error rows
    /// are skipped.
    void selectAdjacentFinding(bool forward);
    /// Selects the first failing finding, or the first finding, when nothing is selected.
    void selectFirstFailure();
    /// Moves the keyboard focus to the next (or previous) pane: findings, original text,
    /// fixed text, rule docs.
    void cycleFocus(bool forward);
    /// Asks for a reason, adds an entry that accepts the selected finding to the folder's
    /// suppression file and scans the finding's file again.
    void suppressSelectedFinding();

    /// Writes the window's layout and filter to QSettings.
    void saveSettings() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createEditActions();
    void createGoActions();
    void createLayout();
    void restoreSettings();
    void updateActions();
    QList<QWidget *> focusTargets() const;
    void chooseFolder();
    void chooseReportPath();
    void rescan();
    void updateRecentMenu();
    void updateTitle();
    void updateStatus();
    bool resolveUnsavedChanges();
    bool saveAll();
    void rescanFiles(const QStringList &paths);
    void watchScannedFile(const FileScanResult &result);
    void watchShownFiles();
    void showError(const QString &title, const QString &message);
    void showSuppressionNotices(bool completeScan);
    void onFileScanned(const FileScanResult &result);
    void onScanFinished(bool cancelled, int filesScanned, int templatesEvaluated);
    void onCurrentChanged(const QModelIndex &current);
    static QString droppedFolder(const QMimeData *mime);

    FixSession *m_session;
    FindingsModel *m_model;
    FindingsFilterModel *m_filterModel;
    /// The source row of the last current finding row, so it is selected again when a filter
    /// that hid it stops hiding it.
    QPersistentModelIndex m_lastCurrentSource;
    ScanController *m_scanner;
    ScannedFileWatcher *m_watcher;
    FindingsPanel *m_panel = nullptr;
    FixPreview *m_preview = nullptr;
    RuleDocView *m_docs = nullptr;
    WhyView *m_why = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_countsLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTimer *m_busyTimer = nullptr; ///< Shows the progress bar kBusyDelayMs into a scan.

    QAction *m_openAction = nullptr;
    QAction *m_rescanAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAllAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_undoSaveAction = nullptr;
    QAction *m_applyAction = nullptr;
    QAction *m_applyAllAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_suppressAction = nullptr;
    QMenu *m_recentMenu = nullptr;

    QString m_folder;
    int m_filesScanned = 0;
    int m_templatesEvaluated = 0;
    bool m_scanCancelled = false;
    QMessageBox::StandardButton m_unsavedAnswer = QMessageBox::NoButton;
};

} // namespace compliance
