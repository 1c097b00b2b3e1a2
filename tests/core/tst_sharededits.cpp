// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Checks that a fix names the other resources, parameter sets and copy-loop instances its edits
// change, and that grouped copy-loop findings list their instances.
#include "core/scan/scanner.h"
#include "support/testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace compliance;
using testsupport::writeBytes;

class TestSharedEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parameterDefaultSharedByTwo();
    void parameterDefaultSharedAcrossSets();
    void loopBodySharedByInstances();
    void loopElementsEditedApart();
};

namespace {

// Two registries take their SKU from one parameter default, and a third has its own literal.
const char kSharedParameterTemplate[] = R"({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "skuName": { "type": "string", "defaultValue": "Basic" }
  },
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "sharedfirst01",
      "location": "westeurope",
      "sku": { "name": "[parameters('skuName')]" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "sharedsecond01",
      "location": "westeurope",
      "sku": { "name": "[parameters('skuName')]" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "ownliteral01",
      "location": "westeurope",
      "sku": { "name": "Standard" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    }
  ]
}
)";

// A copy loop whose instances differ only in name.
const char kLiteralLoopTemplate[] = R"({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "[concat('loopregistry', copyIndex())]",
      "location": "westeurope",
      "copy": { "name": "registries", "count": 4 },
      "sku": { "name": "Basic" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    }
  ]
}
)";

// A copy loop whose instances take their SKU from one element each of a variable array.
const char kElementLoopTemplate[] = R"({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "variables": { "skus": ["Basic", "Premium", "Basic", "Basic"] },
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "[concat('loopregistry', copyIndex())]",
      "location": "westeurope",
      "copy": { "name": "registries", "count": 4 },
      "sku": { "name": "[variables('skus')[copyIndex()]]" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    }
  ]
}
)";

const Finding *findByName(const ScanResult &scan, const std::string &name)
{
    const auto found
        = std::find_if(scan.findings.begin(), scan.findings.end(),
                       [&](const Finding &finding) { return finding.resolvedName == name; });
    return found == scan.findings.end() ? nullptr : &*found;
}

bool mentions(const std::vector<std::string> &texts, const std::string &part)
{
    return std::any_of(texts.begin(), texts.end(), [&](const std::string &text) {
        return text.find(part) != std::string::npos;
    });
}

} // namespace

void TestSharedEdits::parameterDefaultSharedByTwo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("main.json")), kSharedParameterTemplate));

    const ScanResult scan = scanFolder(dir.path().toStdString());
    QCOMPARE(scan.findings.size(), std::size_t(3));

    const Finding *first = findByName(scan, "sharedfirst01");
    const Finding *second = findByName(scan, "sharedsecond01");
    const Finding *own = findByName(scan, "ownliteral01");
    QVERIFY(first && second && own);
    QVERIFY(first->isFixable());
    QVERIFY(second->isFixable());
    QVERIFY(own->isFixable());

    // Each fix names the parameter read in two places, and the other registry.
    QCOMPARE(first->fix->sharedWith.size(), std::size_t(2));
    QVERIFY(
        mentions(first->fix->sharedWith, "parameter 'skuName', which main.json reads in 2 places"));
    QVERIFY(mentions(first->fix->sharedWith, "'sharedsecond01'"));
    QCOMPARE(second->fix->sharedWith.size(), std::size_t(2));
    QVERIFY(mentions(second->fix->sharedWith, "'sharedfirst01'"));
    QVERIFY(own->fix->sharedWith.empty());
}

void TestSharedEdits::parameterDefaultSharedAcrossSets()
{
    // Neither parameter file sets skuName, so both sets take the template's default, and the
    // fix of one set changes the other set's outcome too.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("main.json")), kSharedParameterTemplate));
    const QByteArray parameters = R"({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {}
}
)";
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("main.parameters.dev.json")), parameters));
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("main.parameters.prod.json")), parameters));

    const ScanResult scan = scanFolder(dir.path().toStdString());
    QCOMPARE(scan.findings.size(), std::size_t(6));

    const auto find = [&](const std::string &name, const std::string &parameterFile) {
        const auto found
            = std::find_if(scan.findings.begin(), scan.findings.end(), [&](const Finding &finding) {
                  return finding.resolvedName == name && finding.parameterFile == parameterFile;
              });
        return found == scan.findings.end() ? nullptr : &*found;
    };
    const Finding *devFirst = find("sharedfirst01", "main.parameters.dev.json");
    const Finding *devSecond = find("sharedsecond01", "main.parameters.dev.json");
    QVERIFY(devFirst && devSecond);
    QVERIFY(devFirst->isFixable());

    const std::vector<std::string> &shared = devFirst->fix->sharedWith;
    const std::string firstLine = std::to_string(devFirst->line);
    const std::string secondLine = std::to_string(devSecond->line);
    QCOMPARE(shared.size(), std::size_t(4));
    QVERIFY(mentions(shared,
                     "'sharedfirst01' at line " + firstLine
                         + ", evaluated with main.parameters.prod.json"));
    QVERIFY(mentions(shared,
                     "'sharedsecond01' at line " + secondLine
                         + ", evaluated with main.parameters.dev.json"));
    QVERIFY(mentions(shared,
                     "'sharedsecond01' at line " + secondLine
                         + ", evaluated with main.parameters.prod.json"));
}

void TestSharedEdits::loopBodySharedByInstances()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("loop.json")), kLiteralLoopTemplate));

    const ScanResult scan = scanFolder(dir.path().toStdString());
    QCOMPARE(scan.findings.size(), std::size_t(1));

    const Finding &failing = scan.findings[0];
    QCOMPARE(failing.outcome, Outcome::Fail);
    QCOMPARE(failing.instanceCount, 4);
    QCOMPARE(failing.resolvedName, std::string("loopregistry0 .. loopregistry3"));
    const std::vector<FindingInstance> expected { { 0, "loopregistry0" },
                                                  { 1, "loopregistry1" },
                                                  { 2, "loopregistry2" },
                                                  { 3, "loopregistry3" } };
    QCOMPARE(failing.instances, expected);
    QVERIFY(failing.isFixable());
    QCOMPARE(failing.fix->sharedWith,
             (std::vector<std::string> { "all 4 instances of this copy loop" }));
}

void TestSharedEdits::loopElementsEditedApart()
{
    // Each instance reads its own array element, so each fix edits a different element and
    // shares nothing, and the instances are reported one by one.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("loop.json")), kElementLoopTemplate));

    const ScanResult scan = scanFolder(dir.path().toStdString());
    QCOMPARE(scan.findings.size(), std::size_t(4));

    for (std::size_t index = 0; index < scan.findings.size(); ++index) {
        const Finding &finding = scan.findings[index];
        QCOMPARE(finding.instanceCount, 1);
        QCOMPARE(finding.instances.size(), std::size_t(1));
        QCOMPARE(finding.instances[0].copyIndex, std::int64_t(index));
        QCOMPARE(finding.outcome, index == 1 ? Outcome::Pass : Outcome::Fail);
        if (finding.isFixable())
            QVERIFY(finding.fix->sharedWith.empty());
    }
}

QTEST_GUILESS_MAIN(TestSharedEdits)
#include "tst_sharededits.moc"
