// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/mainwindow.h"
#include "ui/scancontroller.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTest>

namespace testsupport {

/// Waits up to 20 s for the window's scan to finish; returns whether it did.
inline bool waitForScan(compliance::MainWindow &window)
{
    QCoreApplication::processEvents();
    return QTest::qWaitFor([&window] { return !window.scanController()->isRunning(); }, 20000);
}

/// Shows the window at 1400x860, makes it the active window, opens `folder` and waits for the
/// scan; returns whether each step succeeded.
inline bool showAndScan(compliance::MainWindow &window, const QString &folder)
{
    window.resize(1400, 860);
    window.show();
    QApplication::setActiveWindow(&window);
    return QTest::qWaitForWindowActive(&window) && window.openFolder(folder) && waitForScan(window);
}

} // namespace testsupport
