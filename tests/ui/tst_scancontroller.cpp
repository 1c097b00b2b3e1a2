// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "support/testsupport.h"
#include "ui/scancontroller.h"

#include <QFileInfo>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <filesystem>

using namespace compliance;

class ScanControllerTest : public QObject
{
    Q_OBJECT

private slots:
    void streamsEveryFile();
    void cancelStopsScan();
    void restartDropsOldResults();
    void missingFolderFails();
    void deliversInBatches();
    void cancelDropsUndeliveredFiles();
};

void ScanControllerTest::streamsEveryFile()
{
    CV_REQUIRE_SHARED_DIR("corpus/acr");
    const QString folder = testsupport::sharedPath(QStringLiteral("corpus/acr"));
    const int candidates = static_cast<int>(discoverTemplateFiles(folder.toStdString()).size());
    QVERIFY(candidates > 1);

    ScanController controller;
    QStringList files;
    bool onGuiThread = true;
    connect(&controller, &ScanController::fileScanned, this, [&](const FileScanResult &result) {
        files << QString::fromStdString(result.file);
        onGuiThread = onGuiThread && QThread::currentThread() == thread();
    });
    QSignalSpy progressSpy(&controller, &ScanController::progress);
    QSignalSpy finishedSpy(&controller, &ScanController::finished);
    controller.start(folder);
    QVERIFY(controller.isRunning());
    QVERIFY(finishedSpy.wait(30000));

    QVERIFY(!controller.isRunning());
    QCOMPARE(files.size(), candidates);
    QVERIFY(onGuiThread);
    QCOMPARE(finishedSpy.front().at(0).toBool(), false);
    QCOMPARE(finishedSpy.front().at(1).toInt(), candidates);
    // The first report gives the total before any file is done, the last one reports all done.
    QCOMPARE(progressSpy.front().at(0).toInt(), 0);
    QCOMPARE(progressSpy.front().at(1).toInt(), candidates);
    QCOMPARE(progressSpy.back().at(0).toInt(), candidates);
}

void ScanControllerTest::cancelStopsScan()
{
    CV_REQUIRE_SHARED_DIR("corpus/acr");
    const QString folder = testsupport::sharedPath(QStringLiteral("corpus/acr"));
    const int candidates = static_cast<int>(discoverTemplateFiles(folder.toStdString()).size());

    ScanController controller;
    int scanned = 0;
    connect(&controller, &ScanController::fileScanned, this, [&scanned] { ++scanned; });
    QSignalSpy finishedSpy(&controller, &ScanController::finished);
    controller.start(folder);
    controller.cancel();
    QVERIFY(finishedSpy.wait(30000));
    QCOMPARE(finishedSpy.front().at(0).toBool(), true);
    QVERIFY(scanned < candidates);
}

void ScanControllerTest::restartDropsOldResults()
{
    CV_REQUIRE_SHARED_DIR("cases/01-sku-gating");
    ScanController controller;
    QStringList files;
    connect(
        &controller, &ScanController::fileScanned, this,
        [&files](const FileScanResult &result) { files << QString::fromStdString(result.path); });
    QSignalSpy finishedSpy(&controller, &ScanController::finished);
    const QString second = testsupport::sharedPath(QStringLiteral("cases/01-sku-gating"));
    controller.start(testsupport::sharedPath(QStringLiteral("corpus/acr")));
    controller.start(second);
    QVERIFY(finishedSpy.wait(30000));
    QTest::qWait(50);

    QCOMPARE(finishedSpy.count(), 1);
    QVERIFY(!files.isEmpty());
    // The scanner reports canonical paths, so compare against the folder with symlinks resolved.
    const QString secondCanonical = QFileInfo(second).canonicalFilePath();
    for (const QString &file : files)
        QVERIFY2(file.startsWith(secondCanonical), qPrintable(file));
}

void ScanControllerTest::missingFolderFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ScanController controller;
    QSignalSpy failedSpy(&controller, &ScanController::failed);
    QSignalSpy finishedSpy(&controller, &ScanController::finished);
    controller.start(dir.filePath(QStringLiteral("missing")));
    QVERIFY(failedSpy.wait(10000));
    QVERIFY(failedSpy.front().front().toString().contains(QLatin1String("missing")));
    QCOMPARE(finishedSpy.count(), 0);
    QVERIFY(!controller.isRunning());
}

void ScanControllerTest::deliversInBatches()
{
    CV_REQUIRE_SHARED_DIR("corpus/acr");
    const QString folder = testsupport::sharedPath(QStringLiteral("corpus/acr"));
    const std::filesystem::path root = std::filesystem::canonical(folder.toStdString());
    QStringList expected;
    for (const std::filesystem::path &path : discoverTemplateFiles(root))
        expected << QString::fromStdString(path.lexically_relative(root).generic_string());

    ScanController controller;
    QStringList files;
    connect(
        &controller, &ScanController::fileScanned, this,
        [&files](const FileScanResult &result) { files << QString::fromStdString(result.file); });
    QSignalSpy progressSpy(&controller, &ScanController::progress);
    QSignalSpy finishedSpy(&controller, &ScanController::finished);
    controller.start(folder);
    QVERIFY(finishedSpy.wait(30000));

    // The files arrive in discovery order although threads evaluate them in parallel.
    QCOMPARE(files, expected);
    // One progress report per batch after the initial one: fewer than one per file.
    QVERIFY2(progressSpy.count() - 1 < files.size(),
             qPrintable(QStringLiteral("%1 progress reports for %2 files")
                            .arg(progressSpy.count())
                            .arg(files.size())));
}

void ScanControllerTest::cancelDropsUndeliveredFiles()
{
    CV_REQUIRE_SHARED_DIR("corpus/acr");
    const QString folder = testsupport::sharedPath(QStringLiteral("corpus/acr"));

    ScanController controller;
    int delivered = 0;
    int deliveredAfterCancel = 0;
    bool cancelled = false;
    connect(&controller, &ScanController::fileScanned, this, [&] {
        if (cancelled) {
            ++deliveredAfterCancel;
            return;
        }
        ++delivered;
        cancelled = true;
        controller.cancel();
    });
    QSignalSpy finishedSpy(&controller, &ScanController::finished);
    controller.start(folder);
    QVERIFY(finishedSpy.wait(30000));

    QCOMPARE(delivered, 1);
    QCOMPARE(deliveredAfterCancel, 0);
    QCOMPARE(finishedSpy.front().at(0).toBool(), true);
    QCOMPARE(finishedSpy.front().at(1).toInt(), 1);
}

QTEST_MAIN(ScanControllerTest)
#include "tst_scancontroller.moc"
