// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/scancontroller.h"

#include "ui/scansettings.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <filesystem>
#include <mutex>
#include <vector>

Q_LOGGING_CATEGORY(lcScan, "complianceviewer.ui.scan")

namespace compliance {

/// The files the worker has scanned and the GUI thread has not yet taken.
struct ScanController::Inbox
{
    std::mutex mutex;
    std::vector<FileScanResult> files;
    bool workerDone = false;
    bool cancelled = false;
    /// Set while the GUI thread has a call queued or a batch timer running that will empty
    /// `files`, so the worker posts one call per batch, not one per file.
    std::atomic_bool notified = false;
};

ScanController::ScanController(QObject *parent)
    : QObject(parent)
{
    m_batchTimer.setSingleShot(true);
    connect(&m_batchTimer, &QTimer::timeout, this, &ScanController::deliverBatch);
}

ScanController::~ScanController()
{
    cancel();
    waitForWorker();
}

void ScanController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ScanController::waitForWorker()
{
    m_future.waitForFinished();
}

void ScanController::start(const QString &folder)
{
    // One worker at a time: the replaced scan stops after the files it is evaluating.
    cancel();
    waitForWorker();
    const quint64 generation = ++m_generation;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_inbox = std::make_shared<Inbox>();
    m_pending.clear();
    m_batchTimer.stop();
    m_sinceBatch.invalidate();
    m_total = 0;
    m_delivered = 0;
    m_templatesDelivered = 0;
    m_folder = folder;
    m_running = true;
    emit started(folder);
    qCInfo(lcScan) << "Scan started:" << folder;

    // Results reach the GUI thread as queued calls with this object as context, so they are
    // dropped when the controller is destroyed, and the generation check drops those of a
    // scan that was replaced.
    QPointer<ScanController> self(this);
    const auto post = [self, generation](auto function) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, function]() {
                if (self && self->m_generation == generation)
                    function(self.data());
            },
            Qt::QueuedConnection);
    };

    const std::filesystem::path root = folder.toStdString();
    const std::shared_ptr<std::atomic_bool> cancelFlag = m_cancel;
    const std::shared_ptr<Inbox> inbox = m_inbox;
    // QSettings is read here, in the GUI thread, and the worker gets a copy.
    const ScanOptions options = viewerScanOptions();
    m_future = QtConcurrent::run([root, cancelFlag, inbox, post, options]() {
        // An urgent call is posted even when one is queued, so that it skips the batch interval.
        const auto notify = [&inbox, &post](bool urgent) {
            if (!inbox->notified.exchange(true) || urgent)
                post(
                    [urgent](ScanController *controller) { controller->onFilesAvailable(urgent); });
        };
        try {
            std::error_code error;
            if (!std::filesystem::is_directory(root, error)) {
                const QString message
                    = QObject::tr("The folder %1 does not exist or is not a folder")
                          .arg(QString::fromStdString(root.string()));
                post([message](ScanController *controller) {
                    controller->m_running = false;
                    qCWarning(lcScan) << message;
                    emit controller->failed(message);
                });
                return;
            }
            // As scanFolder does, so that reported paths are the same.
            const std::filesystem::path absoluteRoot
                = std::filesystem::weakly_canonical(std::filesystem::absolute(root, error), error);
            std::vector<FileError> unreadableFolders;
            const std::vector<std::filesystem::path> files
                = discoverTemplateFiles(absoluteRoot, &unreadableFolders);
            // A folder that cannot be listed gets a row of its own with the error, so its
            // missing templates do not go unnoticed.
            for (FileError &error : unreadableFolders) {
                FileScanResult folder;
                folder.file = error.file;
                folder.path = (absoluteRoot / error.file).string();
                folder.errors.push_back(std::move(error));
                std::lock_guard lock(inbox->mutex);
                inbox->files.push_back(std::move(folder));
            }
            const int total = static_cast<int>(files.size());
            post([total](ScanController *controller) {
                controller->m_total = total;
                emit controller->progress(0, total);
            });

            bool findingSeen = false;
            const ScanResult result = scanFiles(
                absoluteRoot, files, options,
                [&](const FileScanResult &file) {
                    const bool firstFinding = !findingSeen && !file.findings.empty();
                    findingSeen = findingSeen || firstFinding;
                    {
                        std::lock_guard lock(inbox->mutex);
                        inbox->files.push_back(file);
                    }
                    notify(firstFinding);
                },
                cancelFlag.get());
            {
                std::lock_guard lock(inbox->mutex);
                inbox->workerDone = true;
                inbox->cancelled = result.cancelled || cancelFlag->load();
            }
            notify(true);
        } catch (const std::exception &exception) {
            const QString message
                = QObject::tr("The scan failed: %1").arg(QString::fromUtf8(exception.what()));
            post([message](ScanController *controller) {
                controller->m_running = false;
                controller->m_batchTimer.stop();
                qCWarning(lcScan) << message;
                emit controller->failed(message);
            });
        }
    });
}

void ScanController::onFilesAvailable(bool urgent)
{
    const bool intervalPassed
        = !m_sinceBatch.isValid() || m_sinceBatch.elapsed() >= kBatchIntervalMs;
    if (urgent || intervalPassed) {
        m_batchTimer.stop();
        deliverBatch();
        return;
    }
    if (!m_batchTimer.isActive())
        m_batchTimer.start(static_cast<int>(kBatchIntervalMs - m_sinceBatch.elapsed()));
}

void ScanController::deliverBatch()
{
    if (!m_inbox || !m_running)
        return;
    const std::shared_ptr<Inbox> inbox = m_inbox;
    const bool cancelled = m_cancel && m_cancel->load();
    // Cleared before the inbox is emptied, so a file added after this posts a new call.
    inbox->notified.store(false);
    {
        std::lock_guard lock(inbox->mutex);
        if (cancelled) {
            // A cancelled scan shows no more files, so finished() need not wait for them.
            inbox->files.clear();
            m_pending.clear();
        }
        for (FileScanResult &file : inbox->files)
            m_pending.push_back(std::move(file));
        inbox->files.clear();
    }
    m_sinceBatch.start();

    const quint64 generation = m_generation;
    const int deliveredBefore = m_delivered;
    QElapsedTimer budget;
    budget.start();
    while (!m_pending.empty() && budget.elapsed() < kBatchBudgetMs) {
        const FileScanResult file = std::move(m_pending.front());
        m_pending.pop_front();
        ++m_delivered;
        if (file.isTemplate)
            ++m_templatesDelivered;
        emit fileScanned(file);
        // A handler may have started another scan or cancelled this one.
        if (m_generation != generation)
            return;
        if (m_cancel->load()) {
            m_pending.clear();
            break;
        }
    }
    if (m_delivered != deliveredBefore)
        emit progress(m_delivered, m_total);
    if (!m_pending.empty()) {
        m_batchTimer.start(0);
        return;
    }

    bool workerDone = false;
    {
        std::lock_guard lock(inbox->mutex);
        workerDone = inbox->workerDone && inbox->files.empty();
    }
    if (workerDone)
        finish();
}

void ScanController::finish()
{
    bool cancelled = false;
    {
        std::lock_guard lock(m_inbox->mutex);
        cancelled = m_inbox->cancelled || m_cancel->load();
    }
    m_running = false;
    m_batchTimer.stop();
    qCInfo(lcScan).nospace() << "Scan " << (cancelled ? "cancelled" : "finished") << ": "
                             << m_delivered << " files, " << m_templatesDelivered << " templates";
    emit finished(cancelled, m_delivered, m_templatesDelivered);
}

} // namespace compliance
