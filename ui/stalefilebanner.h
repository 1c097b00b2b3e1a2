// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace compliance {

/// A warning strip above the fix preview that names the shown files changed or deleted on disk
/// since they were scanned, with a button that requests a rescan of those files.
class StaleFileBanner : public QWidget
{
    Q_OBJECT

public:
    explicit StaleFileBanner(QWidget *parent = nullptr);

    /// Shows one message per stale file, or hides the banner when `messages` is empty.
    /// `paths` are the files whose rescan the Rescan button requests.
    void showFiles(const QStringList &messages, const QStringList &paths);
    QStringList paths() const { return m_paths; }

    QLabel *messageLabel() const { return m_message; }
    QPushButton *rescanButton() const { return m_rescan; }

signals:
    /// Emitted when the Rescan button is clicked, with the stale files.
    void rescanRequested(const QStringList &paths);

private:
    QLabel *m_message;
    QPushButton *m_rescan;
    QStringList m_paths;
};

} // namespace compliance
