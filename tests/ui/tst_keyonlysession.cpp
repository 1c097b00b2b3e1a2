// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/scan/scanner.h"
#include "support/testsupport.h"
#include "support/windowsupport.h"
#include "ui/codeview.h"
#include "ui/edithunklist.h"
#include "ui/filediffpane.h"
#include "ui/findingsmodel.h"
#include "ui/fixpreview.h"
#include "ui/fixsession.h"
#include "ui/mainwindow.h"
#include "ui/scancontroller.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace compliance;
using testsupport::readBytes;
using testsupport::waitForScan;
using testsupport::writeBytes;

namespace {

const QString kFileName = QStringLiteral("azuredeploy.json");

// The widget that receives the next key, as a user's keyboard would send it.
QWidget *focused(QWidget *window)
{
    QWidget *widget = QApplication::focusWidget();
    return widget ? widget : window;
}

QString currentSearchText(const MainWindow &window)
{
    return window.findingsView()->currentIndex().data(FindingsModel::SearchTextRole).toString();
}

} // namespace

class KeyOnlySessionTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fixAndSaveWithKeysOnly();

private:
    QTemporaryDir m_settingsDir;
};

void KeyOnlySessionTest::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    testsupport::keepSettingsIn(m_settingsDir.path(), QStringLiteral("tst_keyonlysession"));
}

void KeyOnlySessionTest::fixAndSaveWithKeysOnly()
{
    CV_REQUIRE_SHARED_DIR("cases/17-old-api-version");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(kFileName);
    QVERIFY(writeBytes(path,
                       readBytes(testsupport::sharedPath(QStringLiteral("cases/17-old-api-version/")
                                                         + kFileName))));

    MainWindow window;
    QVERIFY(testsupport::showAndScan(window, dir.path()));
    FixPreview *preview = window.fixPreview();

    // Shift+F8 and F8 walk the findings, wrapping around. The fix of registryold01 has two
    // hunks.
    QTest::keyClick(focused(&window), Qt::Key_F8, Qt::ShiftModifier);
    for (int i = 0; i < 4 && !currentSearchText(window).contains(QLatin1String("registryold01"));
         ++i)
        QTest::keyClick(focused(&window), Qt::Key_F8);
    QVERIFY2(currentSearchText(window).contains(QLatin1String("registryold01")),
             qPrintable(currentSearchText(window)));
    QCOMPARE(preview->hunks().size(), std::size_t(2));

    // F6 moves the keyboard from the findings to the preview.
    QTest::keyClick(focused(&window), Qt::Key_F6);
    QVERIFY(preview->isAncestorOf(QApplication::focusWidget()));

    // F7 reveals the first changed block and puts the keyboard on its hunk. F7 and Shift+F7
    // walk to the second block and back.
    FileDiffPane *pane = preview->pane(0);
    QCOMPARE(pane->hunkCount(), 2);
    QTest::keyClick(focused(&window), Qt::Key_F7);
    QCOMPARE(QApplication::focusWidget(), preview->hunkList());
    QCOMPARE(pane->currentHunk(), 0);
    QCOMPARE(preview->hunkList()->currentHunk(), 0);
    QTest::keyClick(focused(&window), Qt::Key_F7);
    QCOMPARE(pane->currentHunk(), 1);
    QCOMPARE(preview->hunkList()->currentHunk(), 1);
    QTest::keyClick(focused(&window), Qt::Key_F7, Qt::ShiftModifier);
    QCOMPARE(pane->currentHunk(), 0);
    QCOMPARE(preview->hunkList()->currentHunk(), 0);

    // Space skips the hunk and takes it back.
    const QString bothHunks = preview->fixedView()->fileText();
    QTest::keyClick(focused(&window), Qt::Key_Space);
    QCOMPARE(preview->hunkList()->checkedHunks(), (std::vector<bool> { false, true }));
    QVERIFY(preview->fixedView()->fileText() != bothHunks);
    QTest::keyClick(focused(&window), Qt::Key_Space);
    QCOMPARE(preview->hunkList()->checkedHunks(), (std::vector<bool> { true, true }));
    QCOMPARE(preview->fixedView()->fileText(), bothHunks);

    const std::shared_ptr<const SourceFile> source
        = window.fixSession()->source(path.toStdString());
    QVERIFY(source);
    const Result<std::string> previewText
        = window.fixSession()->previewText(path.toStdString(), preview->checkedFixEdits());
    QVERIFY(previewText);
    const QByteArray previewBytes
        = QByteArray::fromStdString(source->encodeForDisk(previewText.value()));

    // Ctrl+Return applies, Ctrl+S saves.
    QTest::keyClick(focused(&window), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(preview->fixState(), FixState::Applied);
    QTest::keyClick(focused(&window), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(preview->fixState(), FixState::Saved);
    QCOMPARE(readBytes(path), previewBytes);

    // A fresh scan of the saved file finds the registry passing.
    const FileScanResult rescanned = scanFile(path.toStdString(), kFileName.toStdString());
    bool found = false;
    for (const Finding &finding : rescanned.findings) {
        if (finding.resolvedName != "registryold01")
            continue;
        found = true;
        QVERIFY2(finding.outcome == Outcome::Pass, outcomeName(finding.outcome).data());
    }
    QVERIFY(found);
}

QTEST_MAIN(KeyOnlySessionTest)
#include "tst_keyonlysession.moc"
