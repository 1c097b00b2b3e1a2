// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

#include <functional>

class QMenu;

namespace compliance {

/// The most recently opened folders, newest first, stored in QSettings under
/// "recentFolders".
class RecentFolders
{
public:
    static constexpr int kMaxEntries = 10;

    /// Returns the stored folders that still exist, and removes the others from the settings.
    static QStringList folders();
    /// Moves `folder` to the front, keeping at most kMaxEntries.
    static void add(const QString &folder);
    static void clear();

    /// Replaces the actions of `menu` with one per folder, which calls `open` with the folder,
    /// and a "Clear List" action. Disables the menu when the list is empty.
    static void fillMenu(QMenu *menu, const std::function<void(const QString &)> &open);
};

} // namespace compliance
