// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "support/testsupport.h"
#include "support/trustparameterfixture.h"
#include "support/windowsupport.h"
#include "ui/edithunklist.h"
#include "ui/filediffpane.h"
#include "ui/findingsfiltermodel.h"
#include "ui/findingsmodel.h"
#include "ui/fixpreview.h"
#include "ui/fixpreviewlinelist.h"
#include "ui/mainwindow.h"
#include "ui/scancontroller.h"

#include <QAccessible>
#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace compliance;
using testsupport::kTrustParameterFile;
using testsupport::kTrustParameterTemplate;
using testsupport::waitForScan;
using testsupport::writeBytes;

namespace {

QWidget *focused(QWidget *window)
{
    QWidget *widget = QApplication::focusWidget();
    return widget ? widget : window;
}

// Collects "role|name" of `interface` and every accessible descendant.
void collectAccessible(QAccessibleInterface *interface, QStringList &entries, int depth = 0)
{
    if (!interface || depth > 40)
        return;
    entries << QString::number(int(interface->role())) + QLatin1Char('|')
            + interface->text(QAccessible::Name);
    for (int i = 0; i < interface->childCount(); ++i)
        collectAccessible(interface->child(i), entries, depth + 1);
}

bool containsEntry(const QStringList &entries, QAccessible::Role role, const QString &name)
{
    return entries.contains(QString::number(int(role)) + QLatin1Char('|') + name);
}

} // namespace

class HunkWalkTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void walkRollsIntoNextTab();
    void walkSkipsOtherFindingsBlocks();
    void lineListIsAccessible();

private:
    bool open(QTemporaryDir &dir, MainWindow &window);
    QTemporaryDir m_settingsDir;
};

void HunkWalkTest::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    testsupport::keepSettingsIn(m_settingsDir.path(), QStringLiteral("tst_hunkwalk"));
}

bool HunkWalkTest::open(QTemporaryDir &dir, MainWindow &window)
{
    if (!dir.isValid()
        || !writeBytes(dir.filePath(QStringLiteral("main.json")), kTrustParameterTemplate)
        || !writeBytes(dir.filePath(QStringLiteral("main.parameters.prod.json")),
                       kTrustParameterFile))
        return false;
    // The scan selects the failing finding and shows its fix.
    return testsupport::showAndScan(window, dir.path()) && window.fixPreview()->paneCount() == 2;
}

void HunkWalkTest::walkRollsIntoNextTab()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(open(dir, window));
    FixPreview *preview = window.fixPreview();
    QCOMPARE(preview->hunks().size(), std::size_t(2));
    QCOMPARE(preview->pane(0)->hunkCount(), 1);
    QCOMPARE(preview->pane(1)->hunkCount(), 1);
    window.findingsView()->setFocus();

    QTest::keyClick(focused(&window), Qt::Key_F7);
    QCOMPARE(preview->fileTabs()->currentIndex(), 0);
    QCOMPARE(preview->pane(0)->currentHunk(), 0);
    QCOMPARE(preview->hunkList()->currentHunk(), 0);

    // Past the last block of a tab the walk goes on in the next tab, and wraps at the end.
    QTest::keyClick(focused(&window), Qt::Key_F7);
    QCOMPARE(preview->fileTabs()->currentIndex(), 1);
    QCOMPARE(preview->pane(1)->currentHunk(), 0);
    QCOMPARE(preview->hunkList()->currentHunk(), 1);

    QTest::keyClick(focused(&window), Qt::Key_F7);
    QCOMPARE(preview->fileTabs()->currentIndex(), 0);
    QCOMPARE(preview->hunkList()->currentHunk(), 0);

    QTest::keyClick(focused(&window), Qt::Key_F7, Qt::ShiftModifier);
    QCOMPARE(preview->fileTabs()->currentIndex(), 1);
    QCOMPARE(preview->hunkList()->currentHunk(), 1);
}

void HunkWalkTest::walkSkipsOtherFindingsBlocks()
{
    CV_REQUIRE_SHARED_DIR("cases/01-sku-gating");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString name = QStringLiteral("azuredeploy.json");
    QVERIFY(writeBytes(dir.filePath(name),
                       testsupport::readBytes(testsupport::sharedPath(
                           QStringLiteral("cases/01-sku-gating/") + name))));
    MainWindow window;
    QVERIFY(testsupport::showAndScan(window, dir.path()));
    FixPreview *preview = window.fixPreview();
    const auto select = [&window](const QString &resource) {
        const QAbstractItemModel *model = window.filterModel();
        const QModelIndex file = model->index(0, 0);
        for (int row = 0; row < model->rowCount(file); ++row) {
            const QModelIndex index = model->index(row, 0, file);
            if (index.data(FindingsModel::SearchTextRole).toString().contains(resource)) {
                window.findingsView()->setCurrentIndex(index);
                return true;
            }
        }
        return false;
    };

    // The first registry's fix is applied, so the last registry's preview shows its blocks
    // above the last registry's own.
    QVERIFY(select(QStringLiteral("registrybasic01")));
    preview->applyButton()->click();
    QVERIFY(select(QStringLiteral("registrypremoff")));
    QCOMPARE(preview->hunks().size(), std::size_t(1));
    const int blocks = preview->pane(0)->hunkCount();
    QVERIFY2(blocks >= 2, qPrintable(QString::number(blocks)));
    preview->hunkList()->setCurrentItem(preview->hunkList()->topLevelItem(0));
    QCOMPARE(preview->hunkList()->currentHunk(), -1);

    window.findingsView()->setFocus();
    QTest::keyClick(focused(&window), Qt::Key_F7);
    QCOMPARE(preview->pane(0)->currentHunk(), 0);
    // That block is the other finding's, so no hunk row of this fix is selected.
    QCOMPARE(preview->hunkList()->currentHunk(), -1);
    for (int block = 1; block < blocks; ++block)
        QTest::keyClick(focused(&window), Qt::Key_F7);
    QCOMPARE(preview->pane(0)->currentHunk(), blocks - 1);
    QCOMPARE(preview->hunkList()->currentHunk(), 0);
}

void HunkWalkTest::lineListIsAccessible()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(open(dir, window));
    FixPreview *preview = window.fixPreview();
    QVERIFY(!preview->isLineListShown());

    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L));
    QVERIFY(preview->isLineListShown());
    QVERIFY(preview->lineList()->isVisible());

    QStringList entries;
    collectAccessible(QAccessible::queryAccessibleInterface(&window), entries);
    QVERIFY(containsEntry(entries, QAccessible::Tree, QStringLiteral("Findings")));
    QVERIFY(containsEntry(entries, QAccessible::EditableText,
                          QStringLiteral("Original text of main.json")));
    QVERIFY(containsEntry(entries, QAccessible::EditableText,
                          QStringLiteral("Fixed text of main.json")));
    QVERIFY(containsEntry(entries, QAccessible::List,
                          QStringLiteral("Fix preview as a list of lines")));
    QVERIFY(containsEntry(entries, QAccessible::Tree, QStringLiteral("Hunks of the fix")));

    // The template's line 5 changes: "disabled" gains "enabled" in allowedValues.
    const QString removed = QStringLiteral(
        "Line 5 removed:     \"trustStatus\": { \"type\": \"string\", \"allowedValues\": [ "
        "\"disabled\" ] }");
    QVERIFY2(containsEntry(entries, QAccessible::ListItem, removed),
             qPrintable(entries.filter(QStringLiteral("Line 5")).join(QLatin1Char('\n'))));
    QVERIFY(entries.filter(QStringLiteral("Line 5 added: ")).size() == 1);
    QVERIFY(containsEntry(entries, QAccessible::ListItem, QStringLiteral("Line 1 unchanged: {")));

    // The list follows the current file tab.
    preview->fileTabs()->setCurrentIndex(1);
    entries.clear();
    collectAccessible(QAccessible::queryAccessibleInterface(preview->lineList()), entries);
    QVERIFY2(entries.filter(QStringLiteral("Line 5 added:     \"trustStatus\": { \"value\": "
                                           "\"enabled\" }"))
                     .size()
                 == 1,
             qPrintable(entries.join(QLatin1Char('\n'))));

    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L));
    QVERIFY(!preview->isLineListShown());
}

QTEST_MAIN(HunkWalkTest)
#include "tst_hunkwalk.moc"
