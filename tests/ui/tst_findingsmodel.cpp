// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "support/testsupport.h"
#include "ui/findingsfiltermodel.h"
#include "ui/findingsmodel.h"
#include "ui/findingspanel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include <memory>

using namespace compliance;

namespace {

using RowOutcome = FindingsModel::RowOutcome;

// Scans `folder` and feeds every file into `model`, as the scan controller does.
void scanInto(FindingsModel &model, const QString &folder)
{
    scanFolder(folder.toStdString(), {},
               [&model](const FileScanResult &file) { model.addFile(file); });
}

// Counts the outcomes in a case folder's expected.json, skipping NoResult entries, which get no
// row.
QMap<QString, int> expectedOutcomes(const QString &caseFolder)
{
    QFile file(caseFolder + QStringLiteral("/expected.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QMap<QString, int> counts;
    const QJsonArray resources = QJsonDocument::fromJson(file.readAll())
                                     .object()
                                     .value(QStringLiteral("resources"))
                                     .toArray();
    for (const QJsonValue &resource : resources) {
        const QString outcome = resource.toObject().value(QStringLiteral("outcome")).toString();
        if (outcome != QLatin1String("NoResult"))
            ++counts[outcome];
    }
    return counts;
}

int childRows(const QAbstractItemModel &model)
{
    int rows = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        rows += model.rowCount(model.index(row, 0));
    return rows;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(bytes);
}

// A template with one Premium registry whose trust policy status is the placeholder STATUS.
const QByteArray kRegistryTemplate
    = "{\n"
      "  \"$schema\": "
      "\"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\",\n"
      "  \"contentVersion\": \"1.0.0.0\",\n"
      "  \"resources\": [\n"
      "    {\n"
      "      \"type\": \"Microsoft.ContainerRegistry/registries\",\n"
      "      \"apiVersion\": \"2023-07-01\",\n"
      "      \"name\": \"registryone\",\n"
      "      \"location\": \"westeurope\",\n"
      "      \"sku\": { \"name\": \"Premium\" },\n"
      "      \"properties\": { \"policies\": { \"trustPolicy\": { \"type\": \"Notary\", "
      "\"status\": \"STATUS\" } } }\n"
      "    }\n"
      "  ]\n"
      "}\n";

} // namespace

class FindingsModelTest : public QObject
{
    Q_OBJECT

private slots:
    void caseOutcomes_data();
    void caseOutcomes();
    void filterText_data();
    void filterText();
    void outcomeToggles();
    void toggleCountsFollowText();
    void headerNamesShownRows();
    void errorRow();
    void replaceFileRows();
    void outcomeGroupsGrowInPlace();
    void resourceFallsBackToWrittenName();
    void largeCopyLoopRow();
    void loopRowWorstOutcome();
    void loopRowsFilterByInstance();
    void suppressedLoopRows();
};

void FindingsModelTest::caseOutcomes_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::newRow("sku gating") << QStringLiteral("01-sku-gating");
    QTest::newRow("customer key") << QStringLiteral("02-cmk-encryption");
    QTest::newRow("condition false") << QStringLiteral("08-condition-false");
    QTest::newRow("wrong policy path") << QStringLiteral("15-trustpolicy-wrong-path");
}

void FindingsModelTest::caseOutcomes()
{
    QFETCH(QString, caseName);
    CV_REQUIRE_SHARED_DIR("cases");
    const QString folder = testsupport::sharedPath(QStringLiteral("cases/") + caseName);

    FindingsModel model;
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    FindingsFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    scanInto(model, folder);

    const QMap<QString, int> expected = expectedOutcomes(folder);
    QVERIFY(!expected.isEmpty());
    const auto counts = model.outcomeCounts();
    QCOMPARE(counts[int(RowOutcome::Pass)], expected.value(QStringLiteral("Pass")));
    QCOMPARE(counts[int(RowOutcome::Fail)], expected.value(QStringLiteral("Fail")));
    QCOMPARE(counts[int(RowOutcome::NotApplicable)],
             expected.value(QStringLiteral("NotApplicable")));
    QCOMPARE(counts[int(RowOutcome::Unknown)], expected.value(QStringLiteral("Unknown")));
    QCOMPARE(childRows(model),
             expected.value(QStringLiteral("Pass")) + expected.value(QStringLiteral("Fail"))
                 + expected.value(QStringLiteral("NotApplicable"))
                 + expected.value(QStringLiteral("Unknown")));
    QCOMPARE(childRows(proxy), childRows(model));

    // expected.json is JSON but not a template, so it gets no row.
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(!model.index(row, 0)
                     .data(FindingsModel::RelativeFileRole)
                     .toString()
                     .endsWith(QLatin1String("expected.json")));
}

void FindingsModelTest::filterText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("fileRows");
    QTest::addColumn<int>("findingRows");
    QTest::newRow("empty shows all") << QString() << 1 << 5;
    QTest::newRow("one resource") << QStringLiteral("registrybasic01") << 1 << 1;
    QTest::newRow("resource prefix") << QStringLiteral("REGISTRYPREM") << 1 << 3;
    QTest::newRow("file name") << QStringLiteral("azuredeploy") << 1 << 5;
    QTest::newRow("no match") << QStringLiteral("no-such-registry") << 0 << 0;
}

void FindingsModelTest::filterText()
{
    QFETCH(QString, text);
    QFETCH(int, fileRows);
    QFETCH(int, findingRows);
    CV_REQUIRE_SHARED_DIR("cases/01-sku-gating");

    FindingsModel model;
    FindingsFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    scanInto(model, testsupport::sharedPath(QStringLiteral("cases/01-sku-gating")));

    proxy.setFilterText(text);
    QCOMPARE(proxy.rowCount(), fileRows);
    QCOMPARE(childRows(proxy), findingRows);
}

void FindingsModelTest::outcomeToggles()
{
    CV_REQUIRE_SHARED_DIR("cases/01-sku-gating");
    FindingsModel model;
    FindingsFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    scanInto(model, testsupport::sharedPath(QStringLiteral("cases/01-sku-gating")));
    const auto counts = model.outcomeCounts();
    QVERIFY(counts[int(RowOutcome::Fail)] > 0);
    QVERIFY(counts[int(RowOutcome::Pass)] > 0);

    proxy.setOutcomeVisible(RowOutcome::Fail, false);
    QCOMPARE(childRows(proxy), childRows(model) - counts[int(RowOutcome::Fail)]);
    for (int row = 0; row < proxy.rowCount(proxy.index(0, 0)); ++row)
        QVERIFY(proxy.index(row, 0, proxy.index(0, 0)).data(FindingsModel::OutcomeRole).toInt()
                != int(RowOutcome::Fail));

    proxy.setOutcomeVisible(RowOutcome::Pass, false);
    QCOMPARE(childRows(proxy),
             childRows(model) - counts[int(RowOutcome::Fail)] - counts[int(RowOutcome::Pass)]);
    QCOMPARE(proxy.rowCount(), 0);

    proxy.setOutcomeVisible(RowOutcome::Fail, true);
    QCOMPARE(childRows(proxy), counts[int(RowOutcome::Fail)]);
    QCOMPARE(proxy.rowCount(), 1);
}

void FindingsModelTest::toggleCountsFollowText()
{
    CV_REQUIRE_SHARED_DIR("cases/01-sku-gating");
    FindingsModel model;
    FindingsFilterModel proxy;
    proxy.setSourceModel(&model);
    scanInto(model, testsupport::sharedPath(QStringLiteral("cases/01-sku-gating")));

    proxy.setOutcomeVisible(RowOutcome::Pass, false);
    QCOMPARE(proxy.matchingCounts()[int(RowOutcome::Pass)],
             model.outcomeCounts()[int(RowOutcome::Pass)]);
    proxy.setFilterText(QStringLiteral("registrypremok"));
    QCOMPARE(proxy.matchingCounts()[int(RowOutcome::Pass)], 1);
    QCOMPARE(proxy.matchingCounts()[int(RowOutcome::Fail)], 0);
}

void FindingsModelTest::headerNamesShownRows()
{
    CV_REQUIRE_SHARED_DIR("cases/01-sku-gating");
    FindingsModel model;
    FindingsFilterModel proxy;
    proxy.setSourceModel(&model);
    scanInto(model, testsupport::sharedPath(QStringLiteral("cases/01-sku-gating")));
    const QModelIndex file = proxy.index(0, FindingsModel::OutcomeColumn);
    const QString totals = file.data().toString();
    QVERIFY2(!totals.contains(QLatin1String("shown")), qPrintable(totals));

    // The counts stay the file's totals, so the row adds how many rows the filter leaves.
    proxy.setFilterText(QStringLiteral("registrybasic01"));
    QCOMPARE(proxy.index(0, FindingsModel::OutcomeColumn).data().toString(),
             totals + QStringLiteral(" (1 of 5 rows shown)"));
    QVERIFY(proxy.index(0, 0)
                .data(Qt::AccessibleDescriptionRole)
                .toString()
                .endsWith(QLatin1String("(1 of 5 rows shown)")));
    QVERIFY(
        !proxy.index(0, 0, proxy.index(0, 0)).data().toString().contains(QLatin1String("shown")));

    proxy.setFilterText(QString());
    QCOMPARE(proxy.index(0, FindingsModel::OutcomeColumn).data().toString(), totals);
}

void FindingsModelTest::errorRow()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("broken.json")), "{ \"resources\": [ { \"type\": ");

    FindingsModel model;
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    scanInto(model, dir.path());

    QCOMPARE(model.rowCount(), 1);
    const QModelIndex file = model.index(0, 0);
    QCOMPARE(file.data(FindingsModel::RelativeFileRole).toString(), QStringLiteral("broken.json"));
    QVERIFY(model.rowCount(file) >= 1);
    const QModelIndex error = model.index(0, 0, file);
    QCOMPARE(error.data(FindingsModel::OutcomeRole).toInt(), int(RowOutcome::Error));
    QCOMPARE(error.data().toString(), QStringLiteral("Error"));
    QVERIFY(!model.index(0, FindingsModel::ReasonColumn, file).data().toString().isEmpty());
    QCOMPARE(model.outcomeCounts()[int(RowOutcome::Error)], model.rowCount(file));
}

void FindingsModelTest::replaceFileRows()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("azuredeploy.json"));
    QByteArray text = kRegistryTemplate;
    writeFile(path, text.replace("STATUS", "disabled"));

    FindingsModel model;
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    FindingsFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    scanInto(model, dir.path());
    QCOMPARE(model.outcomeCounts()[int(RowOutcome::Fail)], 1);

    text = kRegistryTemplate;
    writeFile(path, text.replace("STATUS", "enabled"));
    model.addFile(scanFile(path.toStdString(), "azuredeploy.json"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.outcomeCounts()[int(RowOutcome::Fail)], 0);
    QCOMPARE(model.outcomeCounts()[int(RowOutcome::Pass)], 1);
    QCOMPARE(model.index(0, 0, model.index(0, 0)).data().toString(), QStringLiteral("Pass"));

    // A file whose new text has no registry loses its row but stays known.
    writeFile(path, "{ \"resources\": [] }");
    model.addFile(scanFile(path.toStdString(), "azuredeploy.json"));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.fileCount(), 1);
}

void FindingsModelTest::outcomeGroupsGrowInPlace()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto writeRegistry = [&dir](const QString &name, const char *status) {
        QByteArray text = kRegistryTemplate;
        writeFile(dir.filePath(name), text.replace("STATUS", status));
    };
    const auto rescan = [&dir](FindingsModel &model, const QString &name) {
        model.addFile(scanFile(dir.filePath(name).toStdString(), name.toStdString()));
    };
    writeRegistry(QStringLiteral("a.json"), "disabled");
    writeRegistry(QStringLiteral("b.json"), "enabled");
    writeRegistry(QStringLiteral("c.json"), "disabled");
    writeRegistry(QStringLiteral("d.json"), "enabled");

    FindingsModel model;
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    FindingsFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTreeView tree;
    tree.setModel(&proxy);
    model.setGrouping(FindingsModel::Grouping::Outcome);

    rescan(model, QStringLiteral("b.json"));
    rescan(model, QStringLiteral("c.json"));
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex failGroup = proxy.index(0, 0);
    QVERIFY(failGroup.data().toString().startsWith(QLatin1String("Fail")));
    tree.expand(failGroup);
    const QPersistentModelIndex selected(proxy.index(0, 0, failGroup));
    QCOMPARE(model.findingFor(proxy.mapToSource(selected))->file, std::string("c.json"));
    tree.setCurrentIndex(selected);
    const QPersistentModelIndex persistentGroup(failGroup);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    // a.json joins the Fail group above c.json, b.json moves from the Pass group to the Fail
    // group and so removes the Pass group, and d.json creates the Pass group again.
    rescan(model, QStringLiteral("a.json"));
    writeRegistry(QStringLiteral("b.json"), "disabled");
    rescan(model, QStringLiteral("b.json"));
    QCOMPARE(model.rowCount(), 1);
    rescan(model, QStringLiteral("d.json"));

    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.row(), 2);
    QCOMPARE(model.findingFor(proxy.mapToSource(selected))->file, std::string("c.json"));
    QCOMPARE(QPersistentModelIndex(tree.currentIndex()), selected);
    QVERIFY(tree.selectionModel()->isSelected(selected));
    QVERIFY(persistentGroup.isValid());
    QVERIFY(tree.isExpanded(persistentGroup));

    const QModelIndex fails = model.index(0, 0);
    QCOMPARE(model.rowCount(fails), 3);
    QStringList failFiles;
    for (int row = 0; row < model.rowCount(fails); ++row)
        failFiles << QString::fromStdString(model.findingFor(model.index(row, 0, fails))->file);
    QCOMPARE(failFiles,
             (QStringList { QStringLiteral("a.json"), QStringLiteral("b.json"),
                            QStringLiteral("c.json") }));
    QVERIFY(fails.siblingAtColumn(FindingsModel::ReasonColumn)
                .data()
                .toString()
                .contains(QLatin1String("3")));
    const QModelIndex passes = model.index(1, 0);
    QVERIFY(passes.data().toString().startsWith(QLatin1String("Pass")));
    QCOMPARE(model.rowCount(passes), 1);
    QCOMPARE(model.findingFor(model.index(0, 0, passes))->file, std::string("d.json"));
}

void FindingsModelTest::resourceFallsBackToWrittenName()
{
    FileScanResult file;
    file.file = "main.json";
    file.path = "/tmp/main.json";
    Finding unresolved;
    unresolved.ruleId = "Azure.ACR.ContentTrust";
    unresolved.outcome = Outcome::Unknown;
    unresolved.resource = "[parameters('name')]";
    unresolved.reason = "the name parameter has no value";
    Finding resolved = unresolved;
    resolved.outcome = Outcome::Fail;
    resolved.resolvedName = "registrytwo";
    file.findings = { unresolved, resolved };

    FindingsModel model;
    model.addFile(file);
    const QModelIndex parent = model.index(0, 0);
    QCOMPARE(model.index(0, FindingsModel::ResourceColumn, parent).data().toString(),
             QStringLiteral("[parameters('name')]"));
    QCOMPARE(model.index(1, FindingsModel::ResourceColumn, parent).data().toString(),
             QStringLiteral("registrytwo"));
    const QString tip
        = model.index(1, FindingsModel::ResourceColumn, parent).data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(QStringLiteral("[parameters('name')]")));
    QVERIFY(tip.contains(QStringLiteral("the name parameter has no value")));
    QCOMPARE(model.index(0, 0, parent).data(FindingsModel::FilePathRole).toString(),
             QStringLiteral("/tmp/main.json"));
    QCOMPARE(model.index(1, 0, parent).data(FindingsModel::FindingIndexRole).toInt(), 1);
    QCOMPARE(model.index(0, FindingsModel::ReasonColumn).data().toString(),
             QStringLiteral("Fail 1, Unknown 1"));
}

namespace {

// Two findings of one looped declaration: copies 0 and 3 fail, copies 1, 2 and 4 pass. A
// second registry without a loop follows.
FileScanResult loopFile()
{
    FileScanResult file;
    file.file = "loop.json";
    file.path = "/tmp/loop.json";
    Finding pass;
    pass.ruleId = "Azure.ACR.ContentTrust";
    pass.outcome = Outcome::Pass;
    pass.path = file.path;
    pass.file = file.file;
    pass.line = 9;
    pass.column = 5;
    pass.resource = "[format('registry{0}', copyIndex())]";
    pass.reason = "trust policy is enabled";
    pass.instanceCount = 3;
    pass.instances = { { 1, "registry1" }, { 2, "registry2" }, { 4, "registry4" } };
    Finding fail = pass;
    fail.outcome = Outcome::Fail;
    fail.reason = "trust policy is disabled";
    fail.instanceCount = 2;
    fail.instances = { { 0, "registry0" }, { 3, "" } };
    Finding single;
    single.ruleId = pass.ruleId;
    single.outcome = Outcome::Unknown;
    single.path = file.path;
    single.file = file.file;
    single.line = 20;
    single.column = 5;
    single.resource = "standalone";
    single.resolvedName = "standalone";
    file.findings = { pass, fail, single };
    return file;
}

} // namespace

void FindingsModelTest::largeCopyLoopRow()
{
    CV_REQUIRE_SHARED_DIR("cases/18-large-copy-count");
    FindingsModel model;
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    FindingsFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    scanInto(model, testsupport::sharedPath(QStringLiteral("cases/18-large-copy-count")));

    QCOMPARE(model.rowCount(), 1);
    const QModelIndex file = model.index(0, 0);
    QCOMPARE(model.rowCount(file), 1);
    const QModelIndex loop = model.index(0, 0, file);
    QCOMPARE(loop.data(FindingsModel::RowKindRole).toInt(), int(FindingsModel::RowKind::Loop));
    QCOMPARE(loop.data(FindingsModel::InstanceCountRole).toInt(), 800);
    QCOMPARE(loop.data().toString(), QStringLiteral("Fail"));
    QVERIFY(model.index(0, FindingsModel::ResourceColumn, file)
                .data()
                .toString()
                .startsWith(QLatin1String("800 instances: ")));
    QVERIFY(model.hasChildren(loop));
    QCOMPARE(model.rowCount(loop), 800);
    QCOMPARE(model.index(0, 0, loop).data(FindingsModel::CopyIndexRole).toLongLong(), 0);
    QCOMPARE(model.index(799, 0, loop).data(FindingsModel::CopyIndexRole).toLongLong(), 799);
    QCOMPARE(model.index(799, FindingsModel::ResourceColumn, loop).data().toString(),
             QStringLiteral("registry800 (copyIndex 799)"));
    QCOMPARE(model.index(0, 0, loop).data(FindingsModel::RowKindRole).toInt(),
             int(FindingsModel::RowKind::Instance));
    QVERIFY(model.findingFor(model.index(500, 0, loop)) != nullptr);
    QVERIFY(model.findingFor(model.index(500, 0, loop))->isFixable());
    QCOMPARE(model.findingFor(loop), model.findingFor(model.index(500, 0, loop)));
    QCOMPARE(childRows(proxy), 1);
    QCOMPARE(proxy.rowCount(proxy.index(0, 0, proxy.index(0, 0))), 800);

    // The panel starts the loop collapsed. Expanding it and selecting the last instance must
    // stay fast.
    FindingsPanel panel(&proxy);
    panel.resize(900, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTreeView *tree = panel.treeView();
    const QModelIndex proxyLoop = proxy.index(0, 0, proxy.index(0, 0));
    QVERIFY(!tree->isExpanded(proxyLoop));
    QElapsedTimer timer;
    timer.start();
    tree->expand(proxyLoop);
    tree->scrollTo(proxy.index(799, 0, proxyLoop));
    QCoreApplication::processEvents();
    tree->setCurrentIndex(proxy.index(799, 0, proxyLoop));
    QCoreApplication::processEvents();
    // NOTE: the 2 s bound is generous, so only a per-row cost such as a widget per row fails it.
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(tree->isExpanded(proxyLoop));
    QCOMPARE(tree->currentIndex().data(FindingsModel::CopyIndexRole).toLongLong(), 799);
}

void FindingsModelTest::loopRowWorstOutcome()
{
    FindingsModel model;
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    const FileScanResult file = loopFile();
    model.addFile(file);

    const QModelIndex fileIndex = model.index(0, 0);
    QCOMPARE(model.rowCount(fileIndex), 2);
    const QModelIndex loop = model.index(0, 0, fileIndex);
    QCOMPARE(loop.data().toString(), QStringLiteral("Fail"));
    QCOMPARE(loop.data(FindingsModel::InstanceCountRole).toInt(), 5);
    QCOMPARE(loop.data(FindingsModel::FindingIndexRole).toInt(), 1);
    QCOMPARE(model.index(0, FindingsModel::ReasonColumn, fileIndex).data().toString(),
             QStringLiteral("Fail 1, Pass 1"));
    QCOMPARE(model.rowCount(loop), 5);

    // Children follow copy index order and keep their own outcome and finding.
    const QStringList outcomes { "Fail", "Pass", "Pass", "Fail", "Pass" };
    for (int row = 0; row < 5; ++row) {
        const QModelIndex child = model.index(row, 0, loop);
        QCOMPARE(child.data(FindingsModel::CopyIndexRole).toLongLong(), qlonglong(row));
        QCOMPARE(child.data().toString(), outcomes[row]);
        QCOMPARE(model.findingFor(child)->outcome,
                 outcomes[row] == QLatin1String("Fail") ? Outcome::Fail : Outcome::Pass);
        QCOMPARE(model.parent(child), loop);
    }
    QCOMPARE(model.index(3, FindingsModel::ResourceColumn, loop).data().toString(),
             QStringLiteral("copyIndex 3"));
    QCOMPARE(model.index(0, FindingsModel::ResourceColumn, loop).data().toString(),
             QStringLiteral("registry0 (copyIndex 0)"));

    // The finding without a loop keeps a plain row, and both findings map to their rows.
    const QModelIndex single = model.index(1, 0, fileIndex);
    QCOMPARE(single.data(FindingsModel::RowKindRole).toInt(), int(FindingsModel::RowKind::Finding));
    QCOMPARE(model.rowCount(single), 0);
    QCOMPARE(model.indexOfFinding(file.path, 0), loop);
    QCOMPARE(model.indexOfFinding(file.path, 1), loop);
    QCOMPARE(model.indexOfFinding(file.path, 2), single);

    // Replacing the file's rows keeps the tree consistent.
    FileScanResult passing = file;
    passing.findings.erase(passing.findings.begin() + 1);
    model.addFile(passing);
    const QModelIndex replaced = model.index(0, 0, model.index(0, 0));
    QCOMPARE(replaced.data().toString(), QStringLiteral("Pass"));
    QCOMPARE(model.rowCount(replaced), 3);
}

void FindingsModelTest::loopRowsFilterByInstance()
{
    FindingsModel model;
    FindingsFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addFile(loopFile());
    const auto loopRows = [&proxy] {
        return proxy.rowCount(proxy.index(0, 0, proxy.index(0, 0)));
    };
    QCOMPARE(loopRows(), 5);
    QCOMPARE(proxy.matchingCounts()[int(RowOutcome::Fail)], 1);
    QCOMPARE(proxy.matchingCounts()[int(RowOutcome::Pass)], 1);

    proxy.setOutcomeVisible(RowOutcome::Fail, false);
    QCOMPARE(loopRows(), 3);
    proxy.setOutcomeVisible(RowOutcome::Fail, true);

    proxy.setFilterText(QStringLiteral("registry4"));
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
    QCOMPARE(loopRows(), 1);
    QCOMPARE(proxy.matchingCounts()[int(RowOutcome::Pass)], 1);
    QCOMPARE(proxy.matchingCounts()[int(RowOutcome::Fail)], 0);

    proxy.setFilterText(QStringLiteral("standalone"));
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
    QCOMPARE(proxy.index(0, 0, proxy.index(0, 0)).data(FindingsModel::RowKindRole).toInt(),
             int(FindingsModel::RowKind::Finding));
}

void FindingsModelTest::suppressedLoopRows()
{
    FindingsModel model;
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    FindingsFilterModel proxy;
    proxy.setSourceModel(&model);

    // The failing instances are suppressed: the loop row shows the passing ones' outcome.
    FileScanResult file = loopFile();
    file.findings[1].suppressedReason = "accepted";
    model.addFile(file);
    QModelIndex loop = model.index(0, 0, model.index(0, 0));
    QCOMPARE(loop.data(FindingsModel::OutcomeRole).toInt(), int(RowOutcome::Pass));
    QCOMPARE(loop.data(FindingsModel::FindingIndexRole).toInt(), 0);
    QCOMPARE(model.index(0, FindingsModel::ReasonColumn, model.index(0, 0)).data().toString(),
             QStringLiteral("Pass 1, Suppressed 1"));
    QCOMPARE(model.index(0, 0, loop).data(FindingsModel::OutcomeRole).toInt(),
             int(RowOutcome::Suppressed));
    QCOMPARE(model.index(0, 0, loop).data().toString(), QStringLiteral("Suppressed (Fail)"));
    QCOMPARE(model.index(1, 0, loop).data(FindingsModel::OutcomeRole).toInt(),
             int(RowOutcome::Pass));
    QCOMPARE(model.outcomeCounts()[int(RowOutcome::Suppressed)], 1);
    QCOMPARE(model.outcomeCounts()[int(RowOutcome::Fail)], 0);

    // Hiding suppressed rows hides the suppressed instances only.
    proxy.setOutcomeVisible(RowOutcome::Suppressed, false);
    const QModelIndex proxyLoop = proxy.index(0, 0, proxy.index(0, 0));
    QCOMPARE(proxy.rowCount(proxyLoop), 3);
    QCOMPARE(proxy.matchingCounts()[int(RowOutcome::Suppressed)], 1);

    // With every finding suppressed, the loop row is suppressed and greyed.
    file.findings[0].suppressedReason = "accepted";
    model.addFile(file);
    loop = model.index(0, 0, model.index(0, 0));
    QCOMPARE(loop.data(FindingsModel::OutcomeRole).toInt(), int(RowOutcome::Suppressed));
    QCOMPARE(loop.data(FindingsModel::SuppressedReasonRole).toString(), QStringLiteral("accepted"));
    QVERIFY(loop.data(Qt::ForegroundRole).isValid());
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
}

QTEST_MAIN(FindingsModelTest)
#include "tst_findingsmodel.moc"
