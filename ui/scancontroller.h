// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/scan/scanner.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <deque>
#include <memory>

namespace compliance {

/// Runs scanFolder on a worker thread and delivers its results on the GUI thread in batches,
/// so the window stays responsive during long scans.
///
/// A batch starts at most once per kBatchIntervalMs, except for the first file and the first
/// file with a finding, which start one at once. A batch emits fileScanned for as many files as
/// fit in kBatchBudgetMs of GUI time, then one progress(). The files left over go out in the
/// next event-loop pass.
class ScanController : public QObject
{
    Q_OBJECT

public:
    /// The minimum interval between two batches while the scan produces files.
    static constexpr int kBatchIntervalMs = 50;
    /// The GUI time one batch spends on fileScanned handlers before it yields to the event loop.
    static constexpr int kBatchBudgetMs = 10;

    explicit ScanController(QObject *parent = nullptr);
    ~ScanController() override;

    /// Starts scanning `folder`. A scan still running is cancelled first, and its queued results
    /// are dropped.
    void start(const QString &folder);
    /// Asks the running scan to stop. Files being evaluated complete, and the results not yet
    /// delivered are dropped, so finished() follows soon.
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
    /// Reports the end of the scan. After a cancel, `filesScanned` and `templatesEvaluated`
    /// count only the files delivered through fileScanned.
    void finished(bool cancelled, int filesScanned, int templatesEvaluated);
    /// The scan could not run at all, e.g. the folder is missing.
    void failed(const QString &message);

private:
    struct Inbox;

    void onFilesAvailable(bool urgent);
    void deliverBatch();
    void finish();

    QString m_folder;
    bool m_running = false;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<Inbox> m_inbox;
    QFuture<void> m_future;

    // GUI-thread state of the current scan.
    std::deque<FileScanResult> m_pending; ///< Taken from the inbox, not yet emitted.
    QTimer m_batchTimer;
    QElapsedTimer m_sinceBatch;
    int m_total = 0;
    int m_delivered = 0;
    int m_templatesDelivered = 0;
};

} // namespace compliance
