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

    /// Puts the cursor on the 0-based `line` and scrolls so `firstVisibleLine` is the top line.
    void showLine(int line, int firstVisibleLine);
    /// Returns how many whole lines fit in the viewport.
    int visibleLineCount() const;

    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);

    QWidget *m_gutter = nullptr;
    QList<int> m_markedLines;
};

} // namespace compliance
