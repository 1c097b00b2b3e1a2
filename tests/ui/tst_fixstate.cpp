// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/scan/scanner.h"
#include "support/testsupport.h"
#include "support/windowsupport.h"
#include "ui/codeview.h"
#include "ui/colourscheme.h"
#include "ui/diffcolours.h"
#include "ui/edithunklist.h"
#include "ui/filediffpane.h"
#include "ui/findingsfiltermodel.h"
#include "ui/findingsmodel.h"
#include "ui/fixpreview.h"
#include "ui/fixsession.h"
#include "ui/fixstate.h"
#include "ui/mainwindow.h"
#include "ui/scancontroller.h"
#include "ui/stalefilebanner.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace compliance;
using testsupport::readBytes;
using testsupport::waitForScan;
using testsupport::writeBytes;

namespace {

const QString kFileName = QStringLiteral("azuredeploy.json");

// The proxy index of the finding row whose resolved name is `name`.
QModelIndex findingRow(const MainWindow &window, const QString &name)
{
    const QAbstractItemModel *proxy = window.filterModel();
    for (int fileRow = 0; fileRow < proxy->rowCount(); ++fileRow) {
        const QModelIndex file = proxy->index(fileRow, 0);
        for (int row = 0; row < proxy->rowCount(file); ++row) {
            const QModelIndex index = proxy->index(row, 0, file);
            if (index.data(FindingsModel::SearchTextRole).toString().contains(name))
                return index;
        }
    }
    return {};
}

FixState lastState(const QSignalSpy &spy)
{
    return spy.isEmpty() ? FixState::None : spy.last().at(0).value<FixState>();
}

} // namespace

namespace QTest {
template<> char *toString(const FixState &state)
{
    return qstrdup(qPrintable(fixStateName(state)));
}
} // namespace QTest

class FixStateTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passHasNoFix();
    void badgeReadableInDarkPalette();
    void availableAppliedFailedSaved();
    void partialSaveShowsSaved();
    void applyKeepsUnfoldedLines();
    void staleRejectsSaveUntilRescan();

private:
    bool openCase(QTemporaryDir &dir, MainWindow &window);
    QTemporaryDir m_settingsDir;
};

void FixStateTest::initTestCase()
{
    qRegisterMetaType<FixState>();
    QVERIFY(m_settingsDir.isValid());
    testsupport::keepSettingsIn(m_settingsDir.path(), QStringLiteral("tst_fixstate"));
}

bool FixStateTest::openCase(QTemporaryDir &dir, MainWindow &window)
{
    const QString path = dir.filePath(kFileName);
    const QByteArray bytes = readBytes(
        testsupport::sharedPath(QStringLiteral("cases/17-old-api-version/") + kFileName));
    if (!dir.isValid() || bytes.isEmpty() || !writeBytes(path, bytes))
        return false;
    return testsupport::showAndScan(window, dir.path());
}

void FixStateTest::passHasNoFix()
{
    CV_REQUIRE_SHARED_DIR("cases/01-sku-gating");
    QTemporaryDir dir;
    const QString path = dir.filePath(kFileName);
    QVERIFY(QFile::copy(testsupport::sharedPath(QStringLiteral("cases/01-sku-gating/") + kFileName),
                        path));
    const FileScanResult result = scanFile(path.toStdString(), kFileName.toStdString());
    QVERIFY(result.source);
    FixSession session;
    session.setSource(result.source);
    FixPreview preview(&session);
    QSignalSpy spy(&preview, &FixPreview::fixStateChanged);

    int passIndex = -1;
    int failIndex = -1;
    for (int i = 0; i < static_cast<int>(result.findings.size()); ++i) {
        if (result.findings[i].resolvedName == "registrypremok")
            passIndex = i;
        if (result.findings[i].resolvedName == "registrypremoff")
            failIndex = i;
    }
    QVERIFY(passIndex >= 0);
    QVERIFY(failIndex >= 0);

    preview.showFinding(result, failIndex);
    QCOMPARE(preview.fixState(), FixState::Available);
    QCOMPARE(lastState(spy), FixState::Available);
    preview.showFinding(result, passIndex);
    QCOMPARE(preview.fixState(), FixState::None);
    QCOMPARE(lastState(spy), FixState::None);
    QCOMPARE(preview.stateLabel()->text(), QStringLiteral("No fix"));
    QCOMPARE(preview.stateLabel()->accessibleName(), QStringLiteral("Fix state: No fix"));
}

void FixStateTest::badgeReadableInDarkPalette()
{
    CV_REQUIRE_SHARED_DIR("cases/17-old-api-version");
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(openCase(dir, window));
    FixPreview *preview = window.fixPreview();
    const QModelIndex row = findingRow(window, QStringLiteral("registryold01"));
    QVERIFY(row.isValid());
    window.findingsView()->setCurrentIndex(row);
    QCOMPARE(preview->fixState(), FixState::Available);

    // The badge's colour changes with the palette; on a dark window it must stay readable.
    const QPalette dark = paletteFor(ColourScheme::Dark);
    preview->setPalette(dark);
    QLabel *badge = preview->stateLabel();
    badge->ensurePolished();
    const double ratio = DiffColours::contrastRatio(badge->palette().color(badge->foregroundRole()),
                                                    dark.color(QPalette::Window));
    QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
}

void FixStateTest::availableAppliedFailedSaved()
{
    CV_REQUIRE_SHARED_DIR("cases/17-old-api-version");
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(openCase(dir, window));
    const QString path = dir.filePath(kFileName);
    const QByteArray original = readBytes(path);
    FixPreview *preview = window.fixPreview();
    const QModelIndex row = findingRow(window, QStringLiteral("registryold01"));
    QVERIFY(row.isValid());
    window.findingsView()->setCurrentIndex(row);
    QCOMPARE(preview->fixState(), FixState::Available);
    QCOMPARE(preview->stateLabel()->text(), QStringLiteral("Fix available"));

    QSignalSpy spy(preview, &FixPreview::fixStateChanged);
    preview->applyButton()->click();
    QCOMPARE(preview->fixState(), FixState::Applied);
    QCOMPARE(lastState(spy), FixState::Applied);
    QCOMPARE(preview->stateLabel()->accessibleName(),
             QStringLiteral("Fix state: Applied, unsaved"));

    // The rename fails, so nothing is written and the badge names the error.
    const std::string target = path.toStdString();
    window.fixSession()->setSaveFaultHook(
        [target](SaveStep step, const std::string &file) -> std::string {
            return step == SaveStep::Rename && file == target ? "the device is full" : "";
        });
    preview->saveButton()->click();
    QCOMPARE(preview->fixState(), FixState::Failed);
    QCOMPARE(lastState(spy), FixState::Failed);
    // The status line shows the error; the badge names the state and keeps the error in its
    // tool tip and accessible description.
    QCOMPARE(preview->stateLabel()->text(), QStringLiteral("Save failed"));
    QVERIFY2(preview->stateLabel()->toolTip().contains(QLatin1String("the device is full")),
             qPrintable(preview->stateLabel()->toolTip()));
    QVERIFY(preview->stateLabel()->accessibleDescription().contains(
        QLatin1String("the device is full")));
    QCOMPARE(preview->stateLabel()->accessibleName(), QStringLiteral("Fix state: Save failed"));
    QVERIFY(preview->statusLabel()->text().contains(QLatin1String("the device is full")));
    QCOMPARE(readBytes(path), original);

    // A save that succeeds rescans the file, and the registry it fixed passes.
    window.fixSession()->setSaveFaultHook({});
    preview->saveButton()->click();
    QTRY_COMPARE(preview->fixState(), FixState::Saved);
    QCOMPARE(lastState(spy), FixState::Saved);
    QVERIFY(readBytes(path) != original);
    QCOMPARE(preview->stateLabel()->text(), QStringLiteral("Saved"));
}

void FixStateTest::partialSaveShowsSaved()
{
    CV_REQUIRE_SHARED_DIR("cases/17-old-api-version");
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(openCase(dir, window));
    const QString path = dir.filePath(kFileName);
    const QByteArray original = readBytes(path);
    FixPreview *preview = window.fixPreview();
    window.findingsView()->setCurrentIndex(findingRow(window, QStringLiteral("registryold01")));
    QCOMPARE(preview->hunks().size(), std::size_t(2));

    // Only the second hunk is applied and saved, so the rescanned registry still has a fix.
    preview->hunkList()->setHunkChecked(0, false);
    QCOMPARE(preview->stateLabel()->text(),
             QStringLiteral("Fix available: 1 of 2 hunks checked; the rule passes only when "
                            "every hunk is applied"));
    preview->applyButton()->click();
    QCOMPARE(preview->fixState(), FixState::Applied);
    QVERIFY2(preview->stateLabel()->text().startsWith(
                 QStringLiteral("Applied, unsaved: 1 of 2 hunks applied;")),
             qPrintable(preview->stateLabel()->text()));
    QVERIFY(preview->stateLabel()->accessibleName().contains(QLatin1String("1 of 2 hunks")));
    preview->saveButton()->click();
    QTRY_VERIFY(readBytes(path) != original);
    QTRY_COMPARE(preview->fixState(), FixState::Saved);
    QVERIFY(preview->applyButton()->isEnabled());
    QCOMPARE(preview->stateLabel()->text(), QStringLiteral("Saved"));

    // Showing the finding again keeps the badge, and a new apply replaces it.
    window.findingsView()->setCurrentIndex(findingRow(window, QStringLiteral("registryold01")));
    QCOMPARE(preview->fixState(), FixState::Saved);
    preview->applyButton()->click();
    QCOMPARE(preview->fixState(), FixState::Applied);
}

void FixStateTest::applyKeepsUnfoldedLines()
{
    CV_REQUIRE_SHARED_DIR("cases/17-old-api-version");
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(openCase(dir, window));
    FixPreview *preview = window.fixPreview();
    window.findingsView()->setCurrentIndex(findingRow(window, QStringLiteral("registryold01")));
    FileDiffPane *pane = preview->pane(0);
    const auto foldRows = [pane] {
        QList<int> rows;
        const QVector<CodeRow> &shown = pane->originalView()->rows();
        for (int row = 0; row < shown.size(); ++row) {
            if (shown[row].kind == CodeRow::Kind::Fold)
                rows << row;
        }
        return rows;
    };
    // The second registry below the fix folds away.
    const QList<int> folds = foldRows();
    QCOMPARE(folds.size(), 1);
    pane->expandFold(folds.first(), -1);
    QVERIFY(foldRows().isEmpty());

    preview->applyButton()->click();
    QCOMPARE(preview->fixState(), FixState::Applied);
    QVERIFY(foldRows().isEmpty());
    QVERIFY(pane->fixedTitle()->text().contains(QLatin1String("unsaved")));
}

void FixStateTest::staleRejectsSaveUntilRescan()
{
    CV_REQUIRE_SHARED_DIR("cases/17-old-api-version");
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(openCase(dir, window));
    const QString path = dir.filePath(kFileName);
    FixPreview *preview = window.fixPreview();
    const QModelIndex row = findingRow(window, QStringLiteral("registryold02"));
    QVERIFY(row.isValid());
    window.findingsView()->setCurrentIndex(row);
    QCOMPARE(preview->fixState(), FixState::Available);
    preview->applyButton()->click();
    QCOMPARE(preview->fixState(), FixState::Applied);

    // Another program changes the file, and the disk check marks the fix stale.
    QByteArray outside = readBytes(path);
    outside.replace("resourceGroup().location", "'westeurope'");
    QVERIFY(writeBytes(path, outside));
    window.fixSession()->checkDisk(path.toStdString());
    QTRY_COMPARE(preview->fixState(), FixState::Stale);
    QCOMPARE(preview->stateLabel()->text(), QStringLiteral("Stale"));

    preview->saveButton()->click();
    QCOMPARE(readBytes(path), outside);
    QCOMPARE(preview->fixState(), FixState::Stale);

    // The banner's Rescan is a button in the tab order, and Ctrl+Shift+R triggers it too.
    StaleFileBanner *banner = preview->staleBanner();
    QVERIFY(banner->isVisible());
    QVERIFY(banner->rescanButton()->focusPolicy() & Qt::TabFocus);
    QSignalSpy spy(preview, &FixPreview::fixStateChanged);
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QTRY_COMPARE(preview->fixState(), FixState::Available);
    QCOMPARE(lastState(spy), FixState::Available);
    QVERIFY(!banner->isVisible());
    QCOMPARE(readBytes(path), outside);
}

QTEST_MAIN(FixStateTest)
#include "tst_fixstate.moc"
