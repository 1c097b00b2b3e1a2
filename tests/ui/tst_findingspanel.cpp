// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Drives the findings pane on real scanned files: grouping, sorting, the filter syntax, quick
// filters, saved state, copying rows, the export of shown rows and the overview strip.
#include "core/report/reportwriters.h"
#include "support/testsupport.h"
#include "ui/findingnavigator.h"
#include "ui/findingsexport.h"
#include "ui/findingsfiltermodel.h"
#include "ui/findingsmodel.h"
#include "ui/findingsoverview.h"
#include "ui/findingspanel.h"
#include "ui/mainwindow.h"
#include "ui/scancontroller.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

#include <memory>

using namespace compliance;

namespace {

using RowOutcome = FindingsModel::RowOutcome;
using Grouping = FindingsModel::Grouping;

// One Premium registry whose trust policy is enabled (Pass) or disabled (Fail with a fix).
QByteArray registry(const QByteArray &name, bool enabled)
{
    return "    {\n"
           "      \"type\": \"Microsoft.ContainerRegistry/registries\",\n"
           "      \"apiVersion\": \"2023-07-01\",\n"
           "      \"name\": \""
        + name
        + "\",\n"
          "      \"location\": \"westeurope\",\n"
          "      \"sku\": { \"name\": \"Premium\" },\n"
          "      \"properties\": { \"policies\": { \"trustPolicy\": { \"type\": \"Notary\", "
          "\"status\": \""
        + (enabled ? "enabled" : "disabled") + "\" } } }\n    }";
}

QByteArray templateOf(const QList<QByteArray> &resources)
{
    QByteArray text = "{\n  \"$schema\": "
                      "\"https://schema.management.azure.com/schemas/2019-04-01/"
                      "deploymentTemplate.json#\",\n"
                      "  \"contentVersion\": \"1.0.0.0\",\n  \"resources\": [\n";
    for (int i = 0; i < resources.size(); ++i)
        text += resources[i] + (i + 1 < resources.size() ? ",\n" : "\n");
    return text + "  ]\n}\n";
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Writes main.json (passing "apass" before failing "afail") and modules/net/b.json (failing
// "bfail") into `folder`.
bool writeTwoFiles(const QString &folder)
{
    return writeFile(folder + QStringLiteral("/main.json"),
                     templateOf({ registry("apass", true), registry("afail", false) }))
        && writeFile(folder + QStringLiteral("/modules/net/b.json"),
                     templateOf({ registry("bfail", false) }));
}

// The resource names of the finding rows the proxy shows, in display order.
QStringList shownNames(const QAbstractItemModel &proxy)
{
    QStringList names;
    for (const QModelIndex &row : shownResultRows(proxy))
        names << row.siblingAtColumn(FindingsModel::ResourceColumn).data().toString();
    return names;
}

QModelIndex rowNamed(const QAbstractItemModel &proxy, const QString &name)
{
    for (const QModelIndex &row : shownResultRows(proxy)) {
        if (row.siblingAtColumn(FindingsModel::ResourceColumn).data().toString() == name)
            return row;
    }
    return {};
}

QStringList topLevelTitles(const QAbstractItemModel &model)
{
    QStringList titles;
    for (int row = 0; row < model.rowCount(); ++row)
        titles << model.index(row, 0).data().toString();
    return titles;
}

// A scanned folder shown in a findings pane, with model testers on both models.
struct PaneFixture
{
    QTemporaryDir folder;
    FindingsModel model;
    FindingsFilterModel proxy;
    std::unique_ptr<QAbstractItemModelTester> modelTester;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;
    std::unique_ptr<FindingsPanel> panel;

    bool scan()
    {
        proxy.setSourceModel(&model);
        modelTester = std::make_unique<QAbstractItemModelTester>(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxyTester = std::make_unique<QAbstractItemModelTester>(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel = std::make_unique<FindingsPanel>(&proxy);
        scanFolder(folder.path().toStdString(), {},
                   [this](const FileScanResult &file) { model.addFile(file); });
        return model.rowCount() > 0;
    }
};

} // namespace

class FindingsPanelTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void groupRowsShowCounts();
    void groupedRowsKeepSelection();
    void sortByOutcome();
    void sortBoxFollowsHeader();
    void narrowPaneWrapsControls();
    void filterSyntax_data();
    void filterSyntax();
    void quickFilters();
    void stateRestored();
    void copyAsText();
    void copyAsJson();
    void copyAsJsonWithErrors();
    void resourceSortIgnoresCase();
    void sortBoxFitsColumnName();
    void exportShownFindings();
    void overviewKeepsFailMarks();
    void overviewClickSelects();
    void accessibleFixState();
    void groupedLoopRows();
    void largeFailGroupExpanded();

private:
    QTemporaryDir m_settingsDir;
};

void FindingsPanelTest::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    testsupport::keepSettingsIn(m_settingsDir.path(), QStringLiteral("tst_findingspanel"));
}

void FindingsPanelTest::groupRowsShowCounts()
{
    PaneFixture fixture;
    QVERIFY(writeTwoFiles(fixture.folder.path()));
    QVERIFY(fixture.scan());
    const QString dot = QStringLiteral(" \u00b7 ");

    QCOMPARE(topLevelTitles(fixture.proxy),
             (QStringList { QStringLiteral("main.json  Fail 1") + dot + QStringLiteral("Pass 1"),
                            QStringLiteral("modules/net/b.json  Fail 1") }));

    fixture.panel->groupByCombo()->setCurrentIndex(int(Grouping::Outcome));
    QCOMPARE(fixture.model.grouping(), Grouping::Outcome);
    QCOMPARE(topLevelTitles(fixture.proxy),
             (QStringList { QStringLiteral("Fail  2"), QStringLiteral("Pass  1") }));
    // Rows under a group name their file in the line column.
    const QModelIndex failGroup = fixture.proxy.index(0, 0);
    QCOMPARE(fixture.proxy.rowCount(failGroup), 2);
    QCOMPARE(fixture.proxy.index(0, FindingsModel::LineColumn, failGroup).data().toString(),
             QStringLiteral("main.json:13"));
    QCOMPARE(fixture.proxy.index(1, FindingsModel::LineColumn, failGroup).data().toString(),
             QStringLiteral("modules/net/b.json:5"));
    QCOMPARE(fixture.proxy.index(1, FindingsModel::ResourceColumn, failGroup).data().toString(),
             QStringLiteral("bfail"));

    fixture.panel->groupByCombo()->setCurrentIndex(int(Grouping::Rule));
    QCOMPARE(topLevelTitles(fixture.proxy),
             QStringList { QStringLiteral("Azure.ACR.ContentTrust  Fail 2") + dot
                           + QStringLiteral("Pass 1") });

    fixture.panel->groupByCombo()->setCurrentIndex(int(Grouping::ResourceType));
    QCOMPARE(topLevelTitles(fixture.proxy),
             QStringList { QStringLiteral("Microsoft.ContainerRegistry/registries  Fail 2") + dot
                           + QStringLiteral("Pass 1") });
    const QModelIndex typeRow = rowNamed(fixture.proxy, QStringLiteral("afail"));
    QCOMPARE(typeRow.data(FindingsModel::ResourceTypeRole).toString(),
             QStringLiteral("Microsoft.ContainerRegistry/registries"));

    // A rescanned file keeps its rows inside the groups.
    scanFolder(fixture.folder.path().toStdString(), {},
               [&fixture](const FileScanResult &file) { fixture.model.addFile(file); });
    QCOMPARE(shownNames(fixture.proxy),
             (QStringList { QStringLiteral("apass"), QStringLiteral("afail"),
                            QStringLiteral("bfail") }));

    fixture.panel->groupByCombo()->setCurrentIndex(int(Grouping::File));
    QCOMPARE(fixture.proxy.rowCount(), 2);
}

void FindingsPanelTest::groupedRowsKeepSelection()
{
    PaneFixture fixture;
    QVERIFY(writeTwoFiles(fixture.folder.path()));
    QVERIFY(fixture.scan());
    QTreeView *tree = fixture.panel->treeView();
    tree->setCurrentIndex(rowNamed(fixture.proxy, QStringLiteral("bfail")));

    fixture.panel->groupByCombo()->setCurrentIndex(int(Grouping::Outcome));
    const QModelIndex current = tree->currentIndex();
    QCOMPARE(current.siblingAtColumn(FindingsModel::ResourceColumn).data().toString(),
             QStringLiteral("bfail"));
    const Finding *finding = fixture.model.findingFor(fixture.proxy.mapToSource(current));
    QVERIFY(finding);
    QCOMPARE(finding->resolvedName, std::string("bfail"));
    QCOMPARE(fixture.model.indexOfFinding(finding->path, 0), fixture.proxy.mapToSource(current));

    // F8 walks the rows in the order the groups show them: Fail rows, then Pass rows.
    QStringList walked;
    QModelIndex step;
    for (int i = 0; i < 3; ++i) {
        step = adjacentFindingIndex(fixture.proxy, step, true);
        walked << step.siblingAtColumn(FindingsModel::ResourceColumn).data().toString();
    }
    QCOMPARE(walked,
             (QStringList { QStringLiteral("afail"), QStringLiteral("bfail"),
                            QStringLiteral("apass") }));
}

void FindingsPanelTest::sortByOutcome()
{
    PaneFixture fixture;
    QVERIFY(writeTwoFiles(fixture.folder.path()));
    QVERIFY(fixture.scan());
    QCOMPARE(shownNames(fixture.proxy),
             (QStringList { QStringLiteral("apass"), QStringLiteral("afail"),
                            QStringLiteral("bfail") }));

    fixture.panel->sortCombo()->setCurrentIndex(int(FindingsPanel::SortKey::Outcome));
    QCOMPARE(shownNames(fixture.proxy),
             (QStringList { QStringLiteral("afail"), QStringLiteral("apass"),
                            QStringLiteral("bfail") }));
    QCOMPARE(fixture.proxy.index(0, 0).data(FindingsModel::RelativeFileRole).toString(),
             QStringLiteral("main.json"));

    fixture.panel->sortCombo()->setCurrentIndex(int(FindingsPanel::SortKey::Position));
    QCOMPARE(shownNames(fixture.proxy),
             (QStringList { QStringLiteral("apass"), QStringLiteral("afail"),
                            QStringLiteral("bfail") }));
}

void FindingsPanelTest::sortBoxFollowsHeader()
{
    PaneFixture fixture;
    QVERIFY(writeTwoFiles(fixture.folder.path()));
    QVERIFY(fixture.scan());
    fixture.panel->resize(900, 500);
    fixture.panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(fixture.panel.get()));
    QHeaderView *header = fixture.panel->treeView()->header();
    QComboBox *sortBox = fixture.panel->sortCombo();
    const auto clickHeader = [header](int column) {
        const QPoint centre(header->sectionViewportPosition(column)
                                + header->sectionSize(column) / 2,
                            header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
    };

    clickHeader(FindingsModel::ResourceColumn);
    QCOMPARE(header->sortIndicatorSection(), int(FindingsModel::ResourceColumn));
    QCOMPARE(sortBox->currentIndex(), int(FindingsPanel::SortKey::Column));
    QCOMPARE(sortBox->currentText(), QStringLiteral("Column: Resource"));
    QCOMPARE(shownNames(fixture.proxy),
             (QStringList { QStringLiteral("afail"), QStringLiteral("apass"),
                            QStringLiteral("bfail") }));

    clickHeader(FindingsModel::OutcomeColumn);
    QCOMPARE(sortBox->currentIndex(), int(FindingsPanel::SortKey::Outcome));

    clickHeader(FindingsModel::RuleColumn);
    QCOMPARE(sortBox->currentText(), QStringLiteral("Column: Rule"));

    // Position clears the header's sort indicator again.
    sortBox->setCurrentIndex(int(FindingsPanel::SortKey::Position));
    QCOMPARE(header->sortIndicatorSection(), -1);
    QCOMPARE(sortBox->currentIndex(), int(FindingsPanel::SortKey::Position));
}

void FindingsPanelTest::narrowPaneWrapsControls()
{
    PaneFixture fixture;
    QVERIFY(writeTwoFiles(fixture.folder.path()));
    QVERIFY(fixture.scan());
    FindingsPanel *panel = fixture.panel.get();
    panel->resize(360, 600);
    panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel));
    QCOMPARE(panel->width(), 360);

    QList<QWidget *> controls { panel->filterEdit(), panel->groupByCombo(), panel->sortCombo(),
                                panel->fixableOnlyButton(), panel->currentFileButton() };
    for (int i = 0; i < FindingsModel::kRowOutcomeCount; ++i)
        controls << panel->outcomeButton(static_cast<RowOutcome>(i));
    for (QLabel *label : panel->findChildren<QLabel *>()) {
        if (label->buddy())
            controls << label;
    }
    const QRect inside = panel->rect();
    for (QWidget *control : controls) {
        QVERIFY2(control->isVisible(), qPrintable(control->objectName()));
        const QRect rect(control->mapTo(panel, QPoint(0, 0)), control->size());
        const QString message
            = QStringLiteral("%1 %2 at %3,%4 %5x%6")
                  .arg(control->metaObject()->className(), control->accessibleName())
                  .arg(rect.x())
                  .arg(rect.y())
                  .arg(rect.width())
                  .arg(rect.height());
        QVERIFY2(inside.contains(rect), qPrintable(message));
        QVERIFY2(control->width() >= control->minimumSizeHint().width(), qPrintable(message));
    }

    // The wrapped rows push the tree down instead of overlapping it.
    const int treeTop = panel->treeView()->mapTo(panel, QPoint(0, 0)).y();
    for (QWidget *control : controls)
        QVERIFY2(control->mapTo(panel, QPoint(0, control->height())).y() <= treeTop,
                 qPrintable(control->accessibleName()));
}

void FindingsPanelTest::filterSyntax_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("names");
    const QStringList all { "apass", "afail", "bfail" };
    QTest::newRow("empty") << QString() << all;
    QTest::newRow("resource word") << QStringLiteral("APASS") << QStringList { "apass" };
    QTest::newRow("reason word") << QStringLiteral("disabled") << QStringList { "afail", "bfail" };
    QTest::newRow("rule word") << QStringLiteral("acr.contenttrust") << all;
    QTest::newRow("path word") << QStringLiteral("modules") << QStringList { "bfail" };
    QTest::newRow("name glob") << QStringLiteral("*.json") << all;
    QTest::newRow("name glob no match") << QStringLiteral("*.bicep") << QStringList {};
    QTest::newRow("folder glob") << QStringLiteral("modules/**") << QStringList { "bfail" };
    QTest::newRow("segment glob") << QStringLiteral("modules/*/b.json") << QStringList { "bfail" };
    QTest::newRow("segment glob stays in folder")
        << QStringLiteral("modules/*.json") << QStringList {};
    QTest::newRow("all terms") << QStringLiteral("disabled main.json") << QStringList { "afail" };
    QTest::newRow("word and glob")
        << QStringLiteral("fail *.json") << QStringList { "afail", "bfail" };
    QTest::newRow("excluded glob")
        << QStringLiteral("!modules/**") << QStringList { "apass", "afail" };
    QTest::newRow("excluded word and kept word")
        << QStringLiteral("!disabled main.json") << QStringList { "apass" };
    QTest::newRow("excluded term after a kept one")
        << QStringLiteral("disabled !modules") << QStringList { "afail" };
    QTest::newRow("lone bang") << QStringLiteral("! afail") << QStringList { "afail" };
    QTest::newRow("folder glob at any depth")
        << QStringLiteral("net/**") << QStringList { "bfail" };
    QTest::newRow("anchored glob") << QStringLiteral("/net/**") << QStringList {};
    QTest::newRow("anchored glob from the root")
        << QStringLiteral("/modules/**") << QStringList { "bfail" };
}

void FindingsPanelTest::filterSyntax()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, names);
    PaneFixture fixture;
    QVERIFY(writeTwoFiles(fixture.folder.path()));
    QVERIFY(fixture.scan());

    fixture.panel->filterEdit()->setText(filter);
    QCOMPARE(shownNames(fixture.proxy), names);
    QVERIFY(!fixture.panel->filterEdit()->toolTip().isEmpty());
}

void FindingsPanelTest::quickFilters()
{
    PaneFixture fixture;
    QVERIFY(writeTwoFiles(fixture.folder.path()));
    QVERIFY(fixture.scan());

    fixture.panel->fixableOnlyButton()->setChecked(true);
    QCOMPARE(shownNames(fixture.proxy),
             (QStringList { QStringLiteral("afail"), QStringLiteral("bfail") }));
    QCOMPARE(fixture.panel->outcomeButton(RowOutcome::Pass)->text(), QStringLiteral("Pass 0"));
    fixture.panel->fixableOnlyButton()->setChecked(false);

    // Without a current row there is no file to keep, so the button stays off.
    fixture.panel->currentFileButton()->setChecked(true);
    QVERIFY(!fixture.panel->currentFileButton()->isChecked());
    QCOMPARE(shownNames(fixture.proxy).size(), 3);

    fixture.panel->treeView()->setCurrentIndex(rowNamed(fixture.proxy, QStringLiteral("afail")));
    fixture.panel->currentFileButton()->setChecked(true);
    QCOMPARE(shownNames(fixture.proxy),
             (QStringList { QStringLiteral("apass"), QStringLiteral("afail") }));
    QCOMPARE(fixture.proxy.currentFileOnly(),
             QDir(fixture.folder.path()).filePath(QStringLiteral("main.json")));
    fixture.panel->currentFileButton()->setChecked(false);
    QCOMPARE(shownNames(fixture.proxy).size(), 3);
}

void FindingsPanelTest::stateRestored()
{
    const QString path = QDir(m_settingsDir.path()).filePath(QStringLiteral("pane.ini"));
    PaneFixture first;
    QVERIFY(writeTwoFiles(first.folder.path()));
    QVERIFY(first.scan());
    first.panel->filterEdit()->setText(QStringLiteral("!modules/**"));
    first.panel->groupByCombo()->setCurrentIndex(int(Grouping::Rule));
    first.panel->sortCombo()->setCurrentIndex(int(FindingsPanel::SortKey::Outcome));
    first.panel->fixableOnlyButton()->setChecked(true);
    first.panel->treeView()->setCurrentIndex(rowNamed(first.proxy, QStringLiteral("afail")));
    first.panel->currentFileButton()->setChecked(true);
    {
        QSettings settings(path, QSettings::IniFormat);
        first.panel->saveState(settings);
    }

    FindingsModel model;
    FindingsFilterModel proxy;
    proxy.setSourceModel(&model);
    FindingsPanel second(&proxy);
    const QSettings settings(path, QSettings::IniFormat);
    second.restoreState(settings);
    QCOMPARE(second.filterEdit()->text(), QStringLiteral("!modules/**"));
    QCOMPARE(second.groupByCombo()->currentIndex(), int(Grouping::Rule));
    QCOMPARE(model.grouping(), Grouping::Rule);
    QCOMPARE(second.sortCombo()->currentIndex(), int(FindingsPanel::SortKey::Outcome));
    QCOMPARE(second.treeView()->header()->sortIndicatorSection(),
             int(FindingsModel::OutcomeColumn));
    QVERIFY(second.fixableOnlyButton()->isChecked());
    QVERIFY(proxy.isFixableOnly());
    QVERIFY(second.currentFileButton()->isChecked());
    QCOMPARE(proxy.currentFileOnly(),
             QDir(first.folder.path()).filePath(QStringLiteral("main.json")));
}

void FindingsPanelTest::copyAsText()
{
    PaneFixture fixture;
    QVERIFY(writeTwoFiles(fixture.folder.path()));
    QVERIFY(fixture.scan());
    fixture.panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(fixture.panel.get()));
    QTreeView *tree = fixture.panel->treeView();
    tree->setCurrentIndex(rowNamed(fixture.proxy, QStringLiteral("afail")));
    tree->selectionModel()->select(rowNamed(fixture.proxy, QStringLiteral("bfail")),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QApplication::clipboard()->clear();

    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines
        = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(
        lines[0].startsWith(QLatin1String("Fail  main.json:13  afail  Azure.ACR.ContentTrust  ")),
        qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(
                 QLatin1String("Fail  modules/net/b.json:5  bfail  Azure.ACR.ContentTrust  ")),
             qPrintable(lines[1]));
    QVERIFY(fixture.panel->treeView()->actions().contains(fixture.panel->copyAction()));
    QVERIFY(fixture.panel->treeView()->actions().contains(fixture.panel->copyJsonAction()));
}

void FindingsPanelTest::copyAsJson()
{
    PaneFixture fixture;
    QVERIFY(writeTwoFiles(fixture.folder.path()));
    QVERIFY(fixture.scan());
    QTreeView *tree = fixture.panel->treeView();
    // A selected file row stands for the rows below it.
    tree->setCurrentIndex(fixture.proxy.index(0, 0));
    QApplication::clipboard()->clear();
    fixture.panel->copyJsonAction()->trigger();

    QJsonParseError error;
    const QJsonDocument copied
        = QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(copied.isArray());
    const QJsonArray items = copied.array();
    QCOMPARE(items.size(), 2);

    // Each copied object equals the entry of the same finding in `--format json`.
    const ScanResult scan = scanFolder(fixture.folder.path().toStdString(), {});
    const QJsonArray reported
        = QJsonDocument::fromJson(QByteArray::fromStdString(writeJsonReport(scan)))
              .object()
              .value(QStringLiteral("results"))
              .toArray();
    for (const QJsonValue &item : items) {
        const QString name = item.toObject().value(QStringLiteral("resource")).toString();
        QJsonObject expected;
        for (const QJsonValue &entry : reported) {
            if (entry.toObject().value(QStringLiteral("resource")).toString() == name)
                expected = entry.toObject();
        }
        QVERIFY2(!expected.isEmpty(), qPrintable(name));
        QCOMPARE(item.toObject(), expected);
    }
    QCOMPARE(items[0].toObject().value(QStringLiteral("resource")).toString(),
             QStringLiteral("apass"));
    QCOMPARE(items[1]
                 .toObject()
                 .value(QStringLiteral("fix"))
                 .toObject()
                 .value(QStringLiteral("files"))
                 .toArray()
                 .first()
                 .toString(),
             QStringLiteral("main.json"));
}

void FindingsPanelTest::copyAsJsonWithErrors()
{
    PaneFixture fixture;
    QVERIFY(writeTwoFiles(fixture.folder.path()));
    // A template cut off after its resources array opens: a syntax error row.
    QVERIFY(writeFile(fixture.folder.filePath(QStringLiteral("broken.json")),
                      "{\n  \"$schema\": \"https://schema.management.azure.com/schemas/"
                      "2019-04-01/deploymentTemplate.json#\",\n  \"resources\": [\n"));
    QVERIFY(fixture.scan());
    QTreeView *tree = fixture.panel->treeView();
    tree->selectAll();
    QApplication::clipboard()->clear();
    fixture.panel->copyJsonAction()->trigger();

    QJsonParseError error;
    const QJsonDocument copied
        = QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(copied.isObject());
    const QJsonObject object = copied.object();
    const QStringList keys = object.keys();
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
             (QSet<QString> { QStringLiteral("results"), QStringLiteral("errors") }));
    QCOMPARE(object.value(QStringLiteral("results")).toArray().size(), 3);

    // The error entries are those of `--format json`.
    const ScanResult scan = scanFolder(fixture.folder.path().toStdString(), {});
    const QJsonArray reported
        = QJsonDocument::fromJson(QByteArray::fromStdString(writeJsonReport(scan)))
              .object()
              .value(QStringLiteral("errors"))
              .toArray();
    QCOMPARE(reported.size(), 1);
    QCOMPARE(object.value(QStringLiteral("errors")).toArray(), reported);
    QCOMPARE(reported.first().toObject().value(QStringLiteral("file")).toString(),
             QStringLiteral("broken.json"));
}

void FindingsPanelTest::sortBoxFitsColumnName()
{
    PaneFixture fixture;
    QVERIFY(writeTwoFiles(fixture.folder.path()));
    QVERIFY(fixture.scan());
    auto *sortBy = fixture.panel->findChild<QComboBox *>(QStringLiteral("findingsSortBy"));
    QVERIFY(sortBy);
    fixture.panel->show();
    fixture.panel->treeView()->header()->setSortIndicator(FindingsModel::ResourceColumn,
                                                          Qt::AscendingOrder);
    QCOMPARE(sortBy->currentText(), QStringLiteral("Column: Resource"));
    // The box is at least as wide as its text, so the name is not cut to "Column: R…".
    QVERIFY(sortBy->width() >= sortBy->fontMetrics().horizontalAdvance(sortBy->currentText()));
}

void FindingsPanelTest::resourceSortIgnoresCase()
{
    PaneFixture fixture;
    QVERIFY(writeFile(fixture.folder.filePath(QStringLiteral("main.json")),
                      templateOf({ registry("Bravo", false), registry("alpha", false),
                                   registry("Charlie", false) })));
    QVERIFY(fixture.scan());
    fixture.proxy.sort(FindingsModel::ResourceColumn, Qt::AscendingOrder);
    QCOMPARE(shownNames(fixture.proxy),
             (QStringList { QStringLiteral("alpha"), QStringLiteral("Bravo"),
                            QStringLiteral("Charlie") }));
}

void FindingsPanelTest::exportShownFindings()
{
    QSettings().clear();
    QTemporaryDir folder;
    QVERIFY(writeTwoFiles(folder.path()));
    MainWindow window;
    window.show();
    QVERIFY(window.openFolder(folder.path()));
    QCoreApplication::processEvents();
    QVERIFY(QTest::qWaitFor([&window] { return !window.scanController()->isRunning(); }, 20000));

    window.findingsPanel()->filterEdit()->setText(QStringLiteral("modules/**"));
    const QString shownPath = folder.filePath(QStringLiteral("shown.html"));
    QVERIFY(window.exportShownHtmlReport(shownPath));
    const QByteArray shown = readFile(shownPath);
    QVERIFY(shown.contains("bfail"));
    QVERIFY(!shown.contains("afail"));
    QVERIFY(!shown.contains("apass"));

    // The full export still contains every finding.
    const QString allPath = folder.filePath(QStringLiteral("all.html"));
    QVERIFY(window.exportHtmlReport(allPath));
    const QByteArray all = readFile(allPath);
    QVERIFY(all.contains("bfail"));
    QVERIFY(all.contains("afail"));
    QVERIFY(all.contains("apass"));

    // Rows under a group get a line column wide enough for "file:line".
    window.findingsPanel()->filterEdit()->clear();
    window.findingsPanel()->groupByCombo()->setCurrentIndex(int(Grouping::Outcome));
    QTreeView *tree = window.findingsView();
    const QModelIndex bfail = rowNamed(*window.filterModel(), QStringLiteral("bfail"));
    const QString location = bfail.siblingAtColumn(FindingsModel::LineColumn).data().toString();
    QCOMPARE(location, QStringLiteral("modules/net/b.json:5"));
    QVERIFY(tree->columnWidth(FindingsModel::LineColumn)
            > tree->fontMetrics().horizontalAdvance(location));

    // CV_SCREENSHOT_PATH keeps an image of the grouped pane for a person to look at.
    const QString target = qEnvironmentVariable("CV_SCREENSHOT_PATH");
    if (!target.isEmpty())
        QVERIFY2(window.grab().save(target), qPrintable(target));
}

void FindingsPanelTest::overviewKeepsFailMarks()
{
    // 400 rows in a strip of 100 pixels: four rows share each pixel. Every 13th registry fails.
    PaneFixture fixture;
    QList<QByteArray> resources;
    for (int i = 0; i < 400; ++i)
        resources << registry("reg" + QByteArray::number(i), i % 13 != 5);
    QVERIFY(writeFile(fixture.folder.filePath(QStringLiteral("many.json")), templateOf(resources)));
    QVERIFY(fixture.scan());
    FindingsOverview *overview = fixture.panel->overview();
    overview->setFixedHeight(100);
    overview->resize(overview->sizeHint().width(), 100);

    const std::vector<QModelIndex> rows = overview->markedRows();
    QCOMPARE(int(rows.size()), 400);
    const QImage image = overview->grab().toImage();
    QCOMPARE(image.height(), 100);
    const QColor fail = FindingsOverview::markColor(RowOutcome::Fail);
    const QColor pass = FindingsOverview::markColor(RowOutcome::Pass);
    int failRows = 0;
    for (int i = 0; i < int(rows.size()); ++i) {
        if (rows[i].data(FindingsModel::OutcomeRole).toInt() != int(RowOutcome::Fail))
            continue;
        ++failRows;
        const int y = FindingsOverview::markY(i, int(rows.size()), 100);
        QCOMPARE(image.pixelColor(image.width() / 2, y), fail);
    }
    QCOMPARE(failRows, 31);
    // A pixel whose four rows all pass stays green.
    QCOMPARE(image.pixelColor(image.width() / 2, 0), pass);
}

void FindingsPanelTest::overviewClickSelects()
{
    PaneFixture fixture;
    QVERIFY(writeTwoFiles(fixture.folder.path()));
    QVERIFY(fixture.scan());
    FindingsOverview *overview = fixture.panel->overview();
    overview->setFixedHeight(90);
    overview->resize(overview->sizeHint().width(), 90);

    // Three rows in 90 pixels: the last mark, bfail, starts at pixel 60.
    QTest::mouseClick(overview, Qt::LeftButton, {}, QPoint(overview->width() / 2, 61));
    const QModelIndex current = fixture.panel->treeView()->currentIndex();
    QCOMPARE(current.siblingAtColumn(FindingsModel::ResourceColumn).data().toString(),
             QStringLiteral("bfail"));
}

void FindingsPanelTest::accessibleFixState()
{
    // The third registry's SKU comes from an if(), which gets no fix.
    QByteArray computed = registry("cfail", false);
    computed.replace("\"sku\": { \"name\": \"Premium\" }",
                     "\"sku\": { \"name\": \"[if(equals(1, 1), 'Basic', 'Premium')]\" }");
    PaneFixture fixture;
    QVERIFY(writeFile(fixture.folder.filePath(QStringLiteral("main.json")),
                      templateOf({ registry("apass", true), registry("afail", false), computed })));
    QVERIFY(fixture.scan());

    const auto describe = [&fixture](const char *name) {
        return rowNamed(fixture.proxy, QString::fromLatin1(name))
            .data(Qt::AccessibleDescriptionRole)
            .toString();
    };
    const QString fixable = describe("afail");
    QVERIFY2(fixable.contains(QLatin1String("fix available")), qPrintable(fixable));
    QVERIFY2(fixable.startsWith(QLatin1String("Fail, rule Azure.ACR.ContentTrust, resource afail, "
                                              "main.json line 13")),
             qPrintable(fixable));
    const QString unfixable = describe("cfail");
    QVERIFY2(unfixable.startsWith(QLatin1String("Fail, rule Azure.ACR.ContentTrust")),
             qPrintable(unfixable));
    QVERIFY2(unfixable.contains(QLatin1String("no fix")), qPrintable(unfixable));
    QVERIFY2(!unfixable.contains(QLatin1String("fix available")), qPrintable(unfixable));
    const QString passing = describe("apass");
    QVERIFY2(passing.startsWith(QLatin1String("Pass, rule Azure.ACR.ContentTrust")),
             qPrintable(passing));
    QVERIFY2(!passing.contains(QLatin1String("fix available")), qPrintable(passing));
}

void FindingsPanelTest::groupedLoopRows()
{
    // Three failing registries from one copy loop share a loop row with instance rows.
    QByteArray loop = registry("[format('loopreg{0}', copyIndex())]", false);
    loop.replace("\"location\"",
                 "\"copy\": { \"name\": \"regs\", \"count\": 3 },\n      \"location\"");
    PaneFixture fixture;
    QVERIFY(writeFile(fixture.folder.filePath(QStringLiteral("main.json")),
                      templateOf({ registry("apass", true), loop })));
    QVERIFY(fixture.scan());

    fixture.panel->groupByCombo()->setCurrentIndex(int(Grouping::Outcome));
    const QModelIndex failGroup = fixture.proxy.index(0, 0);
    QVERIFY2(failGroup.data().toString().startsWith(QLatin1String("Fail  1")),
             qPrintable(failGroup.data().toString()));
    QCOMPARE(fixture.proxy.rowCount(failGroup), 1);
    const QModelIndex loopRow = fixture.proxy.index(0, 0, failGroup);
    QCOMPARE(loopRow.data(FindingsModel::RowKindRole).toInt(), int(FindingsModel::RowKind::Loop));
    QCOMPARE(fixture.proxy.rowCount(loopRow), 3);
    const QModelIndex instance = fixture.proxy.index(2, 0, loopRow);
    QCOMPARE(instance.parent(), loopRow);
    QCOMPARE(instance.siblingAtColumn(FindingsModel::ResourceColumn).data().toString(),
             QStringLiteral("loopreg2 (copyIndex 2)"));
    QVERIFY(fixture.model.findingFor(fixture.proxy.mapToSource(instance)));

    // A filter on one instance keeps its loop row and group.
    fixture.panel->filterEdit()->setText(QStringLiteral("loopreg1"));
    QCOMPARE(shownNames(fixture.proxy), QStringList { QStringLiteral("loopreg1 (copyIndex 1)") });
}

void FindingsPanelTest::largeFailGroupExpanded()
{
    PaneFixture fixture;
    QList<QByteArray> resources;
    for (int i = 0; i < 40; ++i)
        resources << registry("reg" + QByteArray::number(i), false);
    QVERIFY(writeFile(fixture.folder.filePath(QStringLiteral("many.json")), templateOf(resources)));
    QVERIFY(fixture.scan());
    QTreeView *tree = fixture.panel->treeView();
    // A file of 40 findings starts collapsed, as a file with many errors does.
    QVERIFY(!tree->isExpanded(fixture.proxy.index(0, 0)));

    fixture.panel->groupByCombo()->setCurrentIndex(int(Grouping::Outcome));
    QCOMPARE(fixture.proxy.rowCount(fixture.proxy.index(0, 0)), 40);
    QVERIFY(tree->isExpanded(fixture.proxy.index(0, 0)));
}

QTEST_MAIN(FindingsPanelTest)
#include "tst_findingspanel.moc"
