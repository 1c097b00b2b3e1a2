// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/scan/scanner.h"

#include <QStringList>
#include <QWidget>

#include <optional>
#include <string>
#include <vector>

class QLabel;
class QPushButton;
class QTabWidget;

namespace compliance {

class CodeView;
class FileDiffPane;
class FixSession;
class StaleFileBanner;

/// The original and the fixed text of every file a finding's fix changes, one tab per file,
/// and the buttons that apply, save and revert fixes in a FixSession.
///
/// The fixed side shows each file with its applied fixes plus the selected finding's fix.
/// Save writes all shown files that have unsaved fixes, or none of them. A banner names the
/// shown files that changed on disk since they were scanned, and Save rejects those files.
class FixPreview : public QWidget
{
    Q_OBJECT

public:
    explicit FixPreview(FixSession *session, QWidget *parent = nullptr);

    /// Shows the finding at `findingIndex` of `file`, scrolled to its line.
    void showFinding(const FileScanResult &file, int findingIndex);
    /// Clears the views and shows `message` in place of a fix description.
    void showMessage(const QString &message);

    /// The first file shown, or empty when none is.
    std::string shownPath() const;
    /// The files shown, one per tab: the finding's own file first when the fix changes it,
    /// then the other files of the fix in the order of their first edit.
    const std::vector<std::string> &shownPaths() const { return m_paths; }

    /// The views of the first tab.
    CodeView *originalView() const;
    CodeView *fixedView() const;
    int paneCount() const { return static_cast<int>(m_paths.size()); }
    FileDiffPane *pane(int index) const { return m_panes[index]; }
    QTabWidget *fileTabs() const { return m_tabs; }
    QLabel *descriptionLabel() const { return m_description; }
    /// "This fix changes 2 files: …", shown when a fix changes more than one file.
    QLabel *filesLabel() const { return m_files; }
    /// "This edit also changes: …", shown when the fix's edits are shared with other resources.
    QLabel *sharedLabel() const { return m_shared; }
    QLabel *statusLabel() const { return m_status; }
    StaleFileBanner *staleBanner() const { return m_staleBanner; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *applyAllButton() const { return m_applyAll; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }

    /// The state of the splitter between the original and the fixed text, shared by every
    /// file tab, as QSplitter::saveState returns it.
    QByteArray diffSplitterState() const;
    /// Applies a state from diffSplitterState() to every file tab, present and future.
    void setDiffSplitterState(const QByteArray &state);

signals:
    /// Emitted after the files at `paths` were written, which makes their scan results out of
    /// date.
    void saved(const QStringList &paths);
    /// Emitted when the Apply, Apply All, Save or Revert button is enabled or disabled.
    void buttonsChanged();
    /// Emitted when the banner's Rescan button is clicked, with the shown files that changed
    /// on disk.
    void rescanRequested(const QStringList &paths);

private:
    void refresh();
    void updateButtons();
    void updateFileLabels();
    void applyFix();
    void applyAllInFile();
    void save();
    void revert();
    void setStatus(const QString &message, bool isError);
    void updateStaleBanner();
    bool anyShownFileStale() const;
    void setPaneCount(int count);
    std::vector<TextEdit> pendingEdits() const;
    QString displayName(const std::string &path) const;
    bool isShown(const std::string &path) const;

    FixSession *m_session;
    std::optional<Finding> m_finding;
    std::vector<Finding> m_fileFindings; ///< All findings declared in the finding's file.
    std::vector<std::string> m_paths;
    std::string m_root; ///< The scanned folder, for names relative to it.
    QByteArray m_diffSplitterState; ///< Applied to each new file tab; empty until set.

    QLabel *m_description;
    QLabel *m_files;
    QLabel *m_shared;
    QLabel *m_status;
    StaleFileBanner *m_staleBanner;
    QTabWidget *m_tabs;
    std::vector<FileDiffPane *> m_panes;
    QPushButton *m_apply;
    QPushButton *m_applyAll;
    QPushButton *m_save;
    QPushButton *m_revert;
};

} // namespace compliance
