// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/scan/scanner.h"

#include <QWidget>

#include <optional>
#include <string>
#include <vector>

class QLabel;
class QPushButton;

namespace compliance {

class CodeView;
class FixSession;

/// The original text and the fixed text of a file side by side, with changed lines marked,
/// and the buttons that apply, save and revert fixes in a FixSession.
///
/// The fixed side shows the file with its applied fixes plus the selected finding's fix.
class FixPreview : public QWidget
{
    Q_OBJECT

public:
    explicit FixPreview(FixSession *session, QWidget *parent = nullptr);

    /// Shows the finding at `findingIndex` of `file`, scrolled to its line.
    void showFinding(const FileScanResult &file, int findingIndex);
    /// Clears both views and shows `message` in place of a fix description.
    void showMessage(const QString &message);

    /// The file whose texts are shown, or empty when none is.
    const std::string &shownPath() const { return m_path; }

    CodeView *originalView() const { return m_original; }
    CodeView *fixedView() const { return m_fixed; }
    QLabel *descriptionLabel() const { return m_description; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *applyAllButton() const { return m_applyAll; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }

signals:
    /// Emitted after the file at `path` was written, which makes its scan results out of date.
    void saved(const QString &path);

private:
    void refresh();
    void updateButtons();
    void applyFix();
    void applyAllInFile();
    void save();
    void revert();
    void setStatus(const QString &message, bool isError);
    void syncScrolling();
    std::vector<TextEdit> pendingEdits() const;

    FixSession *m_session;
    std::optional<Finding> m_finding;
    std::vector<Finding> m_fileFindings; ///< All findings declared in the finding's file.
    std::string m_path;

    QLabel *m_description;
    QLabel *m_status;
    QLabel *m_originalTitle;
    QLabel *m_fixedTitle;
    CodeView *m_original;
    CodeView *m_fixed;
    QPushButton *m_apply;
    QPushButton *m_applyAll;
    QPushButton *m_save;
    QPushButton *m_revert;
    bool m_syncing = false;
};

} // namespace compliance
