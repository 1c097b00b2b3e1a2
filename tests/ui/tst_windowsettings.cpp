// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Checks that the main window's layout and filter survive a restart: one window changes them
// and is destroyed, and a second window, reading the same settings, shows them again.
#include "support/testsupport.h"
#include "ui/filediffpane.h"
#include "ui/findingsfiltermodel.h"
#include "ui/findingsmodel.h"
#include "ui/findingspanel.h"
#include "ui/fixpreview.h"
#include "ui/mainwindow.h"
#include "ui/ruledocview.h"

#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

#include <memory>

using namespace compliance;

using RowOutcome = FindingsModel::RowOutcome;

class WindowSettingsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void layoutRestored();
    void filterRestored();
    void defaultsWithoutSettings();
    void closeSavesSettings();

private:
    QTemporaryDir m_settingsDir;
};

void WindowSettingsTest::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    // Keep the test's settings in a temporary folder, away from the user's.
    testsupport::keepSettingsIn(m_settingsDir.path(), QStringLiteral("tst_windowsettings"));
}

void WindowSettingsTest::init()
{
    QSettings().clear();
}

void WindowSettingsTest::layoutRestored()
{
    QList<int> mainSizes;
    QList<int> diffSizes;
    {
        auto first = std::make_unique<MainWindow>();
        first->show();
        QVERIFY(QTest::qWaitForWindowExposed(first.get()));
        first->resize(1100, 720);
        first->mainSplitter()->setSizes({ 350, 750 });
        FileDiffPane *pane = first->fixPreview()->pane(0);
        pane->splitter()->setSizes({ 200, 500 });
        first->fixPreview()->setDiffSplitterState(pane->splitter()->saveState());
        first->sideTabs()->setCurrentWidget(first->ruleDocView());
        first->findingsView()->header()->resizeSection(FindingsModel::ResourceColumn, 321);
        QCoreApplication::processEvents();
        mainSizes = first->mainSplitter()->sizes();
        diffSizes = pane->splitter()->sizes();
        QCOMPARE(first->size(), QSize(1100, 720));
    }
    QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));

    MainWindow second;
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QCoreApplication::processEvents();
    QCOMPARE(second.size(), QSize(1100, 720));
    QCOMPARE(second.mainSplitter()->sizes(), mainSizes);
    QCOMPARE(second.sideTabs()->currentWidget(), second.ruleDocView());
    QCOMPARE(second.findingsView()->header()->sectionSize(FindingsModel::ResourceColumn), 321);
    // The docs tab is in front, so the preview's splitter is checked once it is shown.
    second.sideTabs()->setCurrentWidget(second.fixPreview());
    QCoreApplication::processEvents();
    QCOMPARE(second.fixPreview()->pane(0)->splitter()->sizes(), diffSizes);
}

void WindowSettingsTest::filterRestored()
{
    {
        MainWindow first;
        FindingsPanel *panel = first.findingsPanel();
        panel->filterEdit()->setText(QStringLiteral("registry"));
        panel->outcomeButton(RowOutcome::Pass)->setChecked(false);
        panel->outcomeButton(RowOutcome::Suppressed)->setChecked(false);
    }

    MainWindow second;
    FindingsPanel *panel = second.findingsPanel();
    QCOMPARE(panel->filterEdit()->text(), QStringLiteral("registry"));
    QCOMPARE(second.filterModel()->filterText(), QStringLiteral("registry"));
    QVERIFY(!panel->outcomeButton(RowOutcome::Pass)->isChecked());
    QVERIFY(!second.filterModel()->isOutcomeVisible(RowOutcome::Pass));
    QVERIFY(!panel->outcomeButton(RowOutcome::Suppressed)->isChecked());
    QVERIFY(!second.filterModel()->isOutcomeVisible(RowOutcome::Suppressed));
    QVERIFY(panel->outcomeButton(RowOutcome::Fail)->isChecked());
    QVERIFY(second.filterModel()->isOutcomeVisible(RowOutcome::Fail));
}

void WindowSettingsTest::defaultsWithoutSettings()
{
    MainWindow window;
    QCOMPARE(window.size(), QSize(1400, 860));
    QVERIFY(window.findingsPanel()->filterEdit()->text().isEmpty());
    for (int i = 0; i < FindingsModel::kRowOutcomeCount; ++i)
        QVERIFY(window.filterModel()->isOutcomeVisible(static_cast<RowOutcome>(i)));
    QCOMPARE(window.sideTabs()->currentWidget(), window.fixPreview());
}

void WindowSettingsTest::closeSavesSettings()
{
    MainWindow window;
    window.show();
    window.findingsPanel()->filterEdit()->setText(QStringLiteral("closing"));
    QVERIFY(window.close());
    QCOMPARE(QSettings().value(QStringLiteral("findings/filterText")).toString(),
             QStringLiteral("closing"));
}

QTEST_MAIN(WindowSettingsTest)
#include "tst_windowsettings.moc"
