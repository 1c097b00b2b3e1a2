// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/scannedfilewatcher.h"

#include <QFileInfo>
#include <QLoggingCategory>

#include <utility>

Q_LOGGING_CATEGORY(lcWatcher, "complianceviewer.ui.watcher")

namespace compliance {

ScannedFileWatcher::ScannedFileWatcher(FixSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    // QSignalSpy and queued connections need the signal's argument type registered.
    qRegisterMetaType<compliance::DiskState>();
    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(kSettleMs);
    connect(&m_settleTimer, &QTimer::timeout, this, &ScannedFileWatcher::checkScheduled);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &ScannedFileWatcher::onFileChanged);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &ScannedFileWatcher::onDirectoryChanged);
}

void ScannedFileWatcher::clear()
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_files.clear();
    m_folders.clear();
    m_scheduled.clear();
    m_settleTimer.stop();
    m_optionalCount = 0;
    m_limitLogged = false;
}

void ScannedFileWatcher::watch(const QString &path)
{
    if (path.isEmpty() || m_files.contains(path))
        return;
    m_files.insert(path);
    addWatch(path);
}

void ScannedFileWatcher::watchIfRoom(const QString &path)
{
    if (path.isEmpty() || m_files.contains(path))
        return;
    if (m_optionalCount >= kMaxOptionalFiles) {
        if (!m_limitLogged)
            qCInfo(lcWatcher) << "Watching no more than" << kMaxOptionalFiles
                              << "files with findings; the others are checked when saved";
        m_limitLogged = true;
        return;
    }
    ++m_optionalCount;
    watch(path);
}

QStringList ScannedFileWatcher::files() const
{
    return QStringList(m_files.begin(), m_files.end());
}

void ScannedFileWatcher::addWatch(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!m_folders.contains(folder)) {
        if (m_watcher.addPath(folder))
            m_folders.insert(folder);
        else
            qCWarning(lcWatcher) << "Cannot watch the folder" << folder;
    }
    // A missing file cannot be watched, and its folder's watch notices when it comes back.
    // addPath also returns false for a path already watched, which is no error.
    if (QFileInfo::exists(path) && !m_watcher.addPath(path) && !m_watcher.files().contains(path))
        qCWarning(lcWatcher) << "Cannot watch" << path << "so outside changes to it go unnoticed";
}

void ScannedFileWatcher::schedule(const QString &path)
{
    m_scheduled.insert(path);
    if (!m_settleTimer.isActive())
        m_settleTimer.start();
}

void ScannedFileWatcher::onFileChanged(const QString &path)
{
    if (!m_files.contains(path))
        return;
    // The system drops the watch of a file that was deleted or replaced by a rename, as atomic
    // saves do, so the new file at the path is watched again.
    addWatch(path);
    schedule(path);
}

void ScannedFileWatcher::onDirectoryChanged(const QString &folder)
{
    // Only a file whose watch was dropped needs the folder's notice. The others report their
    // own changes.
    const QStringList watchedList = m_watcher.files();
    const QSet<QString> watched(watchedList.begin(), watchedList.end());
    for (const QString &path : std::as_const(m_files)) {
        if (watched.contains(path) || QFileInfo(path).absolutePath() != folder)
            continue;
        addWatch(path);
        schedule(path);
    }
}

void ScannedFileWatcher::checkScheduled()
{
    const QSet<QString> paths = std::exchange(m_scheduled, {});
    for (const QString &path : paths) {
        const DiskState state = m_session->checkDisk(path.toStdString());
        emit fileChecked(path, state);
    }
}

} // namespace compliance
