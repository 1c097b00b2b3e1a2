// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "support/testsupport.h"
#include "support/trustparameterfixture.h"
#include "support/windowsupport.h"
#include "ui/codeview.h"
#include "ui/filediffpane.h"
#include "ui/findingsfiltermodel.h"
#include "ui/findingsmodel.h"
#include "ui/fixpreview.h"
#include "ui/fixsession.h"
#include "ui/mainwindow.h"
#include "ui/scancontroller.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTreeView>
#include <QtTest>

using namespace compliance;
using testsupport::kTrustParameterFile;
using testsupport::kTrustParameterTemplate;
using testsupport::readBytes;
using testsupport::waitForScan;
using testsupport::writeBytes;

namespace {

const QString kTemplateName = QStringLiteral("main.json");
const QString kParametersName = QStringLiteral("main.parameters.prod.json");

// Returns the proxy index of the first failing finding row in the window's findings tree.
QModelIndex firstFailingFinding(const MainWindow &window)
{
    const QAbstractItemModel *proxy = window.filterModel();
    for (int fileRow = 0; fileRow < proxy->rowCount(); ++fileRow) {
        const QModelIndex file = proxy->index(fileRow, 0);
        for (int row = 0; row < proxy->rowCount(file); ++row) {
            const QModelIndex index = proxy->index(row, 0, file);
            if (index.data(FindingsModel::OutcomeRole).toInt()
                == int(FindingsModel::RowOutcome::Fail))
                return index;
        }
    }
    return {};
}

// A window that scanned a temporary folder with the template and its parameter file, with the
// failing finding selected.
struct ScannedWindow
{
    QTemporaryDir dir;
    MainWindow window;
    QString templatePath;
    QString parametersPath;

    bool open()
    {
        templatePath = dir.filePath(kTemplateName);
        parametersPath = dir.filePath(kParametersName);
        if (!dir.isValid() || !writeBytes(templatePath, kTrustParameterTemplate)
            || !writeBytes(parametersPath, kTrustParameterFile))
            return false;
        window.resize(1400, 860);
        window.show();
        if (!window.openFolder(dir.path()) || !waitForScan(window))
            return false;
        const QModelIndex failing = firstFailingFinding(window);
        if (!failing.isValid())
            return false;
        window.findingsView()->setCurrentIndex(failing);
        return true;
    }
};

QString paneText(FileDiffPane *pane, bool fixed)
{
    return (fixed ? pane->fixedView() : pane->originalView())->fileText();
}

} // namespace

class MultiFileFixTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void previewShowsEveryFile();
    void saveWritesEveryFile();
    void failedSaveChangesNoFile_data();
    void failedSaveChangesNoFile();
    void sharedValueBanner_data();
    void sharedValueBanner();
    void windowScreenshot();
    void rescanKeepsEditsOfSameText();
};

void MultiFileFixTest::initTestCase()
{
    // Keep the recent-folder list away from the user's settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ComplianceViewerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_multifilefix"));
}

void MultiFileFixTest::previewShowsEveryFile()
{
    ScannedWindow scanned;
    QVERIFY(scanned.open());
    FixPreview *preview = scanned.window.fixPreview();

    QCOMPARE(preview->paneCount(), 2);
    QCOMPARE(preview->fileTabs()->count(), 2);
    QVERIFY(preview->fileTabs()->tabBar()->isVisible());
    QCOMPARE(preview->shownPaths(),
             (std::vector<std::string> { scanned.templatePath.toStdString(),
                                         scanned.parametersPath.toStdString() }));
    QCOMPARE(preview->fileTabs()->tabText(0), kTemplateName);
    QCOMPARE(preview->fileTabs()->tabText(1), kParametersName);
    QVERIFY(preview->filesLabel()->isVisible());
    QCOMPARE(preview->filesLabel()->text(),
             QStringLiteral("This fix changes 2 files: main.json, main.parameters.prod.json"));
    QVERIFY(preview->pane(0)->originalTitle()->text().contains(kTemplateName));
    QVERIFY(preview->pane(1)->originalTitle()->text().contains(kParametersName));

    // Each tab shows its own file, with its changed line marked on both sides.
    QCOMPARE(paneText(preview->pane(0), false).toUtf8(), kTrustParameterTemplate);
    QCOMPARE(paneText(preview->pane(1), false).toUtf8(), kTrustParameterFile);
    for (int i = 0; i < 2; ++i) {
        FileDiffPane *pane = preview->pane(i);
        QCOMPARE(pane->originalView()->markedLines().size(), 1);
        QCOMPARE(pane->fixedView()->markedLines().size(), 1);
    }
    const QString fixedTemplateLine
        = preview->pane(0)
              ->fixedView()
              ->document()
              ->findBlockByNumber(preview->pane(0)->fixedView()->markedLines().front())
              .text();
    QVERIFY2(fixedTemplateLine.contains(QLatin1String("\"enabled\"")),
             qPrintable(fixedTemplateLine));
    const QString fixedParameterLine
        = preview->pane(1)
              ->fixedView()
              ->document()
              ->findBlockByNumber(preview->pane(1)->fixedView()->markedLines().front())
              .text();
    QVERIFY2(fixedParameterLine.contains(QLatin1String("\"value\": \"enabled\"")),
             qPrintable(fixedParameterLine));
}

void MultiFileFixTest::saveWritesEveryFile()
{
    ScannedWindow scanned;
    QVERIFY(scanned.open());
    FixPreview *preview = scanned.window.fixPreview();
    const QString fixedTemplate = paneText(preview->pane(0), true);
    const QString fixedParameters = paneText(preview->pane(1), true);

    preview->applyButton()->click();
    QVERIFY(scanned.window.isWindowModified());
    QCOMPARE(preview->fileTabs()->tabText(1), kParametersName + QStringLiteral(" *"));
    QSignalSpy savedSpy(preview, &FixPreview::saved);
    preview->saveButton()->click();

    QCOMPARE(savedSpy.count(), 1);
    QCOMPARE(savedSpy.front().front().toStringList(),
             (QStringList { scanned.templatePath, scanned.parametersPath }));
    QCOMPARE(QString::fromUtf8(readBytes(scanned.templatePath)), fixedTemplate);
    QCOMPARE(QString::fromUtf8(readBytes(scanned.parametersPath)), fixedParameters);
    QVERIFY(!scanned.window.isWindowModified());
    QCOMPARE(preview->statusLabel()->text(),
             QStringLiteral("Saved main.json, main.parameters.prod.json."));

    // The rescan finds the registry passing with the saved parameter file.
    const auto counts = scanned.window.findingsModel()->outcomeCounts();
    QCOMPARE(counts[int(FindingsModel::RowOutcome::Fail)], 0);
    QCOMPARE(counts[int(FindingsModel::RowOutcome::Pass)], 1);
}

void MultiFileFixTest::failedSaveChangesNoFile_data()
{
    QTest::addColumn<bool>("staleOnDisk");
    QTest::addColumn<QString>("expectedReason");
    QTest::newRow("parameter file changed") << true << QStringLiteral("changed on disk");
    QTest::newRow("parameter rename fails") << false << QStringLiteral("device is full");
}

void MultiFileFixTest::failedSaveChangesNoFile()
{
    QFETCH(bool, staleOnDisk);
    QFETCH(QString, expectedReason);
    ScannedWindow scanned;
    QVERIFY(scanned.open());
    FixPreview *preview = scanned.window.fixPreview();
    QCOMPARE(preview->paneCount(), 2);

    QByteArray parametersOnDisk = kTrustParameterFile;
    if (staleOnDisk) {
        // Another program edits the parameter file after the scan.
        parametersOnDisk.replace("disabled", "Disabled");
        QVERIFY(writeBytes(scanned.parametersPath, parametersOnDisk));
    } else {
        // The rename of the parameter file fails after the template was already replaced.
        const std::string parameters = scanned.parametersPath.toStdString();
        scanned.window.fixSession()->setSaveFaultHook(
            [parameters](SaveStep step, const std::string &path) -> std::string {
                return step == SaveStep::Rename && path == parameters ? "the device is full" : "";
            });
    }

    preview->applyButton()->click();
    QSignalSpy savedSpy(preview, &FixPreview::saved);
    preview->saveButton()->click();

    QCOMPARE(savedSpy.count(), 0);
    QCOMPARE(readBytes(scanned.templatePath), kTrustParameterTemplate);
    QCOMPARE(readBytes(scanned.parametersPath), parametersOnDisk);
    QVERIFY(scanned.window.isWindowModified());
    QVERIFY(preview->saveButton()->isEnabled());
    const QString status = preview->statusLabel()->text();
    QVERIFY(!preview->statusLabel()->isHidden());
    QVERIFY2(status.startsWith(QLatin1String("Nothing was saved.")), qPrintable(status));
    QVERIFY2(status.contains(kParametersName), qPrintable(status));
    QVERIFY2(status.contains(expectedReason), qPrintable(status));
    const QStringList entries = QDir(scanned.dir.path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(entries, (QStringList { kTemplateName, kParametersName }));
}

void MultiFileFixTest::sharedValueBanner_data()
{
    QTest::addColumn<QStringList>("sharedWith");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QStringList() << QString();
    QTest::newRow("one registry") << QStringList { QStringLiteral("registry 'acrb' in main.json") }
                                  << QStringLiteral(
                                         "This edit also changes: registry 'acrb' in main.json");
    QTest::newRow("registry and parameter set")
        << QStringList { QStringLiteral("registry 'acrb' in main.json"),
                         QStringLiteral("parameter set main.parameters.test.json") }
        << QStringLiteral("This edit also changes: registry 'acrb' in main.json; parameter set "
                          "main.parameters.test.json");
}

void MultiFileFixTest::sharedValueBanner()
{
    QFETCH(QStringList, sharedWith);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(kTemplateName);
    // Without a parameter file the status must be written in place to get a fix.
    QByteArray text = kTrustParameterTemplate;
    QVERIFY(writeBytes(path, text.replace("[parameters('trustStatus')]", "disabled")));

    FileScanResult file = scanFile(path.toStdString(), "main.json");
    QVERIFY(file.source);
    QCOMPARE(file.findings.size(), std::size_t(1));
    QVERIFY(file.findings.front().isFixable());
    for (const QString &entry : sharedWith)
        file.findings.front().fix->sharedWith.push_back(entry.toStdString());

    FixSession session;
    session.setSource(file.source);
    FixPreview preview(&session);
    preview.show();
    preview.showFinding(file, 0);
    QCOMPARE(preview.sharedLabel()->isVisible(), !expected.isEmpty());
    if (!expected.isEmpty())
        QCOMPARE(preview.sharedLabel()->text(), expected);

    // The findings tree names the shared resources in the finding's tooltip.
    FindingsModel model;
    model.addFile(file);
    const QString tip = model.index(0, FindingsModel::ResourceColumn, model.index(0, 0))
                            .data(Qt::ToolTipRole)
                            .toString();
    for (const QString &entry : sharedWith)
        QVERIFY2(tip.contains(entry), qPrintable(tip));
    QCOMPARE(tip.contains(QLatin1String("also changes")), !sharedWith.isEmpty());

    // A finding without a fix hides the banner again.
    preview.showMessage(QStringLiteral("nothing selected"));
    QVERIFY(!preview.sharedLabel()->isVisible());
}

void MultiFileFixTest::windowScreenshot()
{
    ScannedWindow scanned;
    QVERIFY(scanned.open());
    scanned.window.fixPreview()->fileTabs()->setCurrentIndex(1);
    QVERIFY(QTest::qWaitForWindowExposed(&scanned.window));
    const QImage image = scanned.window.grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), scanned.window.width());

    // CV_SCREENSHOT_PATH keeps the image for a person to look at.
    const QString target = qEnvironmentVariable("CV_SCREENSHOT_PATH");
    if (!target.isEmpty())
        QVERIFY2(image.save(target), qPrintable(target));
}

void MultiFileFixTest::rescanKeepsEditsOfSameText()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(kTemplateName);
    QByteArray text = kTrustParameterTemplate;
    QVERIFY(writeBytes(path, text.replace("[parameters('trustStatus')]", "disabled")));
    const FileScanResult file = scanFile(path.toStdString(), "main.json");
    QVERIFY(file.source);
    QCOMPARE(file.findings.size(), std::size_t(1));
    QVERIFY(file.findings.front().isFixable());

    FixSession session;
    session.setSource(file.source);
    QVERIFY(session.apply(file.findings.front().fix->edits).ok());
    QSignalSpy changedSpy(&session, &FixSession::changed);

    // A rescan of the unsaved file reads the same text, so the applied fix stays.
    session.setSource(scanFile(path.toStdString(), "main.json").source);
    QVERIFY(session.isModified(file.path));
    QCOMPARE(changedSpy.count(), 0);

    // Another program changes the file, so the edits no longer fit and are dropped.
    QVERIFY(writeBytes(path, text + "\n"));
    session.setSource(scanFile(path.toStdString(), "main.json").source);
    QVERIFY(!session.isModified(file.path));
    QCOMPARE(changedSpy.count(), 1);
}

QTEST_MAIN(MultiFileFixTest)
#include "tst_multifilefix.moc"
