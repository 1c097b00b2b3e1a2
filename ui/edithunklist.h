// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/edithunks.h"

#include <QTreeWidget>

#include <functional>
#include <vector>

namespace compliance {

/// A checkable list of a fix's hunks, grouped under one row per file, with every hunk
/// checked after setHunks. Space toggles the current hunk.
class EditHunkList : public QTreeWidget
{
    Q_OBJECT

public:
    explicit EditHunkList(QWidget *parent = nullptr);

    /// Shows `hunks` under the file names that `displayName` returns for their paths, all
    /// checked. A hunk whose flag in `applied` is true is marked as applied.
    void setHunks(const std::vector<EditHunk> &hunks, const std::vector<bool> &applied,
                  const std::function<QString(const std::string &)> &displayName);
    /// Marks the hunks whose flag in `applied` is true as applied, and the others as not.
    void setAppliedHunks(const std::vector<bool> &applied);
    /// The check flag of each hunk, in the order given to setHunks.
    std::vector<bool> checkedHunks() const;
    /// Checks or unchecks hunk `index`. Emits checksChanged when its flag changes.
    void setHunkChecked(int index, bool checked);
    /// The row of hunk `index`, or null when out of range.
    QTreeWidgetItem *hunkItem(int index) const;
    /// The hunk of the current row, or -1 when the current row is a file or there is none.
    int currentHunk() const;

signals:
    /// Emitted when the user or setHunkChecked checks or unchecks a hunk.
    void checksChanged();

private:
    std::vector<QTreeWidgetItem *> m_items;
    bool m_filling = false;
};

} // namespace compliance
