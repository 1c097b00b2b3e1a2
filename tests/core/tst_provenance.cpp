// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Checks the provenance steps of findings with the exact file and line of each: the resource,
// the property where the deciding value is written, and the value's source. The rows cover
// literals, parameter defaults, parameter file values and variables, in ARM JSON and Bicep.
#include "support/testsupport.h"

#include "core/scan/scanner.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace compliance;
using testsupport::writeBytes;

namespace {

// One step as "label @ file:line", so a mismatch prints the whole chain readably.
QStringList describeSteps(const Finding &finding)
{
    QStringList steps;
    for (const ProvenanceStep &step : finding.provenance)
        steps << QStringLiteral("%1 @ %2:%3")
                     .arg(QString::fromStdString(step.label), QString::fromStdString(step.file))
                     .arg(step.line);
    return steps;
}

const Finding *findFinding(const ScanResult &scan, const std::string &file,
                           const std::string &parameterFile, const std::string &name)
{
    for (const Finding &finding : scan.findings) {
        if (finding.file == file && finding.parameterFile == parameterFile
            && (name.empty() || finding.resolvedName == name))
            return &finding;
    }
    return nullptr;
}

} // namespace

class TestProvenance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sharedFiles_data();
    void sharedFiles();
    void variables_data();
    void variables();
    void moduleCall();
    void computedValue();
    void absolutePaths();
};

void TestProvenance::sharedFiles_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("parameterFile");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("ARM literal") << "cases/01-sku-gating"
                                 << "azuredeploy.json"
                                 << ""
                                 << "registrybasic01"
                                 << QStringList {
                                        "Resource registrybasic01 @ azuredeploy.json:8",
                                        "Property sku.name = 'Basic' @ azuredeploy.json:13"
                                    };

    const QString quickstart
        = QStringLiteral("corpus/acr/anthony-c-martin__azure-quickstart-templates/");
    QTest::newRow("ARM parameter default")
        << quickstart + "101-container-registry"
        << "azuredeploy.json"
        << "azuredeploy.parameters.json"
        << "GEN-UNIQUE"
        << QStringList { "Resource GEN-UNIQUE @ azuredeploy.json:41",
                         "Property sku.name = 'Basic' @ azuredeploy.json:52",
                         "Parameter default acrSku = 'Basic' @ azuredeploy.json:32" };

    QTest::newRow("Bicep parameter default")
        << quickstart + "101-container-registry"
        << "azuredeploy.bicep"
        << ""
        << ""
        << QStringList { "Resource acrName @ azuredeploy.bicep:20",
                         "Property sku.name = 'Basic' @ azuredeploy.bicep:28",
                         "Parameter default acrSku = 'Basic' @ azuredeploy.bicep:18" };

    // A registry module cannot be read offline; Why still starts at the module call.
    QTest::newRow("Bicep registry module")
        << "corpus/acr/Azure__bicep-registry-modules/avm/ptn/sa/content-processing/modules"
        << "container-registry.bicep"
        << ""
        << "" << QStringList { "Resource acrName @ container-registry.bicep:44" };

    QTest::newRow("ARM parameter file value")
        << quickstart + "201-machine-learning-advanced"
        << "azuredeploy.json"
        << "azuredeploy.parameters.json"
        << ""
        << QStringList {
               "Resource crhnojcbgvl27sw @ azuredeploy.json:518",
               "Property sku.name = 'Premium' @ azuredeploy.json:525",
               "Parameter value containerRegistrySku = 'Premium' @ azuredeploy.parameters.json:24",
               "Parameter containerRegistrySku @ azuredeploy.json:188",
               "Property properties.policies.trustPolicy is missing @ azuredeploy.json:531"
           };

    QTest::newRow("Bicep parameter file value and default")
        << "cases/03-bicep-param-files"
        << "main.bicep"
        << "main.bicepparam"
        << "registryparam01"
        << QStringList {
               "Resource registryparam01 @ main.bicep:19",
               "Property sku.name = 'Premium' @ main.bicep:23",
               "Parameter value skuName = 'Premium' @ main.bicepparam:4",
               "Parameter skuName @ main.bicep:9",
               "Property properties.policies.trustPolicy.status = 'disabled' @ main.bicep:30",
               "Parameter default trustStatus = 'disabled' @ main.bicep:15"
           };

    QTest::newRow("Bicep with JSON parameter file")
        << "cases/03-bicep-param-files"
        << "main.bicep"
        << "main.parameters.json"
        << "registryparam01"
        << QStringList {
               "Resource registryparam01 @ main.bicep:19",
               "Property sku.name = 'Premium' @ main.bicep:23",
               "Parameter value skuName = 'Premium' @ main.parameters.json:5",
               "Parameter skuName @ main.bicep:9",
               "Property properties.policies.trustPolicy.status = 'enabled' @ main.bicep:30",
               "Parameter value trustStatus = 'enabled' @ main.parameters.json:6",
               "Parameter trustStatus @ main.bicep:15",
               "Property properties.policies.trustPolicy.type = 'Notary' @ main.bicep:29"
           };
}

void TestProvenance::sharedFiles()
{
    QFETCH(QString, folder);
    QFETCH(QString, file);
    QFETCH(QString, parameterFile);
    QFETCH(QString, name);
    QFETCH(QStringList, expected);
    CV_REQUIRE_SHARED_DIR("cases");

    const ScanResult scan = scanFolder(testsupport::sharedPath(folder).toStdString());
    const Finding *finding
        = findFinding(scan, file.toStdString(), parameterFile.toStdString(), name.toStdString());
    QVERIFY2(finding, qPrintable(file + " has no finding with " + parameterFile));
    QCOMPARE(describeSteps(*finding), expected);
}

void TestProvenance::variables_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("ARM variable")
        << "variable.json"
        << QByteArray("{\n"
                      "  \"$schema\": \"https://schema.management.azure."
                      "com/schemas/2019-04-01/deploymentTemplate.json#\",\n"
                      "  \"contentVersion\": \"1.0.0.0\",\n"
                      "  \"variables\": {\n"
                      "    \"skuName\": \"Standard\"\n"
                      "  },\n"
                      "  \"resources\": [\n"
                      "    {\n"
                      "      \"type\": \"Microsoft.ContainerRegistry/"
                      "registries\",\n"
                      "      \"apiVersion\": \"2023-07-01\",\n"
                      "      \"name\": \"registryvar01\",\n"
                      "      \"location\": \"westeurope\",\n"
                      "      \"sku\": {\n"
                      "        \"name\": \"[variables('skuName')]\"\n"
                      "      }\n"
                      "    }\n"
                      "  ]\n"
                      "}\n")
        << QStringList { "Resource registryvar01 @ variable.json:8",
                         "Property sku.name = 'Standard' @ variable.json:14",
                         "Variable skuName = 'Standard' @ variable.json:5" };

    QTest::newRow("Bicep variable")
        << "variable.bicep"
        << QByteArray("var skuName = 'Standard'\n"
                      "\n"
                      "resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {\n"
                      "  name: 'registryvar02'\n"
                      "  location: 'westeurope'\n"
                      "  sku: {\n"
                      "    name: skuName\n"
                      "  }\n"
                      "}\n")
        << QStringList { "Resource registryvar02 @ variable.bicep:3",
                         "Property sku.name = 'Standard' @ variable.bicep:7",
                         "Variable skuName = 'Standard' @ variable.bicep:1" };
}

void TestProvenance::variables()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, text);
    QFETCH(QStringList, expected);

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QVERIFY(writeBytes(folder.filePath(fileName), text));

    const ScanResult scan = scanFolder(folder.path().toStdString());
    const Finding *finding = findFinding(scan, fileName.toStdString(), "", "");
    QVERIFY2(finding, qPrintable(fileName + " has no finding"));
    QCOMPARE(finding->outcome, Outcome::Fail);
    QCOMPARE(describeSteps(*finding), expected);
}

void TestProvenance::moduleCall()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QVERIFY(writeBytes(folder.filePath(QStringLiteral("registry.bicep")),
                       "param skuName string = 'Premium'\n"
                       "\n"
                       "resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {\n"
                       "  name: 'registrymod01'\n"
                       "  location: 'westeurope'\n"
                       "  sku: {\n"
                       "    name: skuName\n"
                       "  }\n"
                       "}\n"));
    QVERIFY(writeBytes(folder.filePath(QStringLiteral("main.bicep")),
                       "module registry './registry.bicep' = {\n"
                       "  name: 'registry'\n"
                       "  params: {\n"
                       "    skuName: 'Basic'\n"
                       "  }\n"
                       "}\n"));

    const ScanResult scan = scanFolder(folder.path().toStdString());
    const Finding *finding = findFinding(scan, "main.bicep", "", "registrymod01");
    QVERIFY(finding);
    const QStringList expected { "Module call deploying registrymod01 @ main.bicep:1",
                                 "Resource registrymod01 @ registry.bicep:3",
                                 "Property sku.name = 'Basic' @ registry.bicep:7",
                                 "Parameter value skuName = 'Basic' @ main.bicep:4",
                                 "Parameter skuName @ registry.bicep:1" };
    QCOMPARE(describeSteps(*finding), expected);
}

void TestProvenance::computedValue()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QVERIFY(writeBytes(folder.filePath(QStringLiteral("computed.bicep")),
                       "param production bool = false\n"
                       "\n"
                       "resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {\n"
                       "  name: 'registrycomp01'\n"
                       "  location: 'westeurope'\n"
                       "  sku: {\n"
                       "    name: production ? 'Premium' : 'Standard'\n"
                       "  }\n"
                       "}\n"));

    const ScanResult scan = scanFolder(folder.path().toStdString());
    const Finding *finding = findFinding(scan, "computed.bicep", "", "registrycomp01");
    QVERIFY(finding);
    const QStringList steps = describeSteps(*finding);
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps[1], QStringLiteral("Property sku.name = 'Standard' @ computed.bicep:7"));
    // No span contains a computed value, so its step points at the property.
    QVERIFY2(steps[2].startsWith(QLatin1String("Computed by ")), qPrintable(steps[2]));
    QVERIFY2(steps[2].endsWith(QLatin1String(" @ computed.bicep:7")), qPrintable(steps[2]));
}

void TestProvenance::absolutePaths()
{
    CV_REQUIRE_SHARED_DIR("cases");
    const QString folder = testsupport::sharedPath(QStringLiteral("cases/03-bicep-param-files"));

    const ScanResult scan = scanFolder(folder.toStdString());
    const Finding *finding = findFinding(scan, "main.bicep", "main.bicepparam", "registryparam01");
    QVERIFY(finding);
    QVERIFY(finding->provenance.size() >= 3);

    const ProvenanceStep &value = finding->provenance[2];
    QCOMPARE(value.kind, ProvenanceStep::Kind::ParameterValue);
    // The scanner resolves symbolic links in the folder's path, as a shared folder may be one.
    QCOMPARE(QString::fromStdString(value.path),
             QFileInfo(folder + QStringLiteral("/main.bicepparam")).canonicalFilePath());
    QCOMPARE(value.column, 17);
}

QTEST_GUILESS_MAIN(TestProvenance)
#include "tst_provenance.moc"
