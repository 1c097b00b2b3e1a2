// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/codeview.h"

#include <QVector>
#include <QWidget>

namespace compliance {

/// The strip between the two sides of a diff that joins each hunk's rows on the left to its
/// rows on the right with a curved band.
class DiffLinkStrip : public QWidget
{
    Q_OBJECT

public:
    /// A hunk as the first and last row (inclusive) on each side.
    struct Band
    {
        int leftFirst = 0;
        int leftLast = 0;
        int rightFirst = 0;
        int rightLast = 0;
    };

    DiffLinkStrip(CodeView *left, CodeView *right, QWidget *parent = nullptr);

    void setBands(const QVector<Band> &bands);
    const QVector<Band> &bands() const { return m_bands; }
    /// Returns the vertical span of `band` on the `left` (or right) edge, in strip coordinates.
    QPair<int, int> bandEdge(const Band &band, bool left) const;

    QSize sizeHint() const override { return QSize(28, 0); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    CodeView *m_left;
    CodeView *m_right;
    QVector<Band> m_bands;
};

} // namespace compliance
