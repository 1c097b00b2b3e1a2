// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/scan/scanner.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace compliance {

/// Runs scanFolder on a worker thread and delivers its results on the GUI thread, one file at
/// a time, so the window stays responsive during long scans.
class ScanController : public QObject
{
    Q_OBJECT

public:
    explicit ScanController(QObject *parent = nullptr);
    ~ScanController() override;

    /// Starts scanning `folder`. A scan still running is cancelled first, and its queued results
    /// are dropped.
    void start(const QString &folder);
    /// Asks the running scan to stop after the file it is reading.
    void cancel();
    bool isRunning() const { return m_running; }
    QString folder() const { return m_folder; }

    /// Blocks until the worker thread is idle; results still queued arrive from the event loop.
    void waitForWorker();

signals:
    void started(const QString &folder);
    void fileScanned(const compliance::FileScanResult &result);
    /// Files done out of the candidate files found under the folder.
    void progress(int done, int total);
    void finished(bool cancelled, int filesScanned, int templatesEvaluated);
    /// The scan could not run at all, e.g. the folder is missing.
    void failed(const QString &message);

private:
    QString m_folder;
    bool m_running = false;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFuture<void> m_future;
};

} // namespace compliance
