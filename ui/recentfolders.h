// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

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
};

} // namespace compliance
