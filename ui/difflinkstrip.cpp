// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/difflinkstrip.h"

#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>

namespace compliance {

DiffLinkStrip::DiffLinkStrip(CodeView *left, CodeView *right, QWidget *parent)
    : QWidget(parent)
    , m_left(left)
    , m_right(right)
{
    setFixedWidth(sizeHint().width());
    for (CodeView *view : { left, right }) {
        connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this,
                qOverload<>(&QWidget::update));
        connect(view, &QPlainTextEdit::updateRequest, this, qOverload<>(&QWidget::update));
    }
}

void DiffLinkStrip::setBands(const QVector<Band> &bands)
{
    m_bands = bands;
    update();
}

QPair<int, int> DiffLinkStrip::bandEdge(const Band &band, bool left) const
{
    CodeView *view = left ? m_left : m_right;
    const QRect first = view->rowRect(left ? band.leftFirst : band.rightFirst);
    const QRect last = view->rowRect(left ? band.leftLast : band.rightLast);
    // The view is a sibling, so both map through global coordinates.
    const int offset = mapFromGlobal(view->viewport()->mapToGlobal(QPoint(0, 0))).y();
    return { first.top() + offset, last.bottom() + 1 + offset };
}

void DiffLinkStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const CodeMarkColours &colours = m_right->markColours();
    QColor fill = colours.addedLine;
    QColor edge = colours.addedText;
    const qreal w = width();
    for (const Band &band : std::as_const(m_bands)) {
        const auto [leftTop, leftBottom] = bandEdge(band, true);
        const auto [rightTop, rightBottom] = bandEdge(band, false);
        if (std::max(leftBottom, rightBottom) < 0 || std::min(leftTop, rightTop) > height())
            continue;
        QPainterPath path(QPointF(0, leftTop));
        path.cubicTo(w / 2, leftTop, w / 2, rightTop, w, rightTop);
        path.lineTo(w, rightBottom);
        path.cubicTo(w / 2, rightBottom, w / 2, leftBottom, 0, leftBottom);
        path.closeSubpath();
        if (!colours.outline)
            painter.fillPath(path, fill);
        painter.setPen(QPen(edge, 1));
        painter.drawPath(path);
    }
}

} // namespace compliance
