// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "support/testsupport.h"
#include "support/windowsupport.h"
#include "ui/codeview.h"
#include "ui/filediffpane.h"
#include "ui/findingsfiltermodel.h"
#include "ui/findingsmodel.h"
#include "ui/findingspanel.h"
#include "ui/fixpreview.h"
#include "ui/fixsession.h"
#include "ui/mainwindow.h"
#include "ui/recentfolders.h"
#include "ui/ruledocview.h"
#include "ui/scancontroller.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace compliance;
using testsupport::readBytes;
using testsupport::waitForScan;
using testsupport::writeBytes;

namespace {

// A template whose registry name needs HTML escaping.
const QByteArray kEscapingTemplate
    = "{\n"
      "  \"$schema\": "
      "\"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\",\n"
      "  \"contentVersion\": \"1.0.0.0\",\n"
      "  \"resources\": [\n"
      "    {\n"
      "      \"type\": \"Microsoft.ContainerRegistry/registries\",\n"
      "      \"apiVersion\": \"2023-07-01\",\n"
      "      \"name\": \"reg<script>alert(1)</script>&co\",\n"
      "      \"location\": \"westeurope\",\n"
      "      \"sku\": { \"name\": \"Premium\" },\n"
      "      \"properties\": { \"policies\": { \"trustPolicy\": { \"type\": \"Notary\", "
      "\"status\": \"disabled\" } } }\n"
      "    }\n"
      "  ]\n"
      "}\n";

// Copies the SKU-gating case and the escaping template into `dir`.
bool prepareFolder(const QTemporaryDir &dir)
{
    const QString source
        = testsupport::sharedPath(QStringLiteral("cases/01-sku-gating/azuredeploy.json"));
    const QString target = dir.filePath(QStringLiteral("azuredeploy.json"));
    return QFile::copy(source, target)
        && QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner)
        && writeBytes(dir.filePath(QStringLiteral("escaping.json")), kEscapingTemplate);
}

// Returns the proxy index of the finding whose resolved name is `name`.
QModelIndex findFinding(const MainWindow &window, const QString &name)
{
    const QAbstractItemModel *proxy = window.filterModel();
    for (int fileRow = 0; fileRow < proxy->rowCount(); ++fileRow) {
        const QModelIndex file = proxy->index(fileRow, 0);
        for (int row = 0; row < proxy->rowCount(file); ++row) {
            const QModelIndex index = proxy->index(row, 0, file);
            if (proxy->index(row, FindingsModel::ResourceColumn, file).data().toString() == name)
                return index;
        }
    }
    return {};
}

} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fixSaveRescanExport();
    void closeWithUnsavedChanges_data();
    void closeWithUnsavedChanges();
    void recentFoldersPruned();
    void dropFolderOpensIt();
    void menuShortcuts();
    void copyLoopRowsShowFix();
    void filterHidingSelectionClearsPreview();
    void progressShownOnlyForLongScans();
    void unifiedToggleReturnsToWidth();
    void emptyFolderReportsNoTemplates();
    void smallestWindowKeepsControls();
};

void MainWindowTest::initTestCase()
{
    // Keep the recent-folder list away from the user's settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ComplianceViewerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
}

void MainWindowTest::fixSaveRescanExport()
{
    CV_REQUIRE_SHARED_DIR("cases/01-sku-gating");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(prepareFolder(dir));
    const QString templatePath = dir.filePath(QStringLiteral("azuredeploy.json"));
    const QByteArray before = readBytes(templatePath);

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(window.openFolder(dir.path()));
    QVERIFY(waitForScan(window));
    QVERIFY(window.windowTitle().contains(QDir::toNativeSeparators(dir.path())));
    QVERIFY(!window.isWindowModified());
    QCOMPARE(window.findingsModel()->rowCount(), 2);

    // Selecting a failing finding fills the preview and the rule docs.
    const QModelIndex failing = findFinding(window, QStringLiteral("registrypremoff"));
    QVERIFY(failing.isValid());
    QCOMPARE(failing.data().toString(), QStringLiteral("Fail"));
    window.findingsView()->setCurrentIndex(failing);
    FixPreview *preview = window.fixPreview();
    QCOMPARE(preview->originalView()->fileText().toUtf8(), before);
    QVERIFY(preview->fixedView()->fileText() != preview->originalView()->fileText());
    QCOMPARE(preview->originalView()->markedLines().size(), 1);
    QCOMPARE(preview->fixedView()->markedLines().size(), 1);
    // Marks are on view rows; folded lines and fillers make them differ from file lines.
    const int changedRow = preview->originalView()->markedLines().front();
    const int changedLine = preview->originalView()->fileLineAt(changedRow);
    QVERIFY(preview->originalView()
                ->document()
                ->findBlockByNumber(changedRow)
                .text()
                .contains(QLatin1String("disabled")));
    QCOMPARE(window.ruleDocView()->ruleId(), QStringLiteral("Azure.ACR.ContentTrust"));

    // Apply marks the window modified, and Save writes only the fixed line.
    preview->applyButton()->click();
    QVERIFY(window.isWindowModified());
    const QString fixedText = preview->fixedView()->fileText();
    preview->saveButton()->click();
    QVERIFY(!window.isWindowModified());
    const QByteArray after = readBytes(templatePath);
    QCOMPARE(QString::fromUtf8(after), fixedText);
    const QList<QByteArray> beforeLines = before.split('\n');
    const QList<QByteArray> afterLines = after.split('\n');
    QCOMPARE(afterLines.size(), beforeLines.size());
    for (int line = 0; line < beforeLines.size(); ++line) {
        if (line == changedLine)
            QVERIFY(afterLines[line] != beforeLines[line]);
        else
            QCOMPARE(afterLines[line], beforeLines[line]);
    }

    // The file was rescanned: the registry passes and stays selected.
    const QModelIndex rescanned = findFinding(window, QStringLiteral("registrypremoff"));
    QVERIFY(rescanned.isValid());
    QCOMPARE(rescanned.data().toString(), QStringLiteral("Pass"));
    QCOMPARE(window.findingsView()->currentIndex(), rescanned);
    QVERIFY(preview->descriptionLabel()->text().startsWith(QStringLiteral("Pass: ")));

    // The report counts the current results and escapes the template's strings.
    const auto counts = window.findingsModel()->outcomeCounts();
    const QString reportPath = dir.filePath(QStringLiteral("report.html"));
    const Status status = window.exportHtmlReport(reportPath);
    QVERIFY2(status.ok(), status.error().c_str());
    const QString report = QString::fromUtf8(readBytes(reportPath));
    QVERIFY(report.contains(
        QStringLiteral("Pass %1").arg(counts[int(FindingsModel::RowOutcome::Pass)])));
    QVERIFY(report.contains(
        QStringLiteral("Fail %1").arg(counts[int(FindingsModel::RowOutcome::Fail)])));
    QCOMPARE(counts[int(FindingsModel::RowOutcome::Pass)], 2);
    QCOMPARE(counts[int(FindingsModel::RowOutcome::Fail)], 4);
    QVERIFY(report.contains(QLatin1String("reg&lt;script&gt;alert(1)&lt;/script&gt;&amp;co")));
    QVERIFY(!report.contains(QLatin1String("<script>")));
}

void MainWindowTest::closeWithUnsavedChanges_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<bool>("fileChanged");
    QTest::newRow("save all") << int(QMessageBox::Save) << true << true;
    QTest::newRow("discard") << int(QMessageBox::Discard) << true << false;
    QTest::newRow("cancel") << int(QMessageBox::Cancel) << false << false;
}

void MainWindowTest::closeWithUnsavedChanges()
{
    QFETCH(int, answer);
    QFETCH(bool, closed);
    QFETCH(bool, fileChanged);
    CV_REQUIRE_SHARED_DIR("cases/01-sku-gating");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(prepareFolder(dir));
    const QString templatePath = dir.filePath(QStringLiteral("azuredeploy.json"));
    const QByteArray before = readBytes(templatePath);

    MainWindow window;
    window.show();
    QVERIFY(window.openFolder(dir.path()));
    QVERIFY(waitForScan(window));
    window.findingsView()->setCurrentIndex(findFinding(window, QStringLiteral("registrybasic01")));
    window.fixPreview()->applyButton()->click();
    QVERIFY(window.isWindowModified());

    window.setUnsavedChangesAnswer(static_cast<QMessageBox::StandardButton>(answer));
    QCOMPARE(window.close(), closed);
    QCOMPARE(readBytes(templatePath) != before, fileChanged);
    QCOMPARE(window.isWindowModified(), !closed);
}

void MainWindowTest::recentFoldersPruned()
{
    QTemporaryDir first;
    QTemporaryDir second;
    QVERIFY(first.isValid());
    QVERIFY(second.isValid());
    RecentFolders::clear();
    RecentFolders::add(first.path());
    RecentFolders::add(second.path());
    RecentFolders::add(first.path());
    QCOMPARE(RecentFolders::folders(), (QStringList { first.path(), second.path() }));

    QVERIFY(second.remove());
    QCOMPARE(RecentFolders::folders(), QStringList { first.path() });
    QCOMPARE(QSettings().value(QStringLiteral("recentFolders")).toStringList(),
             QStringList { first.path() });

    for (int i = 0; i < RecentFolders::kMaxEntries + 2; ++i) {
        QDir(first.path()).mkdir(QString::number(i));
        RecentFolders::add(first.filePath(QString::number(i)));
    }
    QCOMPARE(RecentFolders::folders().size(), RecentFolders::kMaxEntries);
    QCOMPARE(RecentFolders::folders().front(),
             first.filePath(QString::number(RecentFolders::kMaxEntries + 1)));

    MainWindow window;
    QVERIFY(window.recentMenu()->isEnabled());
    QCOMPARE(
        window.recentMenu()->actions().front()->text(),
        QDir::toNativeSeparators(first.filePath(QString::number(RecentFolders::kMaxEntries + 1))));
}

void MainWindowTest::dropFolderOpensIt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MainWindow window;
    window.show();

    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(dir.path()) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    QCOMPARE(window.folder(), QDir::cleanPath(dir.path()));
    QVERIFY(waitForScan(window));

    // A dropped file is not a folder and is rejected.
    const QString file = dir.filePath(QStringLiteral("a.json"));
    QVERIFY(writeBytes(file, "{}"));
    QMimeData fileMime;
    fileMime.setUrls({ QUrl::fromLocalFile(file) });
    QDragEnterEvent fileEnter(QPoint(10, 10), Qt::CopyAction, &fileMime, Qt::LeftButton,
                              Qt::NoModifier);
    fileEnter.setAccepted(false);
    QCoreApplication::sendEvent(&window, &fileEnter);
    QVERIFY(!fileEnter.isAccepted());
}

void MainWindowTest::menuShortcuts()
{
    MainWindow window;
    QCOMPARE(window.openAction()->shortcut(), QKeySequence(QKeySequence::Open));
    QCOMPARE(window.rescanAction()->shortcut(), QKeySequence(Qt::Key_F5));
    QVERIFY(!window.rescanAction()->isEnabled());
    QVERIFY(!window.exportAction()->isEnabled());
}

void MainWindowTest::progressShownOnlyForLongScans()
{
    CV_REQUIRE_SHARED_DIR("corpus/bulk");
    CV_REQUIRE_SHARED_DIR("cases/01-sku-gating");
    MainWindow window;
    window.resize(1400, 860);
    window.show();
    QProgressBar *progress = window.scanProgressBar();

    // A scan of a few files ends before the delay, so the bar never shows.
    QTemporaryDir small;
    QVERIFY(small.isValid());
    QVERIFY(prepareFolder(small));
    bool shownDuringSmallScan = false;
    QTimer probe;
    connect(&probe, &QTimer::timeout, this,
            [&] { shownDuringSmallScan = shownDuringSmallScan || progress->isVisible(); });
    probe.start(5);
    QVERIFY(window.openFolder(small.path()));
    QVERIFY(!progress->isVisible());
    QVERIFY(waitForScan(window));
    QTest::qWait(2 * MainWindow::kBusyDelayMs);
    probe.stop();
    // NOTE: a machine so loaded that eight files take over 100 ms would show the bar here.
    QVERIFY(!shownDuringSmallScan);

    // The bulk corpus takes far longer, and the bar appears once the delay has passed.
    QElapsedTimer clock;
    clock.start();
    QVERIFY(window.openFolder(testsupport::sharedPath(QStringLiteral("corpus/bulk"))));
    QVERIFY(!progress->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible() || !window.scanController()->isRunning(), 10000);
    if (!progress->isVisible())
        QSKIP("the bulk scan finished before the progress bar's delay");
    QVERIFY(clock.elapsed() >= MainWindow::kBusyDelayMs);
    QVERIFY(waitForScan(window));
    QVERIFY(!progress->isVisible());
}

void MainWindowTest::filterHidingSelectionClearsPreview()
{
    CV_REQUIRE_SHARED_DIR("cases/01-sku-gating");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(prepareFolder(dir));
    MainWindow window;
    window.resize(1400, 860);
    window.show();
    QVERIFY(window.openFolder(dir.path()));
    QVERIFY(waitForScan(window));

    // The scan selects the first failing finding, whose fix can be applied.
    FixPreview *preview = window.fixPreview();
    const QModelIndex firstFail = window.findingsView()->currentIndex();
    QVERIFY(firstFail.isValid());
    const QString firstFailText = firstFail.data(FindingsModel::SearchTextRole).toString();
    QVERIFY(preview->showsFinding());
    QVERIFY(preview->applyButton()->isEnabled());

    // A filter that hides every row must not leave the hidden finding's fix applicable.
    window.findingsPanel()->filterEdit()->setText(QStringLiteral("no-such-registry-anywhere"));
    QTRY_VERIFY(!preview->showsFinding());
    QVERIFY(!preview->applyButton()->isEnabled());
    QVERIFY(preview->descriptionLabel()->text().contains(QLatin1String("hidden by the filter")));

    // Clearing the filter selects the same finding again and offers its fix.
    window.findingsPanel()->filterEdit()->clear();
    QTRY_VERIFY(window.findingsView()->currentIndex().isValid());
    QTRY_VERIFY(preview->showsFinding());
    QVERIFY(preview->applyButton()->isEnabled());
    QVERIFY(!preview->descriptionLabel()->text().contains(QLatin1String("hidden by the filter")));
    QCOMPARE(window.findingsView()->currentIndex().data(FindingsModel::SearchTextRole).toString(),
             firstFailText);
}

void MainWindowTest::unifiedToggleReturnsToWidth()
{
    CV_REQUIRE_SHARED_DIR("cases/01-sku-gating");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(prepareFolder(dir));
    MainWindow window;
    window.resize(1900, 860);
    window.show();
    QVERIFY(window.openFolder(dir.path()));
    QVERIFY(waitForScan(window));
    FixPreview *preview = window.fixPreview();
    auto *toggle = window.findChild<QAction *>(QStringLiteral("unifiedViewAction"));
    QVERIFY(toggle);
    QVERIFY(preview->pane(0)->width() >= FileDiffPane::unifiedWidthThreshold());
    QVERIFY(!preview->isUnified());

    // Forced unified on a wide window, then back: the width decides again.
    toggle->trigger();
    QVERIFY(preview->isUnified());
    toggle->trigger();
    QVERIFY(!preview->isUnified());
    window.resize(700, 860);
    QTRY_VERIFY(preview->isUnified());

    // On the narrow window the toggle forces side by side until toggled back.
    toggle->trigger();
    QVERIFY(!preview->isUnified());
    window.resize(710, 860);
    QTest::qWait(50);
    QVERIFY(!preview->isUnified());
    toggle->trigger();
    QVERIFY(preview->isUnified());
    window.resize(1900, 860);
    QTRY_VERIFY(!preview->isUnified());
}

void MainWindowTest::emptyFolderReportsNoTemplates()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MainWindow window;
    window.show();
    QVERIFY(window.openFolder(dir.path()));
    QVERIFY(waitForScan(window));
    QVERIFY2(window.fixPreview()->descriptionLabel()->text().startsWith(
                 QStringLiteral("No templates found in ")),
             qPrintable(window.fixPreview()->descriptionLabel()->text()));

    // For JSON that is not a template, the message gives the number of files read.
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("package.json")), "{ \"name\": \"x\" }"));
    QVERIFY(window.openFolder(dir.path()));
    QVERIFY(waitForScan(window));
    QVERIFY(
        window.fixPreview()->descriptionLabel()->text().contains(QLatin1String(": 1 file read")));
    QVERIFY2(window.fixPreview()->descriptionLabel()->text().startsWith(
                 QStringLiteral("No ARM templates or Bicep files in ")),
             qPrintable(window.fixPreview()->descriptionLabel()->text()));

    // A folder with a template gives no such message.
    QVERIFY(prepareFolder(dir));
    QVERIFY(window.openFolder(dir.path()));
    QVERIFY(waitForScan(window));
    QVERIFY(!window.fixPreview()->descriptionLabel()->text().contains(QLatin1String("No ")));
}

void MainWindowTest::smallestWindowKeepsControls()
{
    CV_REQUIRE_SHARED_DIR("cases/01-sku-gating");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(prepareFolder(dir));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFolder(dir.path()));
    QVERIFY(waitForScan(window));
    // The window manager can shrink the window to its minimum size, no further.
    window.resize(window.minimumSizeHint().expandedTo(window.minimumSize()));
    QTest::qWait(50);
    FindingsPanel *panel = window.findingsPanel();
    QList<QToolButton *> buttons { panel->fixableOnlyButton(), panel->currentFileButton(),
                                   panel->suppressButton() };
    for (int outcome = 0; outcome < FindingsModel::kRowOutcomeCount; ++outcome)
        buttons << panel->outcomeButton(static_cast<FindingsModel::RowOutcome>(outcome));
    for (QToolButton *button : buttons) {
        QVERIFY(button->isVisible());
        const QRect shown(button->mapTo(panel, QPoint(0, 0)), button->size());
        QVERIFY2(panel->rect().contains(shown),
                 qPrintable(QStringLiteral("%1 at %2,%3 %4x%5 outside %6x%7")
                                .arg(button->text())
                                .arg(shown.x())
                                .arg(shown.y())
                                .arg(shown.width())
                                .arg(shown.height())
                                .arg(panel->width())
                                .arg(panel->height())));
    }
    // The list and the preview keep room for a few rows.
    QVERIFY(window.findingsView()->viewport()->height() >= 5 * window.fontMetrics().height());
    FileDiffPane *pane = window.fixPreview()->pane(0);
    CodeView *visibleView = pane->isUnified() ? pane->unifiedView() : pane->originalView();
    QVERIFY2(visibleView->visibleLineCount() >= 4,
             qPrintable(QString::number(visibleView->visibleLineCount())));
}

void MainWindowTest::copyLoopRowsShowFix()
{
    CV_REQUIRE_SHARED_DIR("cases/18-large-copy-count");
    MainWindow window;
    window.resize(1400, 860);
    window.show();
    // Nothing is saved, so the read-only case folder can be opened in place.
    QVERIFY(
        window.openFolder(testsupport::sharedPath(QStringLiteral("cases/18-large-copy-count"))));
    QVERIFY(waitForScan(window));

    const QAbstractItemModel *proxy = window.filterModel();
    QCOMPARE(proxy->rowCount(), 1);
    const QModelIndex loop = proxy->index(0, 0, proxy->index(0, 0));
    QCOMPARE(loop.data(FindingsModel::InstanceCountRole).toInt(), 800);
    QCOMPARE(proxy->rowCount(loop), 800);

    // The parent row and an instance row both show the loop body's fix.
    window.findingsView()->setCurrentIndex(loop);
    FixPreview *preview = window.fixPreview();
    QVERIFY2(preview->descriptionLabel()->text().contains(QLatin1String("\nFix: ")),
             qPrintable(preview->descriptionLabel()->text()));
    QVERIFY(preview->applyButton()->isEnabled());
    const QString parentFix = preview->fixedView()->fileText();
    QCOMPARE(preview->fixedView()->markedLines().size(), 1);

    window.findingsView()->expand(loop);
    const QModelIndex last = proxy->index(799, 0, loop);
    window.findingsView()->scrollTo(last);
    window.findingsView()->setCurrentIndex(last);
    QCOMPARE(last.data(FindingsModel::RowKindRole).toInt(), int(FindingsModel::RowKind::Instance));
    QCOMPARE(preview->fixedView()->fileText(), parentFix);
    QVERIFY(preview->applyButton()->isEnabled());

    // CV_SCREENSHOT_PATH keeps an image of the window for a person to look at.
    const QString target = qEnvironmentVariable("CV_SCREENSHOT_PATH");
    if (!target.isEmpty())
        QVERIFY2(window.grab().save(target), qPrintable(target));
}

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
