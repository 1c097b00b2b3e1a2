// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Checks how the scanner pairs parameter files with templates, for a whole folder and for one
// file rescanned on its own.
#include "core/scan/scanner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace compliance;

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

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folderPairsByName();
    void singleFilePairsByName();
    void defaultsWithoutParameterFile();
};

void TestScanner::folderPairsByName()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath("infra"));
    QVERIFY(writeFile(dir.filePath("infra/main.json"), kTemplate));
    QVERIFY(writeFile(dir.filePath("infra/main.parameters.json"), parameterFile("Premium")));
    QVERIFY(writeFile(dir.filePath("infra/main.parameters.dev.json"), parameterFile("Standard")));

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
    QVERIFY(writeFile(dir.filePath("a/b/main.json"), kTemplate));
    QVERIFY(writeFile(dir.filePath("a/b/main.parameters.json"), parameterFile("Standard")));

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
    QVERIFY(writeFile(dir.filePath("main.json"), kTemplate));

    const FileScanResult result = scanFile(dir.filePath("main.json").toStdString(), "main.json");
    QCOMPARE(int(result.findings.size()), 1);
    QVERIFY(result.findings[0].parameterFile.empty());
    QCOMPARE(int(result.findings[0].outcome), int(Outcome::Fail));
    QVERIFY(result.findings[0].isFixable());
    // The default gets Premium, and so does its allowedValues list.
    QCOMPARE(int(result.findings[0].fix->edits.size()), 2);
}

QTEST_GUILESS_MAIN(TestScanner)
#include "tst_scanner.moc"
