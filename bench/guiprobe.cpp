// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "guiprobe.h"

#include "benchmeasure.h"
#include "corpusbench.h"
#include "ui/codeview.h"
#include "ui/fixpreview.h"
#include "ui/fixsession.h"
#include "ui/mainwindow.h"
#include "ui/scancontroller.h"

#include <QApplication>
#include <QEventLoop>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>

#include <set>

namespace compliance::bench {

namespace fs = std::filesystem;

namespace {

// Counts the non-empty lines in the viewport of `view` and those that carry syntax formats.
void countColouredLines(const CodeView *view, int &visible, int &coloured)
{
    visible = 0;
    coloured = 0;
    const QWidget *viewport = view->viewport();
    QTextBlock block = view->cursorForPosition(QPoint(0, 0)).block();
    const QTextBlock last = view->cursorForPosition(QPoint(0, viewport->height() - 1)).block();
    for (; block.isValid() && block.blockNumber() <= last.blockNumber(); block = block.next()) {
        if (block.text().trimmed().isEmpty())
            continue;
        ++visible;
        if (block.layout() && !block.layout()->formats().isEmpty())
            ++coloured;
    }
}

} // namespace

PreviewFigures measurePreview(const fs::path &root, const fs::path &templatePath, int runs)
{
    PreviewFigures figures;
    const FileScanResult file = scanOneTemplate(root, templatePath);
    int findingIndex = -1;
    for (int i = 0; i < static_cast<int>(file.findings.size()) && findingIndex < 0; ++i) {
        if (file.findings[i].isFixable())
            findingIndex = i;
    }
    if (findingIndex < 0) {
        figures.message = QStringLiteral("no fixable finding in %1")
                              .arg(QString::fromStdString(templatePath.string()));
        return figures;
    }

    std::vector<double> times;
    // One more run than requested, because the first open also loads the syntax definitions.
    for (int run = 0; run <= runs; ++run) {
        FixSession session;
        session.setSource(file.source);
        for (const std::string &path : file.findings[findingIndex].fix->paths()) {
            if (path == file.path)
                continue;
            if (Result<SourceFile> other = readSourceFile(path))
                session.setSource(std::make_shared<const SourceFile>(std::move(other.value())));
        }
        FixPreview preview(&session);
        preview.resize(1400, 900);
        preview.show();
        QCoreApplication::processEvents();

        const Clock::time_point start = Clock::now();
        preview.showFinding(file, findingIndex);
        // Deferred work runs from the event loop. Then grab() lays out and paints what is
        // visible, as the first frame on screen would.
        QCoreApplication::processEvents();
        preview.grab();
        const double elapsed = millisecondsSince(start);
        if (run == 0)
            figures.firstOpenMs = elapsed;
        else
            times.push_back(elapsed);
        // Every code view of the preview, found by type so the count does not depend on how
        // the preview arranges its files.
        figures.visibleLines = 0;
        figures.colouredLines = 0;
        for (const CodeView *view : preview.findChildren<CodeView *>()) {
            if (!view->isVisible())
                continue;
            int visible = 0;
            int coloured = 0;
            countColouredLines(view, visible, coloured);
            figures.visibleLines += visible;
            figures.colouredLines += coloured;
        }
    }
    figures.openMs = median(times);
    return figures;
}

GuiFigures measureGui(const QString &folder, int runs, int cancelAfterMs)
{
    GuiFigures figures;
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QCoreApplication::processEvents();
    ScanController *controller = window.scanController();

    int tick = 0;
    double maxGap = 0;
    double maxGapEnd = 0;
    Clock::time_point start;
    Clock::time_point lastTick = Clock::now();
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const Clock::time_point now = Clock::now();
        const double gap = std::chrono::duration<double, std::milli>(now - lastTick).count();
        if (gap > maxGap) {
            maxGap = gap;
            maxGapEnd = millisecondsSince(start);
        }
        lastTick = now;
        ++tick;
    });

    double firstFinding = -1;
    int files = 0;
    std::set<int> deliveryTicks;
    bool inDelivery = false;
    Clock::time_point lastFileTime;
    // The controller emits progress() at the end of each delivery.
    QObject::connect(controller, &ScanController::progress, [&] { inDelivery = false; });
    QObject::connect(controller, &ScanController::fileScanned, [&](const FileScanResult &file) {
        ++files;
        deliveryTicks.insert(tick);
        // Within one delivery, the time since the previous file is what the handlers connected
        // before this probe (the main window's) spent on this file.
        const Clock::time_point now = Clock::now();
        if (inDelivery) {
            const double handling
                = std::chrono::duration<double, std::milli>(now - lastFileTime).count();
            figures.maxFileHandlingMs = std::max(figures.maxFileHandlingMs, handling);
        }
        inDelivery = true;
        lastFileTime = now;
        if (firstFinding < 0 && !file.findings.empty())
            firstFinding = millisecondsSince(start);
    });
    QEventLoop loop;
    QObject::connect(controller, &ScanController::finished, &loop, &QEventLoop::quit);
    QObject::connect(controller, &ScanController::failed, &loop, &QEventLoop::quit);

    maxGap = 0;
    start = Clock::now();
    lastTick = start;
    ticker.start();
    QTimer::singleShot(1000, &loop, &QEventLoop::quit);
    loop.exec();
    ticker.stop();
    figures.idleMaxTickGapMs = maxGap;

    std::vector<double> gaps, firstFindings, scanTimes, deliveryCounts;
    for (int run = 0; run < runs; ++run) {
        files = 0;
        firstFinding = -1;
        deliveryTicks.clear();
        maxGap = 0;
        start = Clock::now();
        lastTick = start;
        ticker.start();
        window.openFolder(folder);
        loop.exec();
        ticker.stop();
        scanTimes.push_back(millisecondsSince(start));
        gaps.push_back(maxGap);
        if (maxGap > figures.maxTickGapMs) {
            figures.maxTickGapMs = maxGap;
            figures.maxTickGapEndMs = maxGapEnd;
        }
        if (firstFinding >= 0)
            firstFindings.push_back(firstFinding);
        deliveryCounts.push_back(static_cast<double>(deliveryTicks.size()));
        figures.files = files;
    }
    figures.medianMaxTickGapMs = median(gaps);
    figures.firstFindingMs = firstFindings.empty() ? -1 : median(firstFindings);
    figures.scanMs = median(scanTimes);
    figures.deliveries = static_cast<int>(median(deliveryCounts));

    std::vector<double> latencies;
    for (int run = 0; run < runs; ++run) {
        files = 0;
        Clock::time_point cancelledAt;
        bool cancelRequested = false;
        // A timer per run, stopped at the end, so that a scan which finished before the cancel
        // cannot receive the cancel meant for it in the next run.
        QTimer cancelTimer;
        cancelTimer.setSingleShot(true);
        QObject::connect(&cancelTimer, &QTimer::timeout, [&] {
            if (!controller->isRunning())
                return;
            figures.filesBeforeCancel = files;
            cancelRequested = true;
            cancelledAt = Clock::now();
            controller->cancel();
        });
        start = Clock::now();
        cancelTimer.start(cancelAfterMs);
        window.openFolder(folder);
        loop.exec();
        cancelTimer.stop();
        if (cancelRequested)
            latencies.push_back(millisecondsSince(cancelledAt));
    }
    figures.cancelLatencyMs = latencies.empty() ? -1 : median(latencies);
    return figures;
}

} // namespace compliance::bench
