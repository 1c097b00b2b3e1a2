// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/scancontroller.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <filesystem>

Q_LOGGING_CATEGORY(lcScan, "complianceviewer.ui.scan")

namespace compliance {

ScanController::ScanController(QObject *parent)
    : QObject(parent)
{ }

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
    // One worker at a time: the replaced scan stops after its current file.
    cancel();
    waitForWorker();
    const quint64 generation = ++m_generation;
    m_cancel = std::make_shared<std::atomic_bool>(false);
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
    m_future = QtConcurrent::run([root, cancelFlag, post]() {
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
            const int total = static_cast<int>(discoverTemplateFiles(root).size());
            post([total](ScanController *controller) { emit controller->progress(0, total); });
            int done = 0;
            const ScanResult result = scanFolder(
                root, {},
                [&](const FileScanResult &file) {
                    ++done;
                    post([file, done, total](ScanController *controller) {
                        emit controller->fileScanned(file);
                        emit controller->progress(done, total);
                    });
                },
                cancelFlag.get());
            const bool cancelled = result.cancelled || cancelFlag->load();
            const int filesScanned = result.filesScanned;
            const int templates = result.templatesEvaluated;
            post([cancelled, filesScanned, templates](ScanController *controller) {
                controller->m_running = false;
                qCInfo(lcScan).nospace()
                    << "Scan " << (cancelled ? "cancelled" : "finished") << ": " << filesScanned
                    << " files, " << templates << " templates";
                emit controller->finished(cancelled, filesScanned, templates);
            });
        } catch (const std::exception &exception) {
            const QString message
                = QObject::tr("The scan failed: %1").arg(QString::fromUtf8(exception.what()));
            post([message](ScanController *controller) {
                controller->m_running = false;
                qCWarning(lcScan) << message;
                emit controller->failed(message);
            });
        }
    });
}

} // namespace compliance
