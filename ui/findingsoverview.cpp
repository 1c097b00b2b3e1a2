// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/findingsoverview.h"

#include "ui/findingsexport.h"

#include <QAbstractItemModel>
#include <QMouseEvent>
#include <QPainter>
#include <QTreeView>

#include <algorithm>

namespace compliance {

namespace {

using RowOutcome = FindingsModel::RowOutcome;

// The maximum mark height in pixels, reached when there are few rows.
constexpr int kMaxMarkHeight = 4;

int rankOf(const QModelIndex &index)
{
    return FindingsModel::outcomeRank(RowOutcome(index.data(FindingsModel::OutcomeRole).toInt()));
}

} // namespace

FindingsOverview::FindingsOverview(QTreeView *tree, QWidget *parent)
    : QWidget(parent)
    , m_tree(tree)
{
    setObjectName(QStringLiteral("findingsOverview"));
    setAccessibleName(tr("Findings overview"));
    setToolTip(tr("One mark per finding in the list, coloured by outcome. Click a mark to "
                  "select its finding."));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setMinimumWidth(8);

    // Any change to the rows the tree shows moves the marks.
    const QAbstractItemModel *model = tree->model();
    const auto repaint = [this] {
        update();
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, repaint);
    connect(model, &QAbstractItemModel::rowsRemoved, this, repaint);
    connect(model, &QAbstractItemModel::layoutChanged, this, repaint);
    connect(model, &QAbstractItemModel::modelReset, this, repaint);
    connect(model, &QAbstractItemModel::dataChanged, this, repaint);
}

QColor FindingsOverview::markColor(RowOutcome outcome)
{
    switch (outcome) {
    case RowOutcome::Fail:
        return QColor(0xd3, 0x2f, 0x2f);
    case RowOutcome::Unknown:
        return QColor(0xf5, 0xa6, 0x23);
    case RowOutcome::Error:
        return QColor(0x8e, 0x24, 0xaa);
    case RowOutcome::Pass:
        return QColor(0x38, 0x8e, 0x3c);
    case RowOutcome::NotApplicable:
        return QColor(0x90, 0xa4, 0xae);
    case RowOutcome::Suppressed:
        return QColor(0xcf, 0xd8, 0xdc);
    }
    return {};
}

std::vector<QModelIndex> FindingsOverview::markedRows() const
{
    if (!m_tree->model())
        return {};
    return shownResultRows(*m_tree->model());
}

int FindingsOverview::markY(int row, int count, int height)
{
    if (count <= 0 || height <= 0)
        return 0;
    return static_cast<int>(static_cast<qint64>(row) * height / count);
}

QSize FindingsOverview::sizeHint() const
{
    return { 12, 100 };
}

std::vector<QModelIndex> FindingsOverview::pixelRows() const
{
    const std::vector<QModelIndex> rows = markedRows();
    const int count = static_cast<int>(rows.size());
    const int pixels = height();
    std::vector<QModelIndex> painted(std::max(pixels, 0));
    for (int row = 0; row < count; ++row) {
        const int top = markY(row, count, pixels);
        const int next = markY(row + 1, count, pixels);
        const int bottom = std::min(pixels, top + std::clamp(next - top, 1, kMaxMarkHeight));
        for (int y = top; y < bottom; ++y) {
            // A lower rank is a worse outcome, which wins the pixel.
            if (!painted[y].isValid() || rankOf(rows[row]) < rankOf(painted[y]))
                painted[y] = rows[row];
        }
    }
    return painted;
}

void FindingsOverview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    const std::vector<QModelIndex> painted = pixelRows();
    for (int y = 0; y < static_cast<int>(painted.size()); ++y) {
        if (!painted[y].isValid())
            continue;
        const auto outcome = RowOutcome(painted[y].data(FindingsModel::OutcomeRole).toInt());
        painter.fillRect(0, y, width(), 1, markColor(outcome));
    }
}

void FindingsOverview::mousePressEvent(QMouseEvent *event)
{
    const std::vector<QModelIndex> painted = pixelRows();
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    const int y = qRound(event->position().y());
#else
    const int y = qRound(event->localPos().y());
#endif
    if (y < 0 || y >= static_cast<int>(painted.size()))
        return;
    // A click between marks takes the nearest mark below, then above.
    QModelIndex target;
    for (int offset = 0; offset < 3 && !target.isValid(); ++offset) {
        if (y + offset < static_cast<int>(painted.size()) && painted[y + offset].isValid())
            target = painted[y + offset];
        else if (y - offset >= 0 && painted[y - offset].isValid())
            target = painted[y - offset];
    }
    if (!target.isValid())
        return;
    m_tree->setCurrentIndex(target);
    m_tree->scrollTo(target);
    event->accept();
}

} // namespace compliance
