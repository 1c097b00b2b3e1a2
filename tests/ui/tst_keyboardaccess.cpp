// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Drives the main window from the keyboard: menu shortcuts, F8 across findings, F6 across
// panes and the Tab order, and checks the accessible names and row descriptions.
#include "support/testsupport.h"
#include "support/windowsupport.h"
#include "ui/codeview.h"
#include "ui/filediffpane.h"
#include "ui/findingnavigator.h"
#include "ui/findingsfiltermodel.h"
#include "ui/findingsmodel.h"
#include "ui/findingspanel.h"
#include "ui/fixpreview.h"
#include "ui/mainwindow.h"
#include "ui/ruledocview.h"
#include "ui/scancontroller.h"
#include "ui/whyview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace compliance;
using testsupport::waitForScan;
using testsupport::writeBytes;

namespace {

const QByteArray kHeader
    = "{\n"
      "  \"$schema\": "
      "\"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\",\n"
      "  \"contentVersion\": \"1.0.0.0\",\n"
      "  \"resources\": [\n";

QByteArray registry(const QByteArray &name, const QByteArray &status, const QByteArray &extra = {})
{
    return "    {\n"
           "      \"type\": \"Microsoft.ContainerRegistry/registries\",\n"
           "      \"apiVersion\": \"2023-07-01\",\n"
           "      \"name\": \""
        + name + "\",\n" + extra
        + "      \"location\": \"westeurope\",\n"
          "      \"sku\": { \"name\": \"Premium\" },\n"
          "      \"properties\": { \"policies\": { \"trustPolicy\": { \"type\": \"Notary\", "
          "\"status\": \""
        + status + "\" } } }\n    }";
}

// a.json: a failing and a passing registry. b.json: a copy loop of two failing registries.
// c.json: invalid JSON, which gives an error row.
bool prepareFolder(const QTemporaryDir &dir)
{
    const QByteArray a = kHeader + registry("registryone", "disabled") + ",\n"
        + registry("registrytwo", "enabled") + "\n  ]\n}\n";
    const QByteArray b = kHeader
        + registry("[format('loopreg{0}', copyIndex())]", "disabled",
                   "      \"copy\": { \"name\": \"regs\", \"count\": 2 },\n")
        + "\n  ]\n}\n";
    return writeBytes(dir.filePath(QStringLiteral("a.json")), a)
        && writeBytes(dir.filePath(QStringLiteral("b.json")), b)
        && writeBytes(dir.filePath(QStringLiteral("c.json")), "{ \"$schema\": ");
}

QString currentResource(const MainWindow &window)
{
    return window.findingsView()
        ->currentIndex()
        .siblingAtColumn(FindingsModel::ResourceColumn)
        .data()
        .toString();
}

// Returns every action of the menu bar's menus and their submenus.
QList<QAction *> menuActions(const QMenuBar *bar)
{
    QList<QAction *> actions;
    QList<QMenu *> menus;
    for (QAction *action : bar->actions()) {
        if (action->menu())
            menus << action->menu();
    }
    while (!menus.isEmpty()) {
        QMenu *menu = menus.takeFirst();
        for (QAction *action : menu->actions()) {
            actions << action;
            if (action->menu())
                menus << action->menu();
        }
    }
    return actions;
}

} // namespace

class KeyboardAccessTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void actionsHaveShortcuts_data();
    void actionsHaveShortcuts();
    void filterShortcutFocuses();
    void nextFindingWraps();
    void nextFindingFromAnyPane();
    void navigatorSkipsGroups();
    void paneFocusCycles();
    void paneFocusCyclesInUnifiedView();
    void unifiedViewToggles();
    void tabOrderInFindings();
    void accessibleNames();
    void rowDescriptions();

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_folder;
    std::unique_ptr<MainWindow> m_window;
};

void KeyboardAccessTest::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    testsupport::keepSettingsIn(m_settingsDir.path(), QStringLiteral("tst_keyboardaccess"));
    QVERIFY(m_folder.isValid());
    QVERIFY(prepareFolder(m_folder));
}

void KeyboardAccessTest::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    // Wide enough for the preview to show both sides instead of the unified view.
    m_window->resize(1800, 900);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openFolder(m_folder.path()));
    QVERIFY(waitForScan(*m_window));
}

void KeyboardAccessTest::cleanup()
{
    m_window.reset();
}

void KeyboardAccessTest::actionsHaveShortcuts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QKeySequence>("shortcut");
    QTest::newRow("open folder") << QStringLiteral("open") << QKeySequence(QKeySequence::Open);
    QTest::newRow("rescan") << QStringLiteral("rescan") << QKeySequence(Qt::Key_F5);
    QTest::newRow("save") << QStringLiteral("save") << QKeySequence(QKeySequence::Save);
    QTest::newRow("save all") << QStringLiteral("saveAll")
                              << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    QTest::newRow("revert") << QStringLiteral("revert") << QKeySequence(QKeySequence::Undo);
    QTest::newRow("apply fix") << QStringLiteral("apply")
                               << QKeySequence(int(Qt::CTRL) | int(Qt::Key_Return));
    QTest::newRow("apply all") << QStringLiteral("applyAll")
                               << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return);
    QTest::newRow("export report")
        << QStringLiteral("export") << QKeySequence(int(Qt::CTRL) | int(Qt::Key_E));
    QTest::newRow("filter focus") << QStringLiteral("filter") << QKeySequence(QKeySequence::Find);
    QTest::newRow("suppress") << QStringLiteral("suppress")
                              << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    QTest::newRow("quit") << QStringLiteral("quit") << QKeySequence(QKeySequence::Quit);
}

void KeyboardAccessTest::actionsHaveShortcuts()
{
    QFETCH(QString, name);
    QFETCH(QKeySequence, shortcut);
    const QHash<QString, QAction *> actions {
        { QStringLiteral("open"), m_window->openAction() },
        { QStringLiteral("rescan"), m_window->rescanAction() },
        { QStringLiteral("save"), m_window->saveAction() },
        { QStringLiteral("saveAll"), m_window->saveAllAction() },
        { QStringLiteral("revert"), m_window->revertAction() },
        { QStringLiteral("apply"), m_window->applyAction() },
        { QStringLiteral("applyAll"), m_window->applyAllAction() },
        { QStringLiteral("export"), m_window->exportAction() },
        { QStringLiteral("filter"), m_window->filterAction() },
        { QStringLiteral("suppress"), m_window->suppressAction() },
        { QStringLiteral("quit"), m_window->quitAction() },
    };
    QAction *action = actions.value(name);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), shortcut);
    QVERIFY(menuActions(m_window->menuBar()).contains(action));
}

void KeyboardAccessTest::filterShortcutFocuses()
{
    m_window->findingsView()->setFocus();
    QTest::keyClick(m_window->findingsView(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), m_window->findingsPanel()->filterEdit());
}

void KeyboardAccessTest::nextFindingWraps()
{
    QTreeView *tree = m_window->findingsView();
    tree->setFocus();
    // The scan selects the first failing finding, so F8 starts from there.
    QCOMPARE(currentResource(*m_window), QStringLiteral("registryone"));
    const QStringList forward { QStringLiteral("registrytwo"),
                                QStringLiteral("loopreg0 (copyIndex 0)"),
                                QStringLiteral("loopreg1 (copyIndex 1)"),
                                QStringLiteral("registryone") };
    for (const QString &expected : forward) {
        QTest::keyClick(tree, Qt::Key_F8);
        QCOMPARE(currentResource(*m_window), expected);
    }
    QTest::keyClick(tree, Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(currentResource(*m_window), QStringLiteral("loopreg1 (copyIndex 1)"));
    QTest::keyClick(tree, Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(currentResource(*m_window), QStringLiteral("loopreg0 (copyIndex 0)"));
    // The preview follows the selection.
    QVERIFY(m_window->fixPreview()->applyButton()->isEnabled());
}

void KeyboardAccessTest::nextFindingFromAnyPane()
{
    m_window->sideTabs()->setCurrentWidget(m_window->ruleDocView());
    m_window->ruleDocView()->setFocus();
    QTest::keyClick(m_window->ruleDocView(), Qt::Key_F8);
    QCOMPARE(currentResource(*m_window), QStringLiteral("registrytwo"));
    QCOMPARE(QApplication::focusWidget(), m_window->ruleDocView());

    m_window->sideTabs()->setCurrentWidget(m_window->fixPreview());
    m_window->fixPreview()->fixedView()->setFocus();
    QTest::keyClick(m_window->fixPreview()->fixedView(), Qt::Key_F8);
    QCOMPARE(currentResource(*m_window), QStringLiteral("loopreg0 (copyIndex 0)"));
}

void KeyboardAccessTest::navigatorSkipsGroups()
{
    const QAbstractItemModel *proxy = m_window->filterModel();
    // From a file row or a loop row, the next finding is the first instance below it.
    const QModelIndex fileB = proxy->index(1, 0);
    QCOMPARE(fileB.data(FindingsModel::RowKindRole).toInt(), int(FindingsModel::RowKind::File));
    const QModelIndex loop = proxy->index(0, 0, fileB);
    QCOMPARE(loop.data(FindingsModel::RowKindRole).toInt(), int(FindingsModel::RowKind::Loop));
    QCOMPARE(adjacentFindingIndex(*proxy, fileB, true), proxy->index(0, 0, loop));
    QCOMPARE(adjacentFindingIndex(*proxy, loop, true), proxy->index(0, 0, loop));
    // The error row of c.json is never a target: after the last instance comes a.json again.
    const QModelIndex lastInstance = proxy->index(1, 0, loop);
    QCOMPARE(adjacentFindingIndex(*proxy, lastInstance, true),
             proxy->index(0, 0, proxy->index(0, 0)));
    const QModelIndex errorRow = proxy->index(0, 0, proxy->index(2, 0));
    QCOMPARE(errorRow.data(FindingsModel::RowKindRole).toInt(), int(FindingsModel::RowKind::Error));
    QCOMPARE(adjacentFindingIndex(*proxy, errorRow, false), lastInstance);
    // Without findings there is nothing to select.
    FindingsModel empty;
    QVERIFY(!adjacentFindingIndex(empty, {}, true).isValid());
}

void KeyboardAccessTest::unifiedViewToggles()
{
    QTreeView *tree = m_window->findingsView();
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_F8);
    FixPreview *preview = m_window->fixPreview();
    FileDiffPane *pane = preview->pane(0);
    // The window is wide enough for both sides.
    QVERIFY(!preview->isUnified());
    QVERIFY(pane->fixedView()->isVisible());

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_U, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(preview->isUnified());
    QVERIFY(pane->unifiedView()->isVisible());
    QVERIFY(!pane->fixedView()->isVisible());
    // The choice holds for the next finding's tabs.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F8);
    QVERIFY(preview->pane(0)->isUnified());

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_U, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(!preview->isUnified());
    QVERIFY(preview->pane(0)->fixedView()->isVisible());

    // Horizontal scrolling together, which the preview's button also switches, by keyboard.
    const bool synced = preview->pane(0)->isSyncHorizontal();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_H, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(preview->pane(0)->isSyncHorizontal(), !synced);
    QCOMPARE(preview->pane(0)->syncHorizontalButton()->isChecked(), !synced);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_H, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(preview->pane(0)->isSyncHorizontal(), synced);
}

void KeyboardAccessTest::paneFocusCyclesInUnifiedView()
{
    QTreeView *tree = m_window->findingsView();
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_F8);
    FixPreview *preview = m_window->fixPreview();
    FileDiffPane *pane = preview->pane(0);
    pane->setUnified(true);
    QVERIFY(pane->isUnified());

    // The hidden side-by-side views must not take the focus.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), pane->unifiedView());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), m_window->ruleDocView());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), pane->unifiedView());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), tree);
}

void KeyboardAccessTest::paneFocusCycles()
{
    QTreeView *tree = m_window->findingsView();
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_F8);
    FixPreview *preview = m_window->fixPreview();

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), preview->originalView());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), preview->fixedView());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), m_window->ruleDocView());
    QCOMPARE(m_window->sideTabs()->currentWidget(), m_window->ruleDocView());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    WhyView *why = m_window->whyView();
    QCOMPARE(QApplication::focusWidget(), why->stepList());
    QCOMPARE(m_window->sideTabs()->currentWidget(), why);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), tree);

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), why->stepList());
    QCOMPARE(m_window->sideTabs()->currentWidget(), why);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), m_window->ruleDocView());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), preview->fixedView());
    QCOMPARE(m_window->sideTabs()->currentWidget(), preview);

    // From the filter field, which belongs to the findings pane, F6 goes to the preview.
    m_window->findingsPanel()->filterEdit()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), preview->originalView());

    // The Why tab's source view belongs to the Why pane, so F6 goes on to the findings.
    m_window->sideTabs()->setCurrentWidget(why);
    QVERIFY(why->stepList()->count() > 0);
    const QListWidgetItem *step = why->stepList()->item(0);
    QVERIFY(why->showSource(step->data(WhyView::PathRole).toString(),
                            step->data(WhyView::LineRole).toInt()));
    why->sourceView()->setFocus();
    QCOMPARE(QApplication::focusWidget(), why->sourceView());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), tree);
}

void KeyboardAccessTest::tabOrderInFindings()
{
    FindingsPanel *panel = m_window->findingsPanel();
    // With a finding selected, the Suppress button is enabled and takes focus.
    m_window->findingsView()->setCurrentIndex(
        m_window->filterModel()->index(0, 0, m_window->filterModel()->index(0, 0)));
    QVERIFY(panel->suppressButton()->isEnabled());
    panel->filterEdit()->setFocus();
    for (int i = 0; i < FindingsModel::kRowOutcomeCount; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(),
                 panel->outcomeButton(static_cast<FindingsModel::RowOutcome>(i)));
    }
    // Then the grouping and sorting boxes and the quick filters.
    const QList<QWidget *> options { panel->groupByCombo(), panel->sortCombo(),
                                     panel->fixableOnlyButton(), panel->currentFileButton() };
    for (QWidget *option : options) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), option);
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_window->findingsView());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), panel->suppressButton());

    // The read-only code views pass Tab on instead of keeping it.
    m_window->fixPreview()->originalView()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_window->fixPreview()->fixedView());
}

void KeyboardAccessTest::accessibleNames()
{
    FindingsPanel *panel = m_window->findingsPanel();
    FixPreview *preview = m_window->fixPreview();
    QList<QWidget *> widgets { panel,
                               panel->treeView(),
                               panel->filterEdit(),
                               panel->suppressButton(),
                               preview,
                               preview->originalView(),
                               preview->fixedView(),
                               preview->applyButton(),
                               preview->applyAllButton(),
                               preview->saveButton(),
                               preview->revertButton(),
                               m_window->ruleDocView(),
                               m_window->sideTabs() };
    for (int i = 0; i < FindingsModel::kRowOutcomeCount; ++i)
        widgets << panel->outcomeButton(static_cast<FindingsModel::RowOutcome>(i));
    for (QWidget *widget : widgets)
        QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());

    // The editors name the file they show.
    m_window->findingsView()->setCurrentIndex(
        m_window->filterModel()->index(0, 0, m_window->filterModel()->index(0, 0)));
    QCOMPARE(preview->originalView()->accessibleName(), QStringLiteral("Original text of a.json"));
    QCOMPARE(preview->fixedView()->accessibleName(), QStringLiteral("Fixed text of a.json"));
}

void KeyboardAccessTest::rowDescriptions()
{
    const QAbstractItemModel *proxy = m_window->filterModel();
    const QModelIndex fileA = proxy->index(0, 0);
    const QString failing
        = proxy->index(0, 0, fileA).data(Qt::AccessibleDescriptionRole).toString();
    QVERIFY2(failing.startsWith(QLatin1String("Fail, ")), qPrintable(failing));
    QVERIFY2(failing.contains(QLatin1String("rule Azure.ACR.ContentTrust")), qPrintable(failing));
    QVERIFY2(failing.contains(QLatin1String("resource registryone")), qPrintable(failing));
    QVERIFY2(failing.contains(QLatin1String("a.json line 5")), qPrintable(failing));
    QVERIFY2(failing.contains(QLatin1String("fix available")), qPrintable(failing));

    const QString passing
        = proxy->index(1, 0, fileA).data(Qt::AccessibleDescriptionRole).toString();
    QVERIFY2(passing.startsWith(QLatin1String("Pass, ")), qPrintable(passing));
    QVERIFY2(passing.contains(QLatin1String("nothing to fix")), qPrintable(passing));

    const QString instance = proxy->index(0, 0, proxy->index(0, 0, proxy->index(1, 0)))
                                 .data(Qt::AccessibleDescriptionRole)
                                 .toString();
    QVERIFY2(instance.contains(QLatin1String("resource loopreg0 (copyIndex 0)")),
             qPrintable(instance));

    const QString error
        = proxy->index(0, 0, proxy->index(2, 0)).data(Qt::AccessibleDescriptionRole).toString();
    QVERIFY2(error.startsWith(QLatin1String("Error, c.json")), qPrintable(error));
    QVERIFY2(
        fileA.data(Qt::AccessibleDescriptionRole).toString().startsWith(QLatin1String("a.json: ")),
        qPrintable(fileA.data(Qt::AccessibleDescriptionRole).toString()));
}

QTEST_MAIN(KeyboardAccessTest)
#include "tst_keyboardaccess.moc"
