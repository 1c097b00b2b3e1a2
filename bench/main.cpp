// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// compliance-bench: measures the scan of template folders against a single-thread parse floor,
// peak memory, time to first finding, the fix preview of the largest template, and the main
// window's responsiveness and cancel latency while it scans. Each folder is measured in a
// child process of its own, so that peak memory figures do not mix.
#include "benchmeasure.h"
#include "corpusbench.h"
#include "guiprobe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>

#include <cstdio>
#include <fstream>
#include <string>
#include <thread>

using namespace compliance;
using namespace compliance::bench;

namespace {

constexpr int kSkipExitCode = 77; // CTest's SKIP_RETURN_CODE for the benchmark test

std::string firstLineStartingWith(const char *file, const std::string &prefix)
{
    std::ifstream stream(file);
    std::string line;
    while (std::getline(stream, line)) {
        if (line.rfind(prefix, 0) == 0)
            return line;
    }
    return {};
}

std::string valueAfterColon(const std::string &line)
{
    const std::size_t colon = line.find(':');
    if (colon == std::string::npos)
        return line;
    const std::size_t start = line.find_first_not_of(" \t", colon + 1);
    return start == std::string::npos ? std::string() : line.substr(start);
}

std::string loadAverage()
{
    std::ifstream stream("/proc/loadavg");
    std::string one, five, fifteen;
    stream >> one >> five >> fifteen;
    return one + " " + five + " " + fifteen;
}

void printMachine()
{
    std::printf("machine: %u hardware threads, CPU %s, memory %s\n",
                std::thread::hardware_concurrency(),
                valueAfterColon(firstLineStartingWith("/proc/cpuinfo", "model name")).c_str(),
                valueAfterColon(firstLineStartingWith("/proc/meminfo", "MemTotal")).c_str());
    std::printf("load average (1, 5, 15 min) at start: %s\n", loadAverage().c_str());
    std::fflush(stdout);
}

void printCorpus(const QString &folder, int runs)
{
    const std::filesystem::path root = folder.toStdString();
    const CorpusFigures figures = measureCorpus(root, runs);
    const double bytes = static_cast<double>(figures.bytes);
    std::printf("\ncorpus %s (median of %d runs)\n", qPrintable(folder), runs);
    std::printf("  files                      %d\n", figures.files);
    std::printf("  bytes                      %.0f (%.1f MiB)\n", bytes, bytes / 1048576.0);
    std::printf("  floor: read + json::parse  %.1f ms (one thread, comments allowed)\n",
                figures.floorMs);
    std::printf("  scanFolder                 %.1f ms on %u threads, %d findings\n", figures.scanMs,
                figures.threads, figures.findings);
    std::printf("  scan / floor               %.2f\n",
                figures.floorMs > 0 ? figures.scanMs / figures.floorMs : 0.0);
    std::printf("  CPU time / wall time       %.2f (cores busy during the scan)\n",
                figures.scanMs > 0 ? figures.scanCpuMs / figures.scanMs : 0.0);
    if (figures.firstFindingMs >= 0)
        std::printf("  first finding              %.1f ms after scanFolder was called\n",
                    figures.firstFindingMs);
    else
        std::printf("  first finding              none (no file has a finding)\n");
    const std::uint64_t growth = figures.scanPeakBytes > figures.baselineBytes
        ? figures.scanPeakBytes - figures.baselineBytes
        : 0;
    std::printf("  peak memory (scan)         %s, %.2fx the bytes scanned%s\n",
                formatMebibytes(figures.scanPeakBytes).c_str(),
                bytes > 0 ? static_cast<double>(figures.scanPeakBytes) / bytes : 0.0,
                figures.peakIsolated ? "" : " (includes the floor phase)");
    std::printf("  growth over the baseline   %s above %s before the scan (%.2fx the bytes)\n",
                formatMebibytes(growth).c_str(), formatMebibytes(figures.baselineBytes).c_str(),
                bytes > 0 ? static_cast<double>(growth) / bytes : 0.0);
    std::printf("  same findings order        %s\n",
                figures.sameOrderEveryRun ? "yes, in every run" : "NO, runs differ");
    if (!figures.largestAnyTemplate.empty())
        std::printf("  largest template           %s (%llu bytes) has no fixable finding\n",
                    figures.largestAnyTemplate.string().c_str(),
                    static_cast<unsigned long long>(figures.largestAnyTemplateBytes));
    if (figures.largestTemplate.empty()) {
        std::printf("  largest fixable template   none\n");
        std::fflush(stdout);
        return;
    }
    std::printf("  largest fixable template   %s (%llu bytes)\n",
                figures.largestTemplate.string().c_str(),
                static_cast<unsigned long long>(figures.largestTemplateBytes));
    std::printf("    scan and fix planning    %.1f ms (scanFile)\n", figures.largestTemplateScanMs);
    std::fflush(stdout);

    const PreviewFigures preview = measurePreview(root, figures.largestTemplate, runs);
    if (!preview.message.isEmpty()) {
        std::printf("    preview                  not measured: %s\n", qPrintable(preview.message));
    } else {
        std::printf("    preview open             %.1f ms (first open in the process %.1f ms)\n",
                    preview.openMs, preview.firstOpenMs);
        std::printf("    visible lines coloured   %d of %d\n", preview.colouredLines,
                    preview.visibleLines);
    }
    std::fflush(stdout);
}

void printGui(const QString &folder, int runs, int cancelAfterMs)
{
    const GuiFigures figures = measureGui(folder, runs, cancelAfterMs);
    std::printf("\nmain window scanning %s (median of %d runs)\n", qPrintable(folder), runs);
    std::printf("  scan until finished        %.1f ms, %d files\n", figures.scanMs, figures.files);
    if (figures.firstFindingMs >= 0)
        std::printf("  first finding delivered    %.1f ms after openFolder\n",
                    figures.firstFindingMs);
    std::printf("  deliveries                 %d event-loop ticks delivered files\n",
                figures.deliveries);
    std::printf("  max GUI-thread gap         %.1f ms, ended %.0f ms after openFolder (5 ms timer; "
                "median of runs %.1f ms)\n",
                figures.maxTickGapMs, figures.maxTickGapEndMs, figures.medianMaxTickGapMs);
    std::printf("  max time on one file       %.1f ms in the window's fileScanned handlers\n",
                figures.maxFileHandlingMs);
    std::printf("  max gap without a scan     %.1f ms in one second (the machine's own delay)\n",
                figures.idleMaxTickGapMs);
    if (figures.cancelLatencyMs >= 0)
        std::printf("  cancel latency             %.1f ms (cancel %d ms after start, %d files "
                    "delivered by then)\n",
                    figures.cancelLatencyMs, cancelAfterMs, figures.filesBeforeCancel);
    else
        std::printf("  cancel latency             not measured: the scan finished within %d ms\n",
                    cancelAfterMs);
    std::fflush(stdout);
}

int runChild(const QString &program, const QStringList &arguments)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(program, arguments);
    if (!child.waitForStarted()) {
        std::fprintf(stderr, "compliance-bench: failed to start %s: %s\n", qPrintable(program),
                     qPrintable(child.errorString()));
        return 1;
    }
    child.waitForFinished(-1);
    if (child.exitStatus() != QProcess::NormalExit) {
        std::fprintf(stderr, "compliance-bench: the measurement process crashed: %s %s\n",
                     qPrintable(program), qPrintable(arguments.join(QLatin1Char(' '))));
        return 1;
    }
    return child.exitCode();
}

} // namespace

int main(int argc, char *argv[])
{
    // The probes show real widgets; offscreen keeps them off the screen unless a platform is set.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Per-file debug and info logs of the viewer would cost time in the measured loops.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("complianceviewer.*.debug=false\n"
                                                        "complianceviewer.*.info=false"));
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("compliance-bench"));
    // Keeps the main window's recent-folder list out of the user's settings.
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures scan speed, peak memory, preview time and GUI responsiveness on template "
        "folders. Timing figures are medians over the runs."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("folders"),
        QStringLiteral("Folders to measure; the GUI probes use the first. Default: corpus/bulk "
                       "and corpus/acr of the shared folder beside the repository."),
        QStringLiteral("[folders...]"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs per measurement (default 5)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption cancelOption(
        QStringLiteral("cancel-after"),
        QStringLiteral("Milliseconds after the start of a scan at which the cancel probe "
                       "requests a cancel (default 300)."),
        QStringLiteral("ms"), QStringLiteral("300"));
    const QCommandLineOption childOption(
        QStringLiteral("child"),
        QStringLiteral("Internal: measure one folder in this process, as 'corpus' or 'gui'."),
        QStringLiteral("kind"));
    parser.addOption(runsOption);
    parser.addOption(cancelOption);
    parser.addOption(childOption);
    parser.process(app);

    bool runsValid = false;
    const int runs = parser.value(runsOption).toInt(&runsValid);
    bool cancelValid = false;
    const int cancelAfterMs = parser.value(cancelOption).toInt(&cancelValid);
    if (!runsValid || runs < 1 || !cancelValid || cancelAfterMs < 0) {
        std::fprintf(stderr,
                     "compliance-bench: --runs must be a positive integer and "
                     "--cancel-after a non-negative integer\n");
        return 2;
    }

    QStringList folders = parser.positionalArguments();
    if (parser.isSet(childOption)) {
        if (folders.size() != 1)
            return 2;
        if (parser.value(childOption) == QLatin1String("gui"))
            printGui(folders.front(), runs, cancelAfterMs);
        else
            printCorpus(folders.front(), runs);
        return 0;
    }

    if (folders.isEmpty()) {
        const QString shared = QDir::cleanPath(QStringLiteral(CV_SHARED_DIR));
        folders << shared + QStringLiteral("/corpus/bulk")
                << shared + QStringLiteral("/corpus/acr");
    }
    QStringList existing;
    for (const QString &folder : folders) {
        if (QFileInfo(folder).isDir())
            existing << QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
        else
            std::fprintf(stderr, "compliance-bench: folder not found, skipped: %s\n",
                         qPrintable(folder));
    }
    if (existing.isEmpty()) {
        std::fprintf(stderr,
                     "compliance-bench: none of the folders exists; pass template folders "
                     "as arguments\n");
        return kSkipExitCode;
    }

    printMachine();
    const QString program = QCoreApplication::applicationFilePath();
    const QStringList common { QStringLiteral("--runs"), QString::number(runs),
                               QStringLiteral("--cancel-after"), QString::number(cancelAfterMs) };
    int status = 0;
    for (const QString &folder : existing) {
        const int exitCode = runChild(program,
                                      QStringList(common) << QStringLiteral("--child")
                                                          << QStringLiteral("corpus") << folder);
        status = status != 0 ? status : exitCode;
    }
    const int guiExitCode
        = runChild(program,
                   QStringList(common)
                       << QStringLiteral("--child") << QStringLiteral("gui") << existing.front());
    status = status != 0 ? status : guiExitCode;
    std::printf("\nload average (1, 5, 15 min) at end: %s\n", loadAverage().c_str());
    return status;
}
