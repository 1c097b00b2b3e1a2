// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QList>
#include <QRect>
#include <QVector>
#include <QWidget>

namespace compliance {

/// A narrow strip that shows where the hunks of a whole file are, one mark per hunk, and
/// jumps to a hunk on a click. Hunks closer than a pixel share a mark; none is dropped.
class DiffOverview : public QWidget
{
    Q_OBJECT

public:
    /// A mark on the strip and the hunks it stands for.
    struct Mark
    {
        QRect rect;
        QList<int> hunks;
    };

    explicit DiffOverview(QWidget *parent = nullptr);

    /// Sets the hunks as first and last row (inclusive) out of `rowCount` rows.
    void setHunks(int rowCount, const QVector<QPair<int, int>> &hunks);
    void setColour(const QColor &colour);
    /// Sets the rows in view, first and last inclusive, drawn as a frame on the strip.
    void setVisibleRows(int first, int last);
    /// Returns the frame of the rows in view, or an empty rectangle before any are set.
    QRect visibleRect() const;
    /// Returns the marks for the current height.
    QVector<Mark> marks() const;

    QSize sizeHint() const override { return QSize(12, 0); }

signals:
    /// Emitted when a click lands on (or nearest to) the mark of hunk `index`.
    void hunkActivated(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    int m_rowCount = 0;
    QVector<QPair<int, int>> m_hunks;
    QColor m_colour;
    int m_visibleFirst = -1;
    int m_visibleLast = -1;
};

} // namespace compliance
