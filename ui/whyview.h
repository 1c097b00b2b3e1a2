// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace compliance {

class CodeView;
struct Finding;
struct ProvenanceStep;

/// Lists where the selected finding's deciding values come from, as numbered steps from the
/// resource to the value's source ("3. Parameter default registrySku (main.bicep:3)"), with a
/// read-only view of a step's file below.
///
/// Activating a step (Enter or a double click) emits stepActivated. The receiver decides where
/// to show the line, and calls showSource() when no other view shows the file.
class WhyView : public QWidget
{
    Q_OBJECT

public:
    /// Item data roles of the step list.
    enum Role { PathRole = Qt::UserRole, LineRole };

    explicit WhyView(QWidget *parent = nullptr);

    /// Lists the steps of `finding`, or shows a hint when it is null or has none. The steps
    /// are copied, so the finding may go away afterwards.
    void showFinding(const Finding *finding);
    /// Shows the file at the absolute `path` read-only below the steps, with the cursor on the
    /// 1-based `line`. Returns false and shows the error in the title when the file cannot be read.
    bool showSource(const QString &path, int line);

    QListWidget *stepList() const { return m_steps; }
    CodeView *sourceView() const { return m_source; }
    QLabel *sourceTitle() const { return m_sourceTitle; }
    /// The absolute path shown in the source view; empty before a file is shown there and after
    /// a read error.
    QString sourcePath() const { return m_sourcePath; }

    /// Formats a step as the list shows it: "2. Property sku.name = 'Basic' (main.bicep:15)".
    static QString stepText(const ProvenanceStep &step, int number);

Q_SIGNALS:
    /// A step was activated: its file's absolute path and 1-based line.
    void stepActivated(const QString &path, int line);

protected:
    void changeEvent(QEvent *event) override;

private:
    void activate(QListWidgetItem *item);
    void applyColours();

    QLabel *m_summary = nullptr;
    QListWidget *m_steps = nullptr;
    QLabel *m_sourceTitle = nullptr;
    CodeView *m_source = nullptr;
    QString m_sourcePath;
    int m_sourceLine = 0; ///< The 0-based line marked in the source view.
};

} // namespace compliance
