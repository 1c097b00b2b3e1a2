// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "support/testsupport.h"
#include "support/windowsupport.h"
#include "ui/findingsfiltermodel.h"
#include "ui/findingsmodel.h"
#include "ui/fixpreview.h"
#include "ui/fixsession.h"
#include "ui/mainwindow.h"
#include "ui/scancontroller.h"
#include "ui/scannedfilewatcher.h"
#include "ui/stalefilebanner.h"

#include <QAction>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include <cstdio>

using namespace compliance;
using testsupport::readBytes;
using testsupport::waitForScan;
using testsupport::writeBytes;

namespace {

// Registries whose content trust is written as "disabled", so each one fails and its fix
// changes that value in place. The text starts with a UTF-8 BOM and ends lines with CRLF, which
// a save and its undo must keep byte for byte.
QByteArray registryTemplate(const QStringList &names)
{
    QStringList resources;
    for (const QString &name : names) {
        resources << QStringLiteral(
                         "    {\n"
                         "      \"type\": \"Microsoft.ContainerRegistry/registries\",\n"
                         "      \"apiVersion\": \"2023-07-01\",\n"
                         "      \"name\": \"%1\",\n"
                         "      \"location\": \"westeurope\",\n"
                         "      \"sku\": { \"name\": \"Premium\" },\n"
                         "      \"properties\": {\n"
                         "        \"policies\": { \"trustPolicy\": { \"type\": \"Notary\", "
                         "\"status\": \"disabled\" } }\n"
                         "      }\n"
                         "    }")
                         .arg(name);
    }
    QByteArray text = QStringLiteral("{\n"
                                     "  \"$schema\": \"https://schema.management.azure.com/schemas/"
                                     "2019-04-01/deploymentTemplate.json#\",\n"
                                     "  \"contentVersion\": \"1.0.0.0\",\n"
                                     "  \"resources\": [\n%1\n"
                                     "  ]\n"
                                     "}\n")
                          .arg(resources.join(QStringLiteral(",\n")))
                          .toUtf8();
    text.replace("\n", "\r\n");
    return "\xEF\xBB\xBF" + text;
}

const QString kTemplateName = QStringLiteral("main.json");
const QString kStaleMessage
    = QStringLiteral("main.json changed on disk since it was scanned. Its fixes are stale.");
const QString kDeletedMessage
    = QStringLiteral("main.json was deleted from disk since it was scanned. Its fixes are stale.");

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

int failingCount(const MainWindow &window)
{
    return window.findingsModel()->outcomeCounts()[int(FindingsModel::RowOutcome::Fail)];
}

// A window that scanned a temporary folder holding one template, with no question asked about
// unsaved fixes.
struct ScannedWindow
{
    QTemporaryDir dir;
    MainWindow window;
    QString path;

    bool open(const QByteArray &templateBytes)
    {
        path = dir.filePath(kTemplateName);
        if (!dir.isValid() || !writeBytes(path, templateBytes))
            return false;
        window.setUnsavedChangesAnswer(QMessageBox::Discard);
        window.resize(1400, 860);
        window.show();
        return window.openFolder(dir.path()) && waitForScan(window);
    }

    // Selects the first failing finding and applies its fix.
    bool applyFirstFix()
    {
        const QModelIndex failing = firstFailingFinding(window);
        if (!failing.isValid())
            return false;
        window.findingsView()->setCurrentIndex(failing);
        QPushButton *apply = window.fixPreview()->applyButton();
        if (!apply->isEnabled())
            return false;
        apply->click();
        return window.fixSession()->isModified(path.toStdString());
    }

    // Applies the first failing finding's fix and saves it with the preview's Save button.
    bool fixAndSave()
    {
        if (!applyFirstFix())
            return false;
        window.fixPreview()->saveButton()->click();
        return !window.fixSession()->isModified(path.toStdString());
    }

    StaleFileBanner *banner() const { return window.fixPreview()->staleBanner(); }
};

} // namespace

class OutsideChangesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void changeMakesFixesStale_data();
    void changeMakesFixesStale();
    void deletedFileIsNamed();
    void touchShowsNoBanner();
    void watchesOnlyFilesWithFindings();
    void undoSaveRestoresBytes_data();
    void undoSaveRestoresBytes();
    void undoSavesInTurn();
    void undoSaveRejected_data();
    void undoSaveRejected();
};

void OutsideChangesTest::initTestCase()
{
    // Keep the recent-folder list and layout away from the user's settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ComplianceViewerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_outsidechanges"));
}

void OutsideChangesTest::changeMakesFixesStale_data()
{
    QTest::addColumn<bool>("byRename");
    QTest::newRow("written in place") << false;
    QTest::newRow("replaced by rename") << true;
}

void OutsideChangesTest::changeMakesFixesStale()
{
    QFETCH(bool, byRename);
    ScannedWindow scanned;
    const QByteArray original = registryTemplate({ QStringLiteral("registryone") });
    QVERIFY(scanned.open(original));
    QVERIFY(scanned.applyFirstFix());
    QVERIFY(!scanned.banner()->isVisible());

    // Another program changes the file behind the window's back.
    QByteArray outside = original;
    outside.replace("westeurope", "northeurope");
    if (byRename) {
        const QString temporary = scanned.dir.filePath(QStringLiteral("main.json.new"));
        QVERIFY(writeBytes(temporary, outside));
        // std::rename replaces the target in one step, as editors that save atomically do.
        QCOMPARE(std::rename(QFile::encodeName(temporary).constData(),
                             QFile::encodeName(scanned.path).constData()),
                 0);
    } else {
        QVERIFY(writeBytes(scanned.path, outside));
    }

    QTRY_VERIFY(scanned.banner()->isVisible());
    QCOMPARE(scanned.banner()->messageLabel()->text(), kStaleMessage);
    QCOMPARE(scanned.banner()->paths(), QStringList { scanned.path });
    QVERIFY(scanned.banner()->rescanButton()->isEnabled());
    QVERIFY(!scanned.window.fixPreview()->applyButton()->isEnabled());

    // Save names the stale file and writes nothing.
    FixPreview *preview = scanned.window.fixPreview();
    QSignalSpy savedSpy(preview, &FixPreview::saved);
    QVERIFY(preview->saveButton()->isEnabled());
    preview->saveButton()->click();
    QCOMPARE(savedSpy.count(), 0);
    QCOMPARE(preview->statusLabel()->text(), QStringLiteral("Nothing was saved. ") + kStaleMessage);
    QCOMPARE(readBytes(scanned.path), outside);
    QVERIFY(scanned.window.fixSession()->isModified(scanned.path.toStdString()));

    // Save All reports the same message, with the file's full path.
    scanned.window.saveAllAction()->trigger();
    const QString status = scanned.window.statusBar()->currentMessage();
    QVERIFY2(
        status.contains(scanned.path + QStringLiteral(" changed on disk since it was scanned")),
        qPrintable(status));
    QCOMPARE(readBytes(scanned.path), outside);
    QVERIFY(!scanned.window.fixSession()->canUndoSave());

    // Rescan reads the new bytes, drops the stale fix and offers it again.
    scanned.banner()->rescanButton()->click();
    QVERIFY(!scanned.banner()->isVisible());
    QCOMPARE(scanned.window.fixSession()->diskState(scanned.path.toStdString()),
             DiskState::Unchanged);
    QVERIFY(!scanned.window.fixSession()->isModified(scanned.path.toStdString()));
    QCOMPARE(scanned.window.fixSession()->source(scanned.path.toStdString())->originalBytes(),
             outside.toStdString());
    QCOMPARE(failingCount(scanned.window), 1);

    // The file is still watched after a rename replaced it, so a second change shows too.
    QVERIFY(scanned.applyFirstFix());
    QByteArray second = outside;
    second.replace("northeurope", "swedencentral");
    QVERIFY(writeBytes(scanned.path, second));
    QTRY_VERIFY(scanned.banner()->isVisible());
    QCOMPARE(scanned.banner()->messageLabel()->text(), kStaleMessage);
}

void OutsideChangesTest::deletedFileIsNamed()
{
    ScannedWindow scanned;
    QVERIFY(scanned.open(registryTemplate({ QStringLiteral("registryone") })));
    QVERIFY(scanned.applyFirstFix());

    QVERIFY(QFile::remove(scanned.path));
    QTRY_VERIFY(scanned.banner()->isVisible());
    QCOMPARE(scanned.banner()->messageLabel()->text(), kDeletedMessage);

    FixPreview *preview = scanned.window.fixPreview();
    preview->saveButton()->click();
    QCOMPARE(preview->statusLabel()->text(),
             QStringLiteral("Nothing was saved. ") + kDeletedMessage);
    QVERIFY(!QFile::exists(scanned.path));

    // A rescan cannot read the file, so its fixes are dropped and the window has nothing to
    // save.
    scanned.banner()->rescanButton()->click();
    QVERIFY(!scanned.window.fixSession()->isModified(scanned.path.toStdString()));
    QVERIFY(!scanned.window.fixSession()->hasUnsavedChanges());
    QCOMPARE(scanned.window.fixSession()->diskState(scanned.path.toStdString()),
             DiskState::Deleted);
    QCOMPARE(failingCount(scanned.window), 0);

    // The file's row names the deletion and how to drop the row.
    const FindingsModel *model = scanned.window.findingsModel();
    const QModelIndex file = model->indexOfFile(scanned.path.toStdString());
    QVERIFY(file.isValid());
    QCOMPARE(model->rowCount(file), 1);
    QVERIFY2(model->index(0, FindingsModel::ReasonColumn, file)
                 .data()
                 .toString()
                 .contains(QLatin1String("deleted after the scan; rescan the folder (F5)")),
             qPrintable(model->index(0, FindingsModel::ReasonColumn, file).data().toString()));
}

void OutsideChangesTest::touchShowsNoBanner()
{
    ScannedWindow scanned;
    const QByteArray original = registryTemplate({ QStringLiteral("registryone") });
    QVERIFY(scanned.open(original));
    QVERIFY(scanned.applyFirstFix());
    QSignalSpy checkedSpy(scanned.window.fileWatcher(), &ScannedFileWatcher::fileChecked);

    // An editor writes the same bytes back and moves the modification time.
    QVERIFY(writeBytes(scanned.path, original));
    {
        QFile file(scanned.path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(60),
                                 QFileDevice::FileModificationTime));
    }

    QTRY_VERIFY(checkedSpy.count() > 0);
    QCOMPARE(checkedSpy.front().at(0).toString(), scanned.path);
    QCOMPARE(checkedSpy.front().at(1).userType(), qMetaTypeId<DiskState>());
    QCOMPARE(checkedSpy.front().at(1).value<DiskState>(), DiskState::Unchanged);
    QVERIFY(!scanned.banner()->isVisible());
    QVERIFY(scanned.window.fixSession()->isModified(scanned.path.toStdString()));

    FixPreview *preview = scanned.window.fixPreview();
    QSignalSpy savedSpy(preview, &FixPreview::saved);
    preview->saveButton()->click();
    QCOMPARE(savedSpy.count(), 1);
    QVERIFY(readBytes(scanned.path) != original);
}

void OutsideChangesTest::watchesOnlyFilesWithFindings()
{
    ScannedWindow scanned;
    // A JSON file that is no template has no findings, so it is not watched.
    QVERIFY(writeBytes(scanned.dir.filePath(QStringLiteral("settings.json")), "{ \"a\": 1 }\n"));
    QVERIFY(scanned.open(registryTemplate({ QStringLiteral("registryone") })));
    QCOMPARE(scanned.window.fileWatcher()->files(), QStringList { scanned.path });
}

void OutsideChangesTest::undoSaveRestoresBytes_data()
{
    QTest::addColumn<QString>("sharedCase");
    QTest::newRow("generated template") << QString();
    QTest::newRow("shared bom and crlf case")
        << QStringLiteral("cases/13-utf8-bom-crlf/azuredeploy.json");
}

void OutsideChangesTest::undoSaveRestoresBytes()
{
    QFETCH(QString, sharedCase);
    QByteArray original = registryTemplate({ QStringLiteral("registryone") });
    if (!sharedCase.isEmpty()) {
        CV_REQUIRE_SHARED_DIR("cases/13-utf8-bom-crlf");
        original = readBytes(testsupport::sharedPath(sharedCase));
    }
    QVERIFY(original.startsWith("\xEF\xBB\xBF"));
    QVERIFY(original.contains("\r\n"));

    ScannedWindow scanned;
    QVERIFY(scanned.open(original));
    QAction *undo = scanned.window.undoSaveAction();
    QCOMPARE(undo->shortcut(), QKeySequence(QStringLiteral("Ctrl+Alt+Z")));
    QVERIFY(scanned.window.menuBar()->actions().at(1)->menu()->actions().contains(undo));
    QVERIFY(!undo->isEnabled());

    QVERIFY(scanned.fixAndSave());
    const QByteArray saved = readBytes(scanned.path);
    QVERIFY(saved != original);
    QVERIFY(saved.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(saved.count("\r\n"), original.count("\r\n"));
    QCOMPARE(failingCount(scanned.window), 0);
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->toolTip().contains(kTemplateName), qPrintable(undo->toolTip()));

    undo->trigger();
    QCOMPARE(readBytes(scanned.path), original);
    QVERIFY(!undo->isEnabled());
    QCOMPARE(failingCount(scanned.window), 1);
    QCOMPARE(scanned.window.fixSession()->source(scanned.path.toStdString())->originalBytes(),
             original.toStdString());
    QVERIFY2(scanned.window.statusBar()->currentMessage().contains(kTemplateName),
             qPrintable(scanned.window.statusBar()->currentMessage()));
    // The window's own writes leave no stale banner once the watcher has caught up.
    QTest::qWait(3 * ScannedFileWatcher::kSettleMs);
    QVERIFY(!scanned.banner()->isVisible());
}

void OutsideChangesTest::undoSavesInTurn()
{
    ScannedWindow scanned;
    const QByteArray original
        = registryTemplate({ QStringLiteral("registryone"), QStringLiteral("registrytwo") });
    QVERIFY(scanned.open(original));
    QCOMPARE(failingCount(scanned.window), 2);

    QVERIFY(scanned.fixAndSave());
    const QByteArray afterFirst = readBytes(scanned.path);
    QCOMPARE(failingCount(scanned.window), 1);
    QVERIFY(scanned.fixAndSave());
    const QByteArray afterSecond = readBytes(scanned.path);
    QCOMPARE(failingCount(scanned.window), 0);
    QVERIFY(afterFirst != original);
    QVERIFY(afterSecond != afterFirst);

    QAction *undo = scanned.window.undoSaveAction();
    undo->trigger();
    QCOMPARE(readBytes(scanned.path), afterFirst);
    QCOMPARE(failingCount(scanned.window), 1);
    QVERIFY(undo->isEnabled());

    undo->trigger();
    QCOMPARE(readBytes(scanned.path), original);
    QCOMPARE(failingCount(scanned.window), 2);
    QVERIFY(!undo->isEnabled());
}

void OutsideChangesTest::undoSaveRejected_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expectedReason");
    QTest::newRow("file changed after save")
        << QStringLiteral("write") << QStringLiteral("changed on disk after the save");
    QTest::newRow("file deleted after save")
        << QStringLiteral("delete") << QStringLiteral("was deleted from disk after the save");
    QTest::newRow("unsaved fixes")
        << QStringLiteral("apply") << QStringLiteral("has unsaved fixes");
}

void OutsideChangesTest::undoSaveRejected()
{
    QFETCH(QString, change);
    QFETCH(QString, expectedReason);
    ScannedWindow scanned;
    QVERIFY(scanned.open(
        registryTemplate({ QStringLiteral("registryone"), QStringLiteral("registrytwo") })));
    QVERIFY(scanned.fixAndSave());
    QByteArray expectedOnDisk = readBytes(scanned.path);

    if (change == QLatin1String("write")) {
        expectedOnDisk.replace("westeurope", "northeurope");
        QVERIFY(writeBytes(scanned.path, expectedOnDisk));
    } else if (change == QLatin1String("delete")) {
        QVERIFY(QFile::remove(scanned.path));
        expectedOnDisk.clear();
    } else {
        QVERIFY(scanned.applyFirstFix());
    }

    const Status undone = scanned.window.undoLastSave();
    QVERIFY(!undone.ok());
    const QString message = QString::fromStdString(undone.error());
    QVERIFY2(message.contains(scanned.path + QLatin1Char(' ') + expectedReason),
             qPrintable(message));
    QCOMPARE(scanned.window.statusBar()->currentMessage(), message);
    QCOMPARE(readBytes(scanned.path), expectedOnDisk);
    QCOMPARE(QFile::exists(scanned.path), change != QLatin1String("delete"));
    // The save stays on the stack, so it can be undone once the file is back.
    QVERIFY(scanned.window.undoSaveAction()->isEnabled());
    QVERIFY(scanned.window.fixSession()->canUndoSave());
}

QTEST_MAIN(OutsideChangesTest)
#include "tst_outsidechanges.moc"
