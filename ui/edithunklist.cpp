// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/edithunklist.h"

#include <QHeaderView>

namespace compliance {

namespace {

constexpr int kHunkIndexRole = Qt::UserRole;
constexpr int kLabelRole = Qt::UserRole + 1; ///< The hunk's label without the applied mark.

} // namespace

EditHunkList::EditHunkList(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("editHunkList"));
    setAccessibleName(tr("Hunks of the fix"));
    setAccessibleDescription(tr("Check the hunks to apply; Space toggles the current hunk"));
    setHeaderHidden(true);
    setColumnCount(1);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(true);

    connect(this, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int) {
        if (!m_filling && item->data(0, kHunkIndexRole).isValid())
            emit checksChanged();
    });
}

void EditHunkList::setHunks(const std::vector<EditHunk> &hunks, const std::vector<bool> &applied,
                            const std::function<QString(const std::string &)> &displayName)
{
    m_filling = true;
    clear();
    m_items.clear();
    QTreeWidgetItem *fileItem = nullptr;
    std::string filePath;
    for (std::size_t i = 0; i < hunks.size(); ++i) {
        const EditHunk &hunk = hunks[i];
        if (!fileItem || hunk.path != filePath) {
            filePath = hunk.path;
            fileItem = new QTreeWidgetItem(this, { displayName(filePath) });
            fileItem->setFlags(Qt::ItemIsEnabled);
            fileItem->setToolTip(0, QString::fromStdString(filePath));
        }
        auto *item = new QTreeWidgetItem(fileItem);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Checked);
        item->setData(0, kHunkIndexRole, static_cast<int>(i));
        item->setData(0, kLabelRole, QString::fromStdString(hunk.label));
        m_items.push_back(item);
    }
    setAppliedHunks(applied);
    expandAll();
    m_filling = false;
}

void EditHunkList::setAppliedHunks(const std::vector<bool> &applied)
{
    const bool filling = m_filling;
    m_filling = true;
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        QTreeWidgetItem *item = m_items[i];
        const QString label = item->data(0, kLabelRole).toString();
        const QString text
            = i < applied.size() && applied[i] ? tr("%1 (applied)").arg(label) : label;
        item->setText(0, text);
        item->setToolTip(0, text);
    }
    m_filling = filling;
}

std::vector<bool> EditHunkList::checkedHunks() const
{
    std::vector<bool> result;
    result.reserve(m_items.size());
    for (const QTreeWidgetItem *item : m_items)
        result.push_back(item->checkState(0) == Qt::Checked);
    return result;
}

void EditHunkList::setHunkChecked(int index, bool checked)
{
    if (QTreeWidgetItem *item = hunkItem(index))
        item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
}

QTreeWidgetItem *EditHunkList::hunkItem(int index) const
{
    if (index < 0 || index >= static_cast<int>(m_items.size()))
        return nullptr;
    return m_items[static_cast<std::size_t>(index)];
}

int EditHunkList::currentHunk() const
{
    const QTreeWidgetItem *item = currentItem();
    if (!item || !item->data(0, kHunkIndexRole).isValid())
        return -1;
    return item->data(0, kHunkIndexRole).toInt();
}

} // namespace compliance
