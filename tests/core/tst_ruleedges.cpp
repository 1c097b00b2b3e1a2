// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Checks rule outcomes, reasons and fixes for inputs at the edges of the outcome table: a SKU
// written as a string, a trust policy under properties.policy, a customer-managed key with an
// apiVersion too old for the policy, and a registry in a looped nested deployment.
#include "core/fix/fixapply.h"
#include "core/fix/textedits.h"
#include "core/scan/scanner.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace compliance;
using testsupport::writeBytes;

class TestRuleEdges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outcomes_data();
    void outcomes();
    void fixesPass_data();
    void fixesPass();
    void nestedLoopGrouped();
    void sharedSourceKeepsPassingValue();
    void calledModuleGetsPolicy();
    void bicepKeyIsNoReference();
    void longVariableChainIsUnknown();
};

namespace {

const char kEdgeTemplate[] = R"json({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "skustring01",
      "location": "westeurope",
      "sku": "Premium",
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "policyparent01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": {
        "adminUserEnabled": false,
        "policy": {
          "trustPolicy": { "type": "Notary", "status": "disabled" }
        }
      }
    },
    {
      "condition": false,
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "condfalse01",
      "location": "westeurope",
      "sku": { "name": "Basic" }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2017-10-01",
      "name": "cmkold01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": {
        "encryption": { "status": "enabled", "keyVaultProperties": { "keyIdentifier": "https://kv.vault.azure.net/keys/k" } },
        "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } }
      }
    }
  ]
}
)json";

const char kNestedLoopTemplate[] = R"json({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "regions": { "type": "array", "defaultValue": ["weu", "neu", "eus"] } },
  "resources": [
    {
      "type": "Microsoft.Resources/deployments",
      "apiVersion": "2022-09-01",
      "name": "[concat('reg-', parameters('regions')[copyIndex()])]",
      "copy": { "name": "perRegion", "count": "[length(parameters('regions'))]" },
      "properties": {
        "mode": "Incremental",
        "expressionEvaluationOptions": { "scope": "inner" },
        "parameters": { "region": { "value": "[parameters('regions')[copyIndex()]]" } },
        "template": {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "parameters": { "region": { "type": "string" } },
          "resources": [
            {
              "type": "Microsoft.ContainerRegistry/registries",
              "apiVersion": "2023-07-01",
              "name": "[concat('regdeploop', parameters('region'))]",
              "location": "westeurope",
              "sku": { "name": "Standard" }
            }
          ]
        }
      }
    }
  ]
}
)json";

// One variable feeds both the SKU, which passes, and the policy type, which must change.
const char kSharedVariableTemplate[] = R"json({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "variables": { "tier": "Premium" },
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "vartier01",
      "location": "westeurope",
      "sku": { "name": "[variables('tier')]" },
      "properties": { "policies": { "trustPolicy": { "type": "[variables('tier')]", "status": "enabled" } } }
    }
  ]
}
)json";

const char kModuleCaller[] = R"(module one 'mod/acr.bicep' = {
  name: 'one'
  params: {
    name: 'regmodsingle01'
  }
}
)";

const char kModule[] = R"(param name string
resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: name
  location: 'westeurope'
  sku: {
    name: 'Premium'
  }
}
)";

// Applies every edit of `fix`, file by file, and saves the files.
bool applyFix(const Fix &fix)
{
    for (const std::string &path : fix.paths()) {
        const Result<SourceFile> source = readSourceFile(path);
        if (!source)
            return false;
        std::vector<TextEdit> edits;
        for (const TextEdit &edit : fix.edits) {
            if (edit.path == path)
                edits.push_back(edit);
        }
        const Result<std::string> fixed = applyTextEdits(source->text(), edits);
        if (!fixed || !saveText(source.value(), fixed.value()).ok())
            return false;
    }
    return true;
}

const Finding *findByName(const ScanResult &scan, const std::string &name)
{
    const auto found
        = std::find_if(scan.findings.begin(), scan.findings.end(),
                       [&](const Finding &finding) { return finding.resolvedName == name; });
    return found == scan.findings.end() ? nullptr : &*found;
}

} // namespace

void TestRuleEdges::outcomes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("reasonPart");
    QTest::addColumn<bool>("fixable");

    QTest::newRow("sku as a string") << "skustring01"
                                     << "Fail"
                                     << "not an object with a name" << true;
    QTest::newRow("policy under policy") << "policyparent01"
                                         << "Fail"
                                         << "properties.policy.trustPolicy" << true;
    QTest::newRow("literal false condition") << "condfalse01"
                                             << "NotApplicable"
                                             << "the condition of the resource is false" << false;
    QTest::newRow("key with old apiVersion")
        << "cmkold01"
        << "NotApplicable"
        << "properties.encryption.status is 'enabled'" << false;
}

void TestRuleEdges::outcomes()
{
    QFETCH(QString, name);
    QFETCH(QString, outcome);
    QFETCH(QString, reasonPart);
    QFETCH(bool, fixable);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("edges.json")), kEdgeTemplate));
    const ScanResult scan = scanFolder(dir.path().toStdString());
    const Finding *finding = findByName(scan, name.toStdString());
    QVERIFY(finding);
    QCOMPARE(QString::fromStdString(std::string(outcomeName(finding->outcome))), outcome);
    QVERIFY2(finding->reason.find(reasonPart.toStdString()) != std::string::npos,
             finding->reason.c_str());
    QCOMPARE(finding->isFixable(), fixable);
}

void TestRuleEdges::fixesPass_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("removed");

    // The text each fix must take out of the file, so nothing is left at the old place.
    QTest::newRow("sku as a string") << "skustring01"
                                     << "\"sku\": \"Premium\"";
    QTest::newRow("policy under policy") << "policyparent01"
                                         << "\"policy\":";
}

void TestRuleEdges::fixesPass()
{
    QFETCH(QString, name);
    QFETCH(QString, removed);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("edges.json"));
    QVERIFY(writeBytes(path, kEdgeTemplate));
    const ScanResult before = scanFolder(dir.path().toStdString());
    const Finding *finding = findByName(before, name.toStdString());
    QVERIFY(finding && finding->isFixable());

    const Result<SourceFile> source = readSourceFile(path.toStdString());
    QVERIFY(source.ok());
    const Result<std::string> fixed = applyTextEdits(source->text(), finding->fix->edits);
    QVERIFY2(fixed.ok(), fixed.error().c_str());
    QVERIFY(fixed->find(removed.toStdString()) == std::string::npos);
    QVERIFY(saveText(source.value(), fixed.value()).ok());

    const ScanResult after = scanFolder(dir.path().toStdString());
    QVERIFY(after.errors.empty());
    const Finding *rechecked = findByName(after, name.toStdString());
    QVERIFY(rechecked);
    QCOMPARE(rechecked->outcome, Outcome::Pass);
}

void TestRuleEdges::nestedLoopGrouped()
{
    // The registry sits in a nested deployment with a copy loop: its three instances are one
    // finding, listed by the deployment's copy index.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("loop.json")), kNestedLoopTemplate));
    const ScanResult scan = scanFolder(dir.path().toStdString());
    QCOMPARE(scan.findings.size(), std::size_t(1));
    const Finding &finding = scan.findings.front();
    QCOMPARE(finding.instanceCount, 3);
    QCOMPARE(finding.resolvedName, std::string("regdeploopweu .. regdeploopeus"));
    const std::vector<FindingInstance> expected { { 0, "regdeploopweu" },
                                                  { 1, "regdeploopneu" },
                                                  { 2, "regdeploopeus" } };
    QCOMPARE(finding.instances, expected);
}

void TestRuleEdges::sharedSourceKeepsPassingValue()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shared.json"));
    QVERIFY(writeBytes(path, kSharedVariableTemplate));
    const ScanResult before = scanFolder(dir.path().toStdString());
    QCOMPARE(before.findings.size(), std::size_t(1));
    QCOMPARE(before.findings.front().outcome, Outcome::Fail);
    QVERIFY(before.findings.front().isFixable());

    // The type gets its own literal; the variable, which the SKU reads, keeps 'Premium'.
    QVERIFY(applyFix(*before.findings.front().fix));
    const Result<SourceFile> fixed = readSourceFile(path.toStdString());
    QVERIFY(fixed.ok());
    QVERIFY(fixed->text().find("\"tier\": \"Premium\"") != std::string::npos);
    QVERIFY(fixed->text().find("\"type\": \"Notary\"") != std::string::npos);
    const ScanResult after = scanFolder(dir.path().toStdString());
    QCOMPARE(after.findings.front().outcome, Outcome::Pass);
}

void TestRuleEdges::calledModuleGetsPolicy()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("mod")));
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("main.bicep")), kModuleCaller));
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("mod/acr.bicep")), kModule));

    const ScanResult before = scanFolder(dir.path().toStdString());
    const auto call = std::find_if(before.findings.begin(), before.findings.end(),
                                   [](const Finding &f) { return f.file == "main.bicep"; });
    QVERIFY(call != before.findings.end());
    QCOMPARE(call->outcome, Outcome::Fail);
    QVERIFY(call->isFixable());
    // The edit lands in the module, which its own evaluation and every call share.
    QCOMPARE(call->fix->paths().size(), std::size_t(1));
    QVERIFY(call->fix->paths().front().find("acr.bicep") != std::string::npos);
    QCOMPARE(call->fix->sharedWith.size(), std::size_t(1));
    QVERIFY(call->fix->sharedWith.front().find("module acr.bicep") != std::string::npos);

    QVERIFY(applyFix(*call->fix));
    const ScanResult after = scanFolder(dir.path().toStdString());
    QCOMPARE(after.findings.size(), std::size_t(2));
    for (const Finding &finding : after.findings)
        QCOMPARE(finding.outcome, Outcome::Pass);
}

void TestRuleEdges::bicepKeyIsNoReference()
{
    // `sku` is a parameter, an object key and, quoted, a word in a description: only `name: sku`
    // reads the parameter, so the fix shares its edit with nothing.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("main.bicep")),
                       "@description('The \\'sku\\' of the registry.')\n"
                       "param sku string = 'Basic'\n"
                       "resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {\n"
                       "  name: 'regkeyword01'\n  location: 'westeurope'\n"
                       "  sku: {\n    name: sku\n  }\n}\n"));
    const ScanResult scan = scanFolder(dir.path().toStdString());
    QCOMPARE(scan.findings.size(), std::size_t(1));
    QVERIFY(scan.findings.front().isFixable());
    QVERIFY(scan.findings.front().fix->sharedWith.empty());
}

void TestRuleEdges::longVariableChainIsUnknown()
{
    // 5,000 variables that each read the one before would overflow the stack if followed.
    QByteArray variables = "\"v0\": \"Basic\"";
    for (int i = 1; i < 5000; ++i)
        variables += QStringLiteral(", \"v%1\": \"[variables('v%2')]\"").arg(i).arg(i - 1).toUtf8();
    const QByteArray text = "{\n\"$schema\": \"https://schema.management.azure.com/schemas/"
                            "2019-04-01/deploymentTemplate.json#\",\n\"contentVersion\": "
                            "\"1.0.0.0\",\n\"variables\": {"
        + variables
        + "},\n\"resources\": [{\"type\": \"Microsoft.ContainerRegistry/registries\", "
          "\"apiVersion\": \"2023-07-01\", \"name\": \"regchain01\", \"location\": \"x\", "
          "\"sku\": {\"name\": \"[variables('v4999')]\"}}]\n}\n";
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("chain.json")), text));
    const ScanResult scan = scanFolder(dir.path().toStdString());
    QCOMPARE(scan.findings.size(), std::size_t(1));
    QCOMPARE(scan.findings.front().outcome, Outcome::Unknown);
    QVERIFY(scan.findings.front().reason.find("in a chain") != std::string::npos);
    QCOMPARE(scan.errors.size(), std::size_t(1));
    QVERIFY(scan.errors.front().message.find("shorten the chain") != std::string::npos);
}

QTEST_GUILESS_MAIN(TestRuleEdges)
#include "tst_ruleedges.moc"
