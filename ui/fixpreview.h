// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/scan/scanner.h"
#include "ui/edithunks.h"
#include "ui/fixstate.h"

#include <QStringList>
#include <QWidget>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

class QLabel;
class QPushButton;
class QTabWidget;

namespace compliance {

class CodeView;
class EditHunkList;
class FileDiffPane;
class FixPreviewLineList;
class FixSession;
class StaleFileBanner;

/// The original and the fixed text of every file a finding's fix changes, one tab per file,
/// and the buttons that apply, save and revert fixes in a FixSession.
///
/// The fixed side shows each file with its applied fixes plus the checked hunks of the selected
/// finding's fix, which is what Apply adds and Save then writes. The unchecked hunks of each
/// finding stay unchecked when it is shown again while its edits are the same. Save writes all
/// shown files that have unsaved fixes, or none of them. A banner names the shown files that
/// changed on disk since they were scanned, and Save rejects those files.
class FixPreview : public QWidget
{
    Q_OBJECT

public:
    explicit FixPreview(FixSession *session, QWidget *parent = nullptr);

    /// Shows the finding at `findingIndex` of `file`, scrolled to its line.
    void showFinding(const FileScanResult &file, int findingIndex);
    /// Clears the views and shows `message` in place of a fix description.
    void showMessage(const QString &message);
    /// Whether a finding is shown, rather than a message.
    bool showsFinding() const { return m_finding.has_value(); }

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

    /// The hunks of the shown finding's fix, in the order of the hunk list's rows.
    const std::vector<EditHunk> &hunks() const { return m_hunks; }
    /// The checkable list of hunks, hidden when the finding has no fix.
    EditHunkList *hunkList() const { return m_hunkList; }
    /// The edits of the checked hunks, which Apply adds to the session.
    std::vector<TextEdit> checkedFixEdits() const;
    /// The edits of the unchecked hunks, which Apply and Apply All in File leave out.
    std::vector<TextEdit> skippedFixEdits() const;

    /// The state of the shown finding's fix, also shown as a badge.
    FixState fixState() const { return m_state; }
    QLabel *stateLabel() const { return m_stateLabel; }

    /// Reveals the next (or previous) changed block of the current file tab, moving into the
    /// next (or previous) tab at either end and wrapping around, and makes the hunk list's
    /// row that matches it current. Returns false when no tab has a changed block.
    bool revealAdjacentHunk(bool forward);

    /// Whether the labelled line list for screen readers is shown below the file tabs.
    bool isLineListShown() const;
    /// Shows or hides the labelled line list of the current file tab.
    void setLineListShown(bool shown);
    /// Switches every file tab between the side-by-side and the unified view, now and for
    /// tabs created later. Until called, each tab picks by its width (unified below 900 px).
    void setUnified(bool unified);
    /// Switches between the unified and the side-by-side view. A switch back to the view the
    /// width would pick hands the choice back to the width.
    void toggleUnified();
    /// Whether the current file tab shows the unified view.
    bool isUnified() const;
    /// Turns horizontal scrolling of both sides together on or off in every file tab. The
    /// choice is remembered for new tabs and sessions.
    void setSyncHorizontal(bool sync);
    bool isSyncHorizontal() const;
    FixPreviewLineList *lineList() const { return m_lineList; }

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
    /// Emitted when fixState() changes.
    void fixStateChanged(compliance::FixState state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void updateButtons();
    void updateFileLabels();
    void applyFix();
    void applyAllInFile();
    std::vector<TextEdit> editsForApplyAll(const Finding &finding) const;
    void save();
    void revert();
    void setStatus(const QString &message, bool isError);
    void updateStaleBanner();
    bool anyShownFileStale() const;
    void setPaneCount(int count);
    std::vector<TextEdit> pendingEdits() const;
    QString displayName(const std::string &path) const;
    bool isShown(const std::string &path) const;
    void updateHunks();
    void rememberSkippedHunks();
    std::string hunkSelectionKey() const;
    void updateFixState();
    /// The badge's note when only some of the fix's hunks are checked or applied; empty otherwise.
    QString partialHunksNote(FixState state) const;
    FixState computeFixState() const;
    void updateLineList();
    int hunkForPaneBlock(int tab, int block) const;

    FixSession *m_session;
    std::optional<Finding> m_finding;
    std::vector<Finding> m_fileFindings; ///< All findings declared in the finding's file.
    std::vector<std::string> m_paths;
    std::string m_root; ///< The scanned folder, for names relative to it.
    QByteArray m_diffSplitterState; ///< Applied to each new file tab; empty until set.
    /// The view the user chose with setUnified; unset while the width decides.
    std::optional<bool> m_unifiedChoice;

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
    QLabel *m_stateLabel;
    EditHunkList *m_hunkList;
    FixPreviewLineList *m_lineList;
    std::vector<EditHunk> m_hunks;
    FixState m_state = FixState::None;
    QString m_saveError; ///< Why the last save of the shown files failed; empty otherwise.
    /// The unchecked hunks per finding, keyed by hunkSelectionKey(), so showing a finding
    /// again with the same edits keeps the user's choice.
    std::map<std::string, std::set<int>> m_skippedHunks;
};

} // namespace compliance
