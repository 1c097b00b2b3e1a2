// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/recentfolders.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace compliance {

namespace {

const QString kKey = QStringLiteral("recentFolders");

} // namespace

QStringList RecentFolders::folders()
{
    QSettings settings;
    const QStringList stored = settings.value(kKey).toStringList();
    QStringList existing;
    for (const QString &folder : stored) {
        if (QFileInfo(folder).isDir())
            existing << folder;
    }
    if (existing != stored)
        settings.setValue(kKey, existing);
    return existing;
}

void RecentFolders::add(const QString &folder)
{
    const QString path = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    QStringList list = folders();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kMaxEntries)
        list.removeLast();
    QSettings().setValue(kKey, list);
}

void RecentFolders::clear()
{
    QSettings().remove(kKey);
}

void RecentFolders::fillMenu(QMenu *menu, const std::function<void(const QString &)> &open)
{
    menu->clear();
    const QStringList list = folders();
    for (const QString &folder : list) {
        QAction *action = menu->addAction(QDir::toNativeSeparators(folder));
        QObject::connect(action, &QAction::triggered, menu, [open, folder] { open(folder); });
    }
    if (!list.isEmpty()) {
        menu->addSeparator();
        QObject::connect(menu->addAction(QMenu::tr("Clear List")), &QAction::triggered, menu,
                         [menu, open] {
                             clear();
                             fillMenu(menu, open);
                         });
    }
    menu->setEnabled(!list.isEmpty());
}

} // namespace compliance
