// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "support/testsupport.h"
#include "ui/codeview.h"
#include "ui/filediffpane.h"
#include "ui/fixpreview.h"
#include "ui/fixsession.h"
#include "ui/linediff.h"
#include "ui/stalefilebanner.h"

#include <QFile>
#include <QFontInfo>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QtTest>

using namespace compliance;
using testsupport::readBytes;

Q_DECLARE_METATYPE(QList<int>)

namespace {

bool copyCase(const QString &caseName, const QString &target)
{
    const QString source
        = testsupport::sharedPath(QStringLiteral("cases/%1/azuredeploy.json").arg(caseName));
    return QFile::copy(source, target)
        && QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
}

int findingIndexByName(const FileScanResult &file, const std::string &name)
{
    for (int i = 0; i < static_cast<int>(file.findings.size()); ++i) {
        if (file.findings[i].resolvedName == name)
            return i;
    }
    return -1;
}

QString lineText(const CodeView *view, int line)
{
    return view->document()->findBlockByNumber(line).text();
}

} // namespace

class FixPreviewTest : public QObject
{
    Q_OBJECT

private slots:
    void lineDiff_data();
    void lineDiff();
    void lineDiffMapsLines();
    void previewMarksChangedLines();
    void applySaveRevertStates();
    void passHasNothingToFix();
    void staleFileNotSaved();
    void scrollingStaysInSync();

private:
    bool scanCopy(QTemporaryDir &dir, FileScanResult &result, FixSession &session);
};

void FixPreviewTest::lineDiff_data()
{
    QTest::addColumn<QStringList>("oldLines");
    QTest::addColumn<QStringList>("newLines");
    QTest::addColumn<QList<int>>("changedOld");
    QTest::addColumn<QList<int>>("changedNew");

    const QStringList abc { "a", "b", "c" };
    QTest::newRow("identical") << abc << abc << QList<int> {} << QList<int> {};
    QTest::newRow("replace middle")
        << abc << QStringList { "a", "x", "c" } << QList<int> { 1 } << QList<int> { 1 };
    QTest::newRow("insert two") << abc << QStringList { "a", "b", "x", "y", "c" } << QList<int> {}
                                << QList<int> { 2, 3 };
    QTest::newRow("delete first") << abc << QStringList { "b", "c" } << QList<int> { 0 }
                                  << QList<int> {};
    QTest::newRow("from empty") << QStringList {} << QStringList { "a" } << QList<int> {}
                                << QList<int> { 0 };
    QTest::newRow("two places") << QStringList { "a", "b", "c", "d", "e" }
                                << QStringList { "a", "B", "c", "d", "E", "f" }
                                << QList<int> { 1, 4 } << QList<int> { 1, 4, 5 };
    QTest::newRow("repeated lines")
        << QStringList { "}", "}", "}" } << QStringList { "}", "x", "}", "}" } << QList<int> {}
        << QList<int> { 1 };
}

void FixPreviewTest::lineDiff()
{
    QFETCH(QStringList, oldLines);
    QFETCH(QStringList, newLines);
    QFETCH(QList<int>, changedOld);
    QFETCH(QList<int>, changedNew);
    const LineDiff diff = LineDiff::compute(oldLines, newLines);
    QCOMPARE(diff.changedOldLines(), changedOld);
    QCOMPARE(diff.changedNewLines(), changedNew);
}

void FixPreviewTest::lineDiffMapsLines()
{
    const LineDiff diff = LineDiff::compute({ "a", "b", "c", "d" }, { "a", "x", "y", "c", "d" });
    QCOMPARE(diff.mapOldToNew(0), 0);
    QCOMPARE(diff.mapOldToNew(2), 3);
    QCOMPARE(diff.mapOldToNew(3), 4);
    // A removed line maps to the line after the unchanged line above it.
    QCOMPARE(diff.mapOldToNew(1), 1);
}

bool FixPreviewTest::scanCopy(QTemporaryDir &dir, FileScanResult &result, FixSession &session)
{
    const QString path = dir.filePath(QStringLiteral("azuredeploy.json"));
    if (!copyCase(QStringLiteral("01-sku-gating"), path))
        return false;
    result = scanFile(path.toStdString(), "azuredeploy.json");
    if (!result.source)
        return false;
    session.setSource(result.source);
    return true;
}

void FixPreviewTest::previewMarksChangedLines()
{
    CV_REQUIRE_SHARED_DIR("cases/01-sku-gating");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FileScanResult result;
    FixSession session;
    QVERIFY(scanCopy(dir, result, session));
    const int index = findingIndexByName(result, "registrypremoff");
    QVERIFY(index >= 0);
    QVERIFY(result.findings[index].isFixable());

    FixPreview preview(&session);
    preview.resize(1200, 700);
    preview.show();
    preview.showFinding(result, index);

    const QString original = preview.originalView()->fileText();
    const QString fixed = preview.fixedView()->fileText();
    QCOMPARE(original,
             QString::fromStdString(result.source->text())
                 .replace(QLatin1String("\r\n"), QLatin1String("\n")));
    QVERIFY(original != fixed);
    QCOMPARE(preview.originalView()->markedLines().size(), 1);
    QCOMPARE(preview.fixedView()->markedLines().size(), 1);
    const int changed = preview.originalView()->markedLines().front();
    QVERIFY(lineText(preview.originalView(), changed).contains(QLatin1String("\"disabled\"")));
    QVERIFY(lineText(preview.fixedView(), preview.fixedView()->markedLines().front())
                .contains(QLatin1String("\"enabled\"")));
    QVERIFY(preview.descriptionLabel()->text().contains(
        QString::fromStdString(result.findings[index].fix->description)));

    // The views open on the finding's line.
    const CodeView *originalView = preview.originalView();
    QCOMPARE(originalView->fileLineAt(originalView->textCursor().blockNumber()),
             result.findings[index].line - 1);
    QVERIFY(QFontInfo(preview.originalView()->font()).fixedPitch());
    QVERIFY(QFontInfo(preview.fixedView()->font()).fixedPitch());
}

void FixPreviewTest::applySaveRevertStates()
{
    CV_REQUIRE_SHARED_DIR("cases/01-sku-gating");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FileScanResult result;
    FixSession session;
    QVERIFY(scanCopy(dir, result, session));
    const int index = findingIndexByName(result, "registrybasic01");
    QVERIFY(index >= 0);

    FixPreview preview(&session);
    preview.showFinding(result, index);
    QVERIFY(preview.applyButton()->isEnabled());
    QVERIFY(preview.applyAllButton()->isEnabled());
    QVERIFY(!preview.saveButton()->isEnabled());
    QVERIFY(!preview.revertButton()->isEnabled());

    const QString pendingText = preview.fixedView()->fileText();
    preview.applyButton()->click();
    QVERIFY(session.isModified(result.path));
    QVERIFY(!preview.applyButton()->isEnabled());
    QVERIFY(preview.saveButton()->isEnabled());
    QVERIFY(preview.revertButton()->isEnabled());
    QCOMPARE(preview.fixedView()->fileText(), pendingText);

    preview.revertButton()->click();
    QVERIFY(!session.isModified(result.path));
    QVERIFY(preview.applyButton()->isEnabled());
    QVERIFY(!preview.saveButton()->isEnabled());

    // Apply All adds every failing registry's fix, and saving writes them and reports the path.
    preview.applyAllButton()->click();
    QVERIFY(!preview.applyAllButton()->isEnabled());
    const QByteArray before = readBytes(dir.filePath(QStringLiteral("azuredeploy.json")));
    QSignalSpy savedSpy(&preview, &FixPreview::saved);
    preview.saveButton()->click();
    QCOMPARE(savedSpy.count(), 1);
    QCOMPARE(savedSpy.front().front().toStringList(),
             QStringList { QString::fromStdString(result.path) });
    QVERIFY(!session.isModified(result.path));

    const FileScanResult rescanned = scanFile(result.path, "azuredeploy.json");
    QVERIFY(readBytes(dir.filePath(QStringLiteral("azuredeploy.json"))) != before);
    for (const Finding &finding : rescanned.findings)
        QCOMPARE(outcomeName(finding.outcome), std::string_view("Pass"));
}

void FixPreviewTest::passHasNothingToFix()
{
    CV_REQUIRE_SHARED_DIR("cases/01-sku-gating");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FileScanResult result;
    FixSession session;
    QVERIFY(scanCopy(dir, result, session));
    const int index = findingIndexByName(result, "registrypremok");
    QVERIFY(index >= 0);

    FixPreview preview(&session);
    preview.showFinding(result, index);
    QVERIFY(preview.descriptionLabel()->text().startsWith(QStringLiteral("Pass: ")));
    QVERIFY(preview.descriptionLabel()->text().contains(QStringLiteral("trustPolicy")));
    QVERIFY(!preview.applyButton()->isEnabled());
    QCOMPARE(preview.originalView()->fileText(), preview.fixedView()->fileText());
    QVERIFY(preview.fixedView()->markedLines().isEmpty());
}

void FixPreviewTest::staleFileNotSaved()
{
    CV_REQUIRE_SHARED_DIR("cases/01-sku-gating");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FileScanResult result;
    FixSession session;
    QVERIFY(scanCopy(dir, result, session));
    const int index = findingIndexByName(result, "registrypremnone");
    QVERIFY(index >= 0);

    // Another program changes the file after the scan.
    const QString path = dir.filePath(QStringLiteral("azuredeploy.json"));
    QByteArray changed = readBytes(path);
    changed.append("\n");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(changed);
    }

    FixPreview preview(&session);
    preview.showFinding(result, index);
    preview.applyButton()->click();
    QSignalSpy savedSpy(&preview, &FixPreview::saved);
    preview.saveButton()->click();
    QCOMPARE(savedSpy.count(), 0);
    QCOMPARE(readBytes(path), changed);
    QVERIFY(!preview.statusLabel()->isHidden());
    QCOMPARE(preview.statusLabel()->text(),
             QStringLiteral("Nothing was saved. azuredeploy.json changed on disk since it was "
                            "scanned. Its fixes are stale."));
    QVERIFY(session.isModified(result.path));
    // The banner names the file and offers the rescan that brings the fixes up to date.
    QVERIFY(!preview.staleBanner()->isHidden());
    QCOMPARE(preview.staleBanner()->paths(), QStringList { path });
}

void FixPreviewTest::scrollingStaysInSync()
{
    CV_REQUIRE_SHARED_DIR("cases/01-sku-gating");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FileScanResult result;
    FixSession session;
    QVERIFY(scanCopy(dir, result, session));

    FixPreview preview(&session);
    preview.resize(500, 200);
    // Below 900 pixels the pane would show the unified view; this test scrolls both sides.
    preview.pane(0)->setUnified(false);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    preview.showFinding(result, findingIndexByName(result, "registrybasic01"));

    QScrollBar *left = preview.originalView()->verticalScrollBar();
    QScrollBar *right = preview.fixedView()->verticalScrollBar();
    QVERIFY(left->maximum() > 3);
    left->setValue(3);
    QCOMPARE(right->value(), 3);
    right->setValue(1);
    QCOMPARE(left->value(), 1);

    QScrollBar *leftHorizontal = preview.originalView()->horizontalScrollBar();
    QScrollBar *rightHorizontal = preview.fixedView()->horizontalScrollBar();
    QVERIFY(leftHorizontal->maximum() > 0);
    leftHorizontal->setValue(leftHorizontal->maximum() / 2);
    QCOMPARE(rightHorizontal->value(), leftHorizontal->value());
}

QTEST_MAIN(FixPreviewTest)
#include "tst_fixpreview.moc"
