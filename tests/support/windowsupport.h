// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/mainwindow.h"
#include "ui/scancontroller.h"

#include <QCoreApplication>
#include <QTest>

namespace testsupport {

/// Waits up to 20 s for the window's scan to finish; returns whether it did.
inline bool waitForScan(compliance::MainWindow &window)
{
    QCoreApplication::processEvents();
    return QTest::qWaitFor([&window] { return !window.scanController()->isRunning(); }, 20000);
}

} // namespace testsupport
