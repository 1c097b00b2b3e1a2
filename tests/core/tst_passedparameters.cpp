// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Checks how values passed to a template (by a nested deployment or a parameter file) combine
// with the parameter's declaration: null falls back to the default, and a Key Vault reference
// is Unknown.
#include "core/scan/scanner.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace compliance;
using testsupport::writeBytes;

class TestPassedParameters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nullPassedUsesDefault();
    void keyVaultReferenceIsUnknown();
    void bicepSecretIsUnknown();
    void windowsTemplateLinkPairs();
};

namespace {

// The outer template passes null for the inner template's skuName, as Bicep does for an
// optional module parameter the caller leaves out.
const char kNestedNullTemplate[] = R"({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "settings": { "type": "object", "defaultValue": {} } },
  "resources": [
    {
      "type": "Microsoft.Resources/deployments",
      "apiVersion": "2022-09-01",
      "name": "registry",
      "properties": {
        "mode": "Incremental",
        "expressionEvaluationOptions": { "scope": "inner" },
        "parameters": {
          "skuName": { "value": "[tryGet(parameters('settings'), 'skuName')]" }
        },
        "template": {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "parameters": { "skuName": { "type": "string", "defaultValue": "Premium" } },
          "resources": [
            {
              "type": "Microsoft.ContainerRegistry/registries",
              "apiVersion": "2023-07-01",
              "name": "nestednull01",
              "location": "westeurope",
              "sku": { "name": "[parameters('skuName')]" },
              "properties": {
                "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } }
              }
            }
          ]
        }
      }
    }
  ]
}
)";

const char kRegistryTemplate[] = R"({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "skuName": { "type": "string", "defaultValue": "Premium" } },
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "vaultsku01",
      "location": "westeurope",
      "sku": { "name": "[parameters('skuName')]" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    }
  ]
}
)";

const char kKeyVaultParameters[] = R"({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "skuName": {
      "reference": {
        "keyVault": { "id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv" },
        "secretName": "registrySku"
      }
    }
  }
}
)";

} // namespace

void TestPassedParameters::nullPassedUsesDefault()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("main.json")), kNestedNullTemplate));

    const ScanResult scan = scanFolder(dir.path().toStdString());
    QVERIFY(scan.errors.empty());
    QCOMPARE(scan.findings.size(), std::size_t(1));
    QCOMPARE(scan.findings[0].resolvedName, std::string("nestednull01"));
    QCOMPARE(scan.findings[0].outcome, Outcome::Pass);
}

void TestPassedParameters::keyVaultReferenceIsUnknown()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("main.json")), kRegistryTemplate));
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("main.parameters.json")), kKeyVaultParameters));

    const ScanResult scan = scanFolder(dir.path().toStdString());
    QCOMPARE(scan.findings.size(), std::size_t(1));
    const Finding &finding = scan.findings[0];
    QCOMPARE(finding.parameterFile, std::string("main.parameters.json"));
    QCOMPARE(finding.outcome, Outcome::Unknown);
    QVERIFY2(finding.reason.find("skuName") != std::string::npos, finding.reason.c_str());
    QVERIFY2(finding.reason.find("Key Vault reference") != std::string::npos,
             finding.reason.c_str());
    QVERIFY(!finding.isFixable());
}

void TestPassedParameters::bicepSecretIsUnknown()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("main.bicep")),
                       "param sku string\n"
                       "resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {\n"
                       "  name: 'regsecret01'\n  location: 'westeurope'\n"
                       "  sku: {\n    name: sku\n  }\n}\n"));
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("main.bicepparam")),
                       "using './main.bicep'\n"
                       "param sku = az.getSecret('00000000-0000-0000-0000-000000000000', 'rg', "
                       "'kv', 'registrySku')\n"));

    const ScanResult scan = scanFolder(dir.path().toStdString());
    QCOMPARE(scan.findings.size(), std::size_t(1));
    const Finding &finding = scan.findings[0];
    QCOMPARE(finding.parameterFile, std::string("main.bicepparam"));
    QCOMPARE(finding.outcome, Outcome::Unknown);
    QVERIFY2(finding.reason.find("Key Vault secret") != std::string::npos, finding.reason.c_str());
}

void TestPassedParameters::windowsTemplateLinkPairs()
{
    // The parameter file sits in another folder and links its template with '\\' separators.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("templates")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("parameters")));
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("templates/registry.json")), kRegistryTemplate));
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("parameters/prod.json")),
                       R"({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "metadata": { "template": "..\\templates\\registry.json" },
  "parameters": { "skuName": { "value": "Standard" } }
}
)"));

    const ScanResult scan = scanFolder(dir.path().toStdString());
    QCOMPARE(scan.findings.size(), std::size_t(1));
    QCOMPARE(scan.findings[0].parameterFile, std::string("parameters/prod.json"));
    QCOMPARE(scan.findings[0].outcome, Outcome::Fail);
}

QTEST_GUILESS_MAIN(TestPassedParameters)
#include "tst_passedparameters.moc"
