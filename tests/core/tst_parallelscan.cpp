// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Checks the thread pool behind scanFolder: results in index order whatever order the tasks
// finish in, a bounded reorder window, cancel and exceptions. Also checks that the parallel
// folder scan reports what a file-by-file scan reports, in the same order every time.
#include "core/scan/orderedtaskrunner.h"
#include "core/scan/parameterpairing.h"
#include "core/scan/scanner.h"
#include "support/testsupport.h"

#include <QTest>

#include <chrono>
#include <mutex>
#include <random>
#include <set>
#include <sstream>
#include <stdexcept>
#include <thread>

using namespace compliance;

namespace {

std::string describe(const Finding &finding)
{
    std::ostringstream text;
    text << finding.path << ':' << finding.line << ':' << finding.column << ' ' << finding.ruleId
         << ' ' << finding.parameterFile << ' ' << static_cast<int>(finding.outcome) << ' '
         << finding.reason;
    return text.str();
}

std::vector<std::string> describeAll(const std::vector<Finding> &findings)
{
    std::vector<std::string> lines;
    for (const Finding &finding : findings)
        lines.push_back(describe(finding));
    return lines;
}

} // namespace

class TestParallelScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runnerDeliversInOrder_data();
    void runnerDeliversInOrder();
    void runnerBoundsWindow();
    void runnerStopsOnCancel();
    void runnerRethrowsInOrder();
    void runnerHandlesNoTasks();
    void folderScanRepeatsOrder();
    void folderScanMatchesFileByFile();
    void cancelledScanIsFlagged();
};

void TestParallelScan::runnerDeliversInOrder_data()
{
    QTest::addColumn<unsigned>("threads");
    QTest::addColumn<int>("count");
    QTest::newRow("one thread") << 1u << 50;
    QTest::newRow("two threads") << 2u << 200;
    QTest::newRow("more threads than tasks") << 8u << 3;
}

void TestParallelScan::runnerDeliversInOrder()
{
    QFETCH(unsigned, threads);
    QFETCH(int, count);
    // Random sleeps make later tasks finish before earlier ones.
    std::vector<int> sleeps(static_cast<std::size_t>(count));
    std::mt19937 random(42);
    for (int &sleep : sleeps)
        sleep = static_cast<int>(random() % 3000);

    std::vector<int> results(sleeps.size(), -1);
    std::vector<std::size_t> delivered;
    std::set<std::thread::id> taskThreads;
    std::mutex mutex;
    const std::thread::id caller = std::this_thread::get_id();
    bool deliveredOnCaller = true;
    const OrderedTaskRunner runner(threads);
    const std::size_t done = runner.run(
        sleeps.size(),
        [&](std::size_t index) {
            std::this_thread::sleep_for(std::chrono::microseconds(sleeps[index]));
            results[index] = static_cast<int>(index) * 2;
            std::lock_guard lock(mutex);
            taskThreads.insert(std::this_thread::get_id());
        },
        [&](std::size_t index) {
            deliveredOnCaller = deliveredOnCaller && std::this_thread::get_id() == caller;
            QCOMPARE(results[index], static_cast<int>(index) * 2);
            delivered.push_back(index);
        });

    QCOMPARE(done, sleeps.size());
    QCOMPARE(delivered.size(), sleeps.size());
    for (std::size_t i = 0; i < delivered.size(); ++i)
        QCOMPARE(delivered[i], i);
    QVERIFY(deliveredOnCaller);
    QVERIFY(taskThreads.count(caller) == 0);
    QVERIFY(taskThreads.size() <= std::min<std::size_t>(threads, sleeps.size()));
}

void TestParallelScan::runnerBoundsWindow()
{
    // The first task is slow, so without a bound the others would all run before it ends.
    const std::size_t window = 4;
    const OrderedTaskRunner runner(2, window);
    std::atomic<std::size_t> started = 0;
    std::size_t maxAhead = 0;
    std::size_t delivered = 0;
    std::mutex mutex;
    runner.run(
        40,
        [&](std::size_t index) {
            ++started;
            if (index == 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
        },
        [&](std::size_t) {
            std::lock_guard lock(mutex);
            maxAhead = std::max(maxAhead, started.load() - delivered);
            ++delivered;
        });
    QCOMPARE(delivered, std::size_t(40));
    QVERIFY2(maxAhead <= window, qPrintable(QString::number(maxAhead)));
}

void TestParallelScan::runnerStopsOnCancel()
{
    std::atomic_bool cancel = false;
    std::atomic<int> ran = 0;
    const OrderedTaskRunner runner(2);
    const auto started = std::chrono::steady_clock::now();
    const std::size_t delivered = runner.run(
        1000,
        [&](std::size_t) {
            ++ran;
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        },
        [&](std::size_t index) {
            if (index == 9)
                cancel = true;
        },
        &cancel);
    const auto elapsed = std::chrono::steady_clock::now() - started;

    QCOMPARE(delivered, std::size_t(10));
    QVERIFY2(ran < 100, qPrintable(QString::number(ran)));
    QVERIFY(elapsed < std::chrono::seconds(1));
}

void TestParallelScan::runnerRethrowsInOrder()
{
    std::vector<std::size_t> delivered;
    const OrderedTaskRunner runner(2);
    bool thrown = false;
    try {
        runner.run(
            20,
            [](std::size_t index) {
                if (index == 7)
                    throw std::runtime_error("task 7 failed");
            },
            [&](std::size_t index) { delivered.push_back(index); });
    } catch (const std::runtime_error &error) {
        thrown = std::string(error.what()) == "task 7 failed";
    }
    QVERIFY(thrown);
    // Everything before the failed task is delivered, nothing after it.
    QCOMPARE(delivered.size(), std::size_t(7));
}

void TestParallelScan::runnerHandlesNoTasks()
{
    bool called = false;
    const OrderedTaskRunner runner(2);
    const std::size_t delivered = runner.run(
        0, [&](std::size_t) { called = true; }, [&](std::size_t) { called = true; });
    QCOMPARE(delivered, std::size_t(0));
    QVERIFY(!called);
}

void TestParallelScan::folderScanRepeatsOrder()
{
    CV_REQUIRE_SHARED_DIR("corpus/acr");
    const std::string folder = testsupport::sharedPath(QStringLiteral("corpus/acr")).toStdString();

    std::vector<std::string> firstFiles;
    const ScanResult first = scanFolder(
        folder, {}, [&](const FileScanResult &file) { firstFiles.push_back(file.file); });
    std::vector<std::string> secondFiles;
    const ScanResult second = scanFolder(
        folder, {}, [&](const FileScanResult &file) { secondFiles.push_back(file.file); });

    QVERIFY(!first.findings.empty());
    QCOMPARE(describeAll(second.findings), describeAll(first.findings));
    QCOMPARE(secondFiles, firstFiles);
    // The files arrive in the sorted order of discovery.
    const std::filesystem::path root(first.root);
    std::vector<std::string> discovered;
    for (const std::filesystem::path &path : discoverTemplateFiles(root))
        discovered.push_back(path.lexically_relative(root).generic_string());
    QCOMPARE(firstFiles, discovered);
}

void TestParallelScan::folderScanMatchesFileByFile()
{
    CV_REQUIRE_SHARED_DIR("corpus/acr");
    const std::filesystem::path folder = std::filesystem::canonical(
        testsupport::sharedPath(QStringLiteral("corpus/acr")).toStdString());

    // The reference scan runs on one thread and gives the pairing every file, not the sniffed
    // candidates.
    const std::vector<std::filesystem::path> files = discoverTemplateFiles(folder);
    const ParameterPairing pairing = ParameterPairing::build(folder, files);
    std::vector<Finding> expected;
    std::vector<FileError> expectedErrors;
    for (const std::filesystem::path &path : files) {
        FileScanResult file
            = scanFile(path, path.lexically_relative(folder).generic_string(), {}, pairing);
        expected.insert(expected.end(), file.findings.begin(), file.findings.end());
        expectedErrors.insert(expectedErrors.end(), file.errors.begin(), file.errors.end());
    }

    const ScanResult scan = scanFolder(folder);
    QCOMPARE(describeAll(scan.findings), describeAll(expected));
    QCOMPARE(scan.errors.size(), expectedErrors.size());
    QCOMPARE(scan.filesScanned, int(files.size()));
    QVERIFY(!scan.cancelled);
}

void TestParallelScan::cancelledScanIsFlagged()
{
    CV_REQUIRE_SHARED_DIR("corpus/acr");
    const std::string folder = testsupport::sharedPath(QStringLiteral("corpus/acr")).toStdString();
    std::atomic_bool cancel = false;
    int delivered = 0;
    const ScanResult scan = scanFolder(
        folder, {},
        [&](const FileScanResult &) {
            if (++delivered == 3)
                cancel = true;
        },
        &cancel);
    QVERIFY(scan.cancelled);
    QCOMPARE(scan.filesScanned, 3);
}

QTEST_GUILESS_MAIN(TestParallelScan)
#include "tst_parallelscan.moc"
