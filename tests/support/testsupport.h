// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QString>
#include <QTest>

// Paths to the inputs that sit beside the repository in the workspace: the public template
// corpus and the small regression cases. A test that needs them calls
// CV_REQUIRE_SHARED_DIR first, so it skips with a clear message where they are absent.
namespace testsupport {

inline QString sharedDir()
{
    return QDir::cleanPath(QStringLiteral(CV_SHARED_DIR));
}

inline QString sharedPath(const QString &relative)
{
    return sharedDir() + QLatin1Char('/') + relative;
}

inline QString sourcePath(const QString &relative)
{
    return QDir::cleanPath(QStringLiteral(CV_SOURCE_DIR) + QLatin1Char('/') + relative);
}

/// Points the user's settings at `folder` for the rest of the test program, under an
/// application named `testName`, so a test neither reads nor changes the user's own settings.
inline void keepSettingsIn(const QString &folder, const QString &testName)
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
    QCoreApplication::setOrganizationName(QStringLiteral("ComplianceViewerTests"));
    QCoreApplication::setApplicationName(testName);
}

/// Returns the file's bytes, or an empty array when it cannot be read.
inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Replaces the file's content with `bytes`; returns whether all were written.
inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace testsupport

#define CV_REQUIRE_SHARED_DIR(relative)                                                            \
    do {                                                                                           \
        if (!QDir(testsupport::sharedPath(QStringLiteral(relative))).exists())                     \
            QSKIP(qPrintable(QStringLiteral("%1 is absent; place the shared corpus and cases "     \
                                            "beside the repository to run this test")              \
                                 .arg(testsupport::sharedPath(QStringLiteral(relative)))));        \
    } while (false)
