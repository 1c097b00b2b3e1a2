// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QList>
#include <QPlainTextEdit>

namespace compliance {

/// A read-only code editor with a line-number gutter, no wrapping, the fixed system font and
/// full-width background marks on chosen lines.
class CodeView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CodeView(QWidget *parent = nullptr);

    /// Marks the 0-based `lines` with `colour`, replacing earlier marks.
    void setMarkedLines(const QList<int> &lines, const QColor &colour);
    const QList<int> &markedLines() const { return m_markedLines; }

    /// Scrolls so the 0-based `line` sits near the top third and puts the cursor on it.
    void scrollToLine(int line);

    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);

    QWidget *m_gutter = nullptr;
    QList<int> m_markedLines;
};

} // namespace compliance
