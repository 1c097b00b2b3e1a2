// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/diffoverview.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace compliance {

namespace {

constexpr int kMinimumMarkHeight = 2;

} // namespace

DiffOverview::DiffOverview(QWidget *parent)
    : QWidget(parent)
{
    setFixedWidth(sizeHint().width());
    setCursor(Qt::PointingHandCursor);
}

void DiffOverview::setHunks(int rowCount, const QVector<QPair<int, int>> &hunks)
{
    m_rowCount = rowCount;
    m_hunks = hunks;
    update();
}

void DiffOverview::setColour(const QColor &colour)
{
    m_colour = colour;
    update();
}

void DiffOverview::setVisibleRows(int first, int last)
{
    if (first == m_visibleFirst && last == m_visibleLast)
        return;
    m_visibleFirst = first;
    m_visibleLast = last;
    update();
}

QRect DiffOverview::visibleRect() const
{
    if (m_rowCount <= 0 || m_visibleFirst < 0)
        return {};
    const double scale = double(height()) / m_rowCount;
    const int top = static_cast<int>(std::floor(m_visibleFirst * scale));
    const int bottom = static_cast<int>(std::ceil((m_visibleLast + 1) * scale));
    return QRect(0, top, width(), std::max(kMinimumMarkHeight, bottom - top));
}

QVector<DiffOverview::Mark> DiffOverview::marks() const
{
    QVector<Mark> marks;
    if (m_rowCount <= 0)
        return marks;
    const double scale = double(height()) / m_rowCount;
    for (int index = 0; index < m_hunks.size(); ++index) {
        const int top = static_cast<int>(std::floor(m_hunks[index].first * scale));
        const int bottom
            = std::max(top + kMinimumMarkHeight,
                       static_cast<int>(std::ceil((m_hunks[index].second + 1) * scale)));
        // A mark that would touch the one above merges into it, so every hunk stays visible.
        if (!marks.isEmpty() && top <= marks.back().rect.bottom() + 1) {
            Mark &last = marks.back();
            last.rect.setBottom(std::max(last.rect.bottom(), bottom - 1));
            last.hunks.append(index);
            continue;
        }
        marks.append({ QRect(1, top, width() - 2, bottom - top), { index } });
    }
    return marks;
}

void DiffOverview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::AlternateBase));
    for (const Mark &mark : marks())
        painter.fillRect(mark.rect, m_colour);
    const QRect visible = visibleRect();
    if (!visible.isEmpty()) {
        painter.setPen(palette().color(QPalette::Text));
        painter.drawRect(visible.adjusted(0, 0, -1, -1));
    }
}

void DiffOverview::mousePressEvent(QMouseEvent *event)
{
    const QVector<Mark> all = marks();
    if (all.isEmpty())
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    const int y = qRound(event->position().y());
#else
    const int y = event->pos().y();
#endif
    const auto distance = [y](const Mark &mark) {
        return mark.rect.contains(mark.rect.x(), y)
            ? 0
            : std::min(std::abs(mark.rect.top() - y), std::abs(mark.rect.bottom() - y));
    };
    const auto nearest
        = std::min_element(all.begin(), all.end(),
                           [&](const Mark &a, const Mark &b) { return distance(a) < distance(b); });
    emit hunkActivated(nearest->hunks.front());
}

} // namespace compliance
