// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/fixsession.h"

#include <QFileSystemWatcher>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace compliance {

/// Watches scanned files for changes made by other programs and has the FixSession compare
/// each changed file with its scanned bytes, which marks the file's fixes stale.
///
/// The folder of every watched file is watched too, so a file deleted and created again, or
/// replaced by a rename, is watched again and checked.
class ScannedFileWatcher : public QObject
{
    Q_OBJECT

public:
    /// The maximum number of files watched through watchIfRoom. Every program of a user shares
    /// the inotify limit fs.inotify.max_user_watches, whose default was 8192 before Linux 5.11,
    /// so a scan of a large folder must not take it all.
    /// NOTE: 2000 is a chosen share of that limit, not a measured one.
    static constexpr int kMaxOptionalFiles = 2000;
    /// The delay between the first change notice for a file and its check, so a file written
    /// in several steps is read once, after the last of them.
    static constexpr int kSettleMs = 100;

    explicit ScannedFileWatcher(FixSession *session, QObject *parent = nullptr);

    /// Stops watching every file and folder.
    void clear();
    /// Watches `path`, whatever the number of files watched. Used for files with applied fixes
    /// and files shown in the preview.
    void watch(const QString &path);
    /// Watches `path` unless kMaxOptionalFiles files were already added this way. Used for the
    /// files of a scan's findings.
    void watchIfRoom(const QString &path);
    /// The files watched, including those whose watch the system dropped because they were
    /// deleted.
    QStringList files() const;

signals:
    /// Emitted after the file at `path` was compared with its scanned bytes.
    void fileChecked(const QString &path, compliance::DiskState state);

private:
    void addWatch(const QString &path);
    void schedule(const QString &path);
    void onFileChanged(const QString &path);
    void onDirectoryChanged(const QString &folder);
    void checkScheduled();

    FixSession *m_session;
    QFileSystemWatcher m_watcher;
    QSet<QString> m_files; ///< The files to watch, whether or not the system watches them now.
    QSet<QString> m_folders;
    QSet<QString> m_scheduled;
    QTimer m_settleTimer;
    int m_optionalCount = 0;
    bool m_limitLogged = false;
};

} // namespace compliance

Q_DECLARE_METATYPE(compliance::DiskState)
