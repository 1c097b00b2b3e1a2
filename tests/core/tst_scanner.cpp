// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Checks how the scanner pairs parameter files with templates, for a whole folder and for one
// file rescanned on its own.
#include "core/scan/scanner.h"
#include "support/testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace compliance;
using testsupport::writeBytes;

namespace {

const char kTemplate[] = R"({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "skuName": { "type": "string", "defaultValue": "Basic", "allowedValues": ["Basic", "Standard"] }
  },
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "pairedregistry01",
      "location": "westeurope",
      "sku": { "name": "[parameters('skuName')]" },
      "properties": {
        "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } }
      }
    }
  ]
}
)";

QByteArray parameterFile(const char *skuName)
{
    return QByteArray(R"({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "skuName": { "value": ")")
        + skuName + "\" } }\n}\n";
}

} // namespace

class TestScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folderPairsByName();
    void singleFilePairsByName();
    void defaultsWithoutParameterFile();
    void valueOutsideAllowedValuesIsUnknown();
};

void TestScanner::folderPairsByName()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath("infra"));
    // Premium must be allowed for the parameter file that passes it to be deployable.
    QByteArray widened(kTemplate);
    widened.replace(R"(["Basic", "Standard"])", R"(["Basic", "Standard", "Premium"])");
    QVERIFY(writeBytes(dir.filePath("infra/main.json"), widened));
    QVERIFY(writeBytes(dir.filePath("infra/main.parameters.json"), parameterFile("Premium")));
    QVERIFY(writeBytes(dir.filePath("infra/main.parameters.dev.json"), parameterFile("Standard")));

    const ScanResult scan = scanFolder(dir.path().toStdString());
    QCOMPARE(int(scan.findings.size()), 2);
    QCOMPARE(scan.findings[0].parameterFile, std::string("infra/main.parameters.dev.json"));
    QCOMPARE(int(scan.findings[0].outcome), int(Outcome::Fail));
    QCOMPARE(scan.findings[1].parameterFile, std::string("infra/main.parameters.json"));
    QCOMPARE(int(scan.findings[1].outcome), int(Outcome::Pass));
}

void TestScanner::singleFilePairsByName()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath("a/b"));
    QVERIFY(writeBytes(dir.filePath("a/b/main.json"), kTemplate));
    QVERIFY(writeBytes(dir.filePath("a/b/main.parameters.json"), parameterFile("Standard")));

    const FileScanResult result
        = scanFile(dir.filePath("a/b/main.json").toStdString(), "a/b/main.json");
    QCOMPARE(int(result.findings.size()), 1);
    QCOMPARE(result.findings[0].parameterFile, std::string("a/b/main.parameters.json"));
    QCOMPARE(int(result.findings[0].outcome), int(Outcome::Fail));
    QVERIFY(result.findings[0].isFixable());
    // The value comes from the parameter file, so the fix edits that file; the template gets
    // Premium in the parameter's allowedValues.
    QStringList editedFiles;
    for (const TextEdit &edit : result.findings[0].fix->edits)
        editedFiles << QString::fromStdString(edit.path);
    editedFiles.sort();
    QCOMPARE(
        editedFiles,
        QStringList({ dir.filePath("a/b/main.json"), dir.filePath("a/b/main.parameters.json") }));
}

void TestScanner::defaultsWithoutParameterFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeBytes(dir.filePath("main.json"), kTemplate));

    const FileScanResult result = scanFile(dir.filePath("main.json").toStdString(), "main.json");
    QCOMPARE(int(result.findings.size()), 1);
    QVERIFY(result.findings[0].parameterFile.empty());
    QCOMPARE(int(result.findings[0].outcome), int(Outcome::Fail));
    QVERIFY(result.findings[0].isFixable());
    // The default gets Premium, and so does its allowedValues list.
    QCOMPARE(int(result.findings[0].fix->edits.size()), 2);
}

void TestScanner::valueOutsideAllowedValuesIsUnknown()
{
    // A parameter file that passes a value the declaration does not allow: Azure rejects the
    // deployment, so the registry is neither Pass nor Fail. Allowed values match ignoring case.
    QByteArray narrowed(kTemplate);
    narrowed.replace(R"(["Basic", "Standard"])", R"(["basic", "Standard"])");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeBytes(dir.filePath("main.json"), narrowed));
    QVERIFY(writeBytes(dir.filePath("main.parameters.json"), parameterFile("Premium")));
    QVERIFY(writeBytes(dir.filePath("main.parameters.dev.json"), parameterFile("Basic")));

    const ScanResult scan = scanFolder(dir.path().toStdString());
    QCOMPARE(int(scan.findings.size()), 2);
    QCOMPARE(scan.findings[0].parameterFile, std::string("main.parameters.dev.json"));
    QCOMPARE(int(scan.findings[0].outcome), int(Outcome::Fail));
    QCOMPARE(scan.findings[1].parameterFile, std::string("main.parameters.json"));
    QCOMPARE(int(scan.findings[1].outcome), int(Outcome::Unknown));
    QVERIFY2(scan.findings[1].reason.find("'Premium', which is not among its allowedValues "
                                          "('basic', 'Standard')")
                 != std::string::npos,
             scan.findings[1].reason.c_str());
}

QTEST_GUILESS_MAIN(TestScanner)
#include "tst_scanner.moc"
