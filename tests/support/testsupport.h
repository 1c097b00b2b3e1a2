// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
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

} // namespace testsupport

#define CV_REQUIRE_SHARED_DIR(relative)                                                           \
    do {                                                                                          \
        if (!QDir(testsupport::sharedPath(QStringLiteral(relative))).exists())                    \
            QSKIP(qPrintable(QStringLiteral("%1 is absent; place the shared corpus and cases "    \
                                            "beside the repository to run this test")             \
                                 .arg(testsupport::sharedPath(QStringLiteral(relative)))));       \
    } while (false)
