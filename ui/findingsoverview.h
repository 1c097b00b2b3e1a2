// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/findingsmodel.h"

#include <QModelIndex>
#include <QWidget>

#include <vector>

class QTreeView;

namespace compliance {

/// A narrow strip beside the findings tree with one mark per finding or error row the tree's
/// model shows, in display order, at the row's relative position and in its outcome's colour.
///
/// When rows outnumber pixels, several rows share a pixel and the worst outcome paints it
/// (Fail, Unknown, Error, Pass, NotApplicable, Suppressed), so a Fail mark is never hidden.
/// Clicking a mark makes the worst row under it the tree's current row.
class FindingsOverview : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsOverview(QTreeView *tree, QWidget *parent = nullptr);

    /// The colour of the marks of `outcome`.
    static QColor markColor(FindingsModel::RowOutcome outcome);
    /// The rows that get a mark, in display order: rows without children that show a finding
    /// or a file error.
    std::vector<QModelIndex> markedRows() const;
    /// Returns the pixel row of the mark of row `row` out of `count` marks, for a strip of
    /// `height` pixels.
    static int markY(int row, int count, int height);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    // Per pixel row, the mark that paints it, or an invalid index.
    std::vector<QModelIndex> pixelRows() const;

    QTreeView *m_tree;
};

} // namespace compliance
