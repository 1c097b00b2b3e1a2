// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Scans folders of Bicep files written to disk: loops, conditions, existing references,
// modules (local and from a registry), .bicepparam files, nullable parameters and syntax errors.
// Each offered fix is applied, the folder is checked again, and the text outside the edits
// must be unchanged.
#include "core/fix/fixapply.h"
#include "core/fix/textedits.h"
#include "core/scan/scanner.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>

using namespace compliance;

namespace {

using Files = std::map<std::string, std::string>;

void writeFiles(const QTemporaryDir &dir, const Files &files)
{
    for (const auto &[path, text] : files) {
        const std::filesystem::path target = std::filesystem::path(dir.path().toStdString()) / path;
        std::filesystem::create_directories(target.parent_path());
        std::ofstream(target, std::ios::binary) << text;
    }
}

std::vector<const Finding *> findingsFor(const ScanResult &scan, const std::string &file,
                                         const std::string &name,
                                         const std::string &parameterFile = {})
{
    std::vector<const Finding *> matches;
    for (const Finding &finding : scan.findings) {
        if (finding.file == file && finding.resolvedName == name
            && finding.parameterFile == parameterFile)
            matches.push_back(&finding);
    }
    return matches;
}

// Applies `fix` to the files it edits. Returns an error message, or an empty string.
std::string applyFix(const Fix &fix)
{
    for (const std::string &path : fix.paths()) {
        const Result<SourceFile> source = readSourceFile(path);
        if (!source)
            return source.error();
        std::vector<TextEdit> edits;
        for (const TextEdit &edit : fix.edits) {
            if (edit.path == path)
                edits.push_back(edit);
        }
        const Result<std::string> fixed = applyTextEdits(source->text(), edits);
        if (!fixed)
            return fixed.error();
        // Outside the edits, the text stays as it was.
        std::size_t kept = source->text().size();
        for (const TextEdit &edit : edits)
            kept -= edit.span.size();
        std::size_t added = 0;
        for (const TextEdit &edit : edits)
            added += edit.replacement.size();
        if (fixed.value().size() != kept + added)
            return "the fixed text of " + path + " has an unexpected length";
        const Status saved = saveText(source.value(), fixed.value());
        if (!saved)
            return saved.error();
    }
    return {};
}

const char *kModule = "param name string\n"
                      "@allowed([\n"
                      "  'Basic'\n"
                      "  'Premium'\n"
                      "])\n"
                      "param sku string = 'Basic'\n"
                      "param status string = 'disabled'\n"
                      "\n"
                      "resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {\n"
                      "  name: name\n"
                      "  sku: {\n"
                      "    name: sku\n"
                      "  }\n"
                      "  properties: {\n"
                      "    policies: {\n"
                      "      trustPolicy: {\n"
                      "        type: 'Notary'\n"
                      "        status: status\n"
                      "      }\n"
                      "    }\n"
                      "  }\n"
                      "}\n";

} // namespace

class TestBicepTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outcomes_data();
    void outcomes();
    void fixesPass_data();
    void fixesPass();
    void moduleReportsAtCall();
    void syntaxErrorKeepsScanning();
    void jsonParameterFilePairs();
};

void TestBicepTemplates::outcomes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<int>("instances");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reasonPart");

    const QString registry
        = QStringLiteral("resource r 'Microsoft.ContainerRegistry/registries@2023-07-01' = ");
    QTest::newRow("loop over names")
        << "loop.bicep"
        << "param names array = [\n  'regone01'\n  'regtwo02'\n]\n" + registry
            + "[for (n, i) in names: {\n  name: n\n  sku: {\n    name: i < 5 ? 'Basic' : "
              "'Standard'\n  }\n}]\n"
        << "regone01 .. regtwo02"
        << "Fail" << 2 << 5 << QString();
    QTest::newRow("loop over range with condition") << "range.bicep"
                                                    << registry
            + "[for i in range(0, 3): if (i != 1) {\n  name: 'reg${i}x'\n  sku: {\n    name: "
              "'Premium'\n  }\n  properties: {\n    policies: {\n      trustPolicy: {\n        "
              "status: 'enabled'\n      }\n    }\n  }\n}]\n"
                                                    << "reg0x .. reg2x"
                                                    << "Pass" << 2 << 1 << QString();
    QTest::newRow("condition false")
        << "condition.bicep"
        << "param deploy bool = false\n" + registry + "if (deploy) {\n  name: 'regcond01'\n}\n"
        << "regcond01"
        << "NotApplicable" << 1 << 2 << "the condition of the resource, deploy, is false";
    QTest::newRow("nullable with coalesce")
        << "nullable.bicep"
        << "param sku string?\nparam settings object?\n" + registry
            + "{\n  name: 'regnull01'\n  sku: {\n    name: sku ?? 'Premium'\n  }\n  properties: "
              "{\n    policies: {\n      trustPolicy: {\n        status: settings.?status ?? "
              "'enabled'\n      }\n    }\n  }\n}\n"
        << "regnull01"
        << "Pass" << 1 << 3 << QString();
    QTest::newRow("required parameter") << "required.bicep"
                                        << "param sku string\n" + registry
            + "{\n  name: 'regreq01'\n  sku: {\n    name: sku\n  }\n}\n"
                                        << "regreq01"
                                        << "Unknown" << 1 << 2 << "parameter 'sku' is required";
    QTest::newRow("variable object") << "variable.bicep"
                                     << "var settings = {\n  sku: 'Standard'\n}\n" + registry
            + "{\n  name: toLower('REGVAR01')\n  sku: {\n    name: settings.sku\n  }\n}\n"
                                     << "regvar01"
                                     << "Fail" << 1 << 4 << QString();
    QTest::newRow("sku from a lambda") << "lambda.bicep"
                                       << "param skus array = [\n  'Basic'\n]\n" + registry
            + "{\n  name: 'reglambda01'\n  sku: {\n    name: first(map(skus, s => toUpper(s)))\n  "
              "}\n}\n"
                                       << "reglambda01"
                                       << "Unknown" << 1 << 4 << "map(...) applies a lambda";
    QTest::newRow("customer-managed key beside a reference")
        << "cmk.bicep"
        << "resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' "
           "existing = {\n  name: 'id'\n}\n"
            + registry
            + "{\n  name: 'regcmk01'\n  sku: {\n    name: 'Premium'\n  }\n  properties: {\n    "
              "encryption: true ? {\n      status: 'enabled'\n      keyVaultProperties: {\n     "
              "   identity: identity.properties.clientId\n      }\n    } : null\n  }\n}\n"
        << "regcmk01"
        << "NotApplicable" << 1 << 4 << QString();
    QTest::newRow("registry module")
        << "remote.bicep"
        << "module acr 'br/public:avm/res/container-registry/registry:0.9.3' = {\n  name: "
           "'acr'\n  params: {\n    name: 'regremote01'\n  }\n}\n"
        << "regremote01"
        << "Unknown" << 1 << 1 << "module 'br/public:avm/res/container-registry/registry:0.9.3'";
    QTest::newRow("registry module not deployed")
        << "remoteoff.bicep"
        << "module acr 'br:example.azurecr.io/container-registry:1.0' = if (false) {\n  name: "
           "'acr'\n  params: {\n    name: 'regremote02'\n  }\n}\n"
        << "regremote02"
        << "NotApplicable" << 1 << 1 << "the condition of the resource is false";
    QTest::newRow("child replication is no registry") << "child.bicep"
                                                      << registry
            + "{\n  name: 'regchild01'\n  location: 'westeurope'\n  sku: {\n    name: 'Premium'\n "
              " }\n  properties: {\n    policies: {\n      trustPolicy: {\n        type: 'Notary'\n"
              "        status: 'enabled'\n      }\n    }\n  }\n\n  resource replica "
              "'replications@2023-07-01' = {\n    name: 'northeurope'\n    location: "
              "'northeurope'\n    properties: {\n      status: 'disabled'\n    }\n  }\n}\n"
                                                      << "regchild01"
                                                      << "Pass" << 1 << 1 << QString();
}

void TestBicepTemplates::outcomes()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QString, outcome);
    QFETCH(int, instances);
    QFETCH(int, line);
    QFETCH(QString, reasonPart);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFiles(dir, { { file.toStdString(), text.toStdString() } });
    const ScanResult scan = scanFolder(dir.path().toStdString());
    QVERIFY2(scan.errors.empty(), scan.errors.empty() ? "" : scan.errors.front().message.c_str());
    const std::vector<const Finding *> matches
        = findingsFor(scan, file.toStdString(), name.toStdString());
    QCOMPARE(int(matches.size()), 1);
    const Finding &finding = *matches.front();
    QCOMPARE(QString::fromStdString(std::string(outcomeName(finding.outcome))), outcome);
    QCOMPARE(finding.instanceCount, instances);
    QCOMPARE(finding.line, line);
    QVERIFY(!finding.reason.empty());
    QVERIFY2(finding.reason.find(reasonPart.toStdString()) != std::string::npos,
             finding.reason.c_str());
}

void TestBicepTemplates::fixesPass_data()
{
    QTest::addColumn<QString>("files");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("parameterFile");
    QTest::addColumn<QString>("name");

    QTest::newRow("sku, apiVersion and misplaced policy in a loop")
        << "main.bicep=param names array = [\n  'regone01'\n  'regtwo02'\n]\nvar skus = {\n  "
           "basic: 'Basic'\n}\n\nresource regs 'Microsoft.ContainerRegistry/registries@2017-10-01'"
           " = [for n in names: {\n  name: n\n  sku: {\n    name: skus.basic\n  }\n  properties:"
           " {\n    trustPolicy: {\n      type: 'Notary'\n      status: 'enabled'\n    }\n  }\n}]\n"
        << "main.bicep"
        << ""
        << "regone01 .. regtwo02";
    QTest::newRow("one-line sku with tabs and CRLF")
        << "main.bicep=resource r 'Microsoft.ContainerRegistry/registries@2023-07-01' = {\r\n"
           "\tname: 'regtabs01'\r\n\tsku: { name: 'Basic' }\r\n}\r\n"
        << "main.bicep"
        << ""
        << "regtabs01";
    QTest::newRow("bicepparam value with CRLF")
        << "main.bicepparam=using 'main.bicep'\r\n\r\nvar prefix = 'reg'\r\nparam skuName = "
           "'Basic'\r\nparam regName = '${prefix}crlf01'\r\n|main.bicep=param regName string\r\n"
           "param skuName string\r\n\r\nresource r 'Microsoft.ContainerRegistry/registries@"
           "2023-07-01' = {\r\n\tname: regName\r\n\tsku: {\r\n\t\tname: skuName\r\n\t}\r\n}\r\n"
        << "main.bicep"
        << "main.bicepparam"
        << "regcrlf01";
    QTest::newRow("module call passes the values") << "mod.bicep=" + QString::fromUtf8(kModule)
            + "|main.bicep=module m './mod.bicep' = [for env in ['dev', 'prod']: {\n  name: "
              "'deploy-${env}'\n  params: {\n    name: 'reg${env}01'\n    sku: 'Basic'\n  }\n}]\n"
                                                   << "main.bicep"
                                                   << ""
                                                   << "regdev01 .. regprod01";
    QTest::newRow("module default") << "mod.bicep=" + QString::fromUtf8(kModule) << "mod.bicep"
                                    << ""
                                    << "";
    QTest::newRow("customer-managed key with trust policy")
        << "main.bicep=resource r 'Microsoft.ContainerRegistry/registries@2023-07-01' = {\n  name:"
           " 'regcmk02'\n  sku: {\n    name: 'Premium'\n  }\n  properties: {\n    encryption: {\n"
           "      status: 'enabled'\n    }\n    policies: {\n      trustPolicy: {\n        status:"
           " 'enabled'\n      }\n    }\n  }\n}\n"
        << "main.bicep"
        << ""
        << "regcmk02";
}

void TestBicepTemplates::fixesPass()
{
    QFETCH(QString, files);
    QFETCH(QString, file);
    QFETCH(QString, parameterFile);
    QFETCH(QString, name);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Files written;
    for (const QString &entry : files.split(QLatin1Char('|'))) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        written[entry.left(equals).toStdString()] = entry.mid(equals + 1).toStdString();
    }
    writeFiles(dir, written);

    const ScanResult before = scanFolder(dir.path().toStdString());
    QVERIFY2(before.errors.empty(),
             before.errors.empty() ? "" : before.errors.front().message.c_str());
    const std::vector<const Finding *> matches
        = findingsFor(before, file.toStdString(), name.toStdString(), parameterFile.toStdString());
    QCOMPARE(int(matches.size()), 1);
    QCOMPARE(matches.front()->outcome, Outcome::Fail);
    QVERIFY2(matches.front()->isFixable(), matches.front()->fixUnavailableReason.c_str());
    const std::string applied = applyFix(*matches.front()->fix);
    QVERIFY2(applied.empty(), applied.c_str());

    const ScanResult after = scanFolder(dir.path().toStdString());
    QVERIFY2(after.errors.empty(),
             after.errors.empty() ? "" : after.errors.front().message.c_str());
    const std::vector<const Finding *> rechecked
        = findingsFor(after, file.toStdString(), name.toStdString(), parameterFile.toStdString());
    QCOMPARE(int(rechecked.size()), 1);
    QVERIFY2(rechecked.front()->outcome == Outcome::Pass
                 || rechecked.front()->outcome == Outcome::NotApplicable,
             rechecked.front()->reason.c_str());
    // The module itself is not edited through its call.
    if (written.count("mod.bicep") && file != QLatin1String("mod.bicep")) {
        const Result<SourceFile> module
            = readSourceFile(std::filesystem::path(dir.path().toStdString()) / "mod.bicep");
        QVERIFY(module.ok());
        QCOMPARE(module->text(), written["mod.bicep"]);
    }
}

// A module's registry reports at the module line of the calling file, and its fix edits the
// values passed in the call.
void TestBicepTemplates::moduleReportsAtCall()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFiles(dir,
               { { "modules/mod.bicep", kModule },
                 { "main.bicep",
                   "// Calls the module\n"
                   "module single 'modules/mod.bicep' = {\n"
                   "  name: 'single'\n"
                   "  params: {\n"
                   "    name: 'regsingle01'\n"
                   "    sku: 'Premium'\n"
                   "  }\n"
                   "}\n" } });
    const ScanResult scan = scanFolder(dir.path().toStdString());
    const std::vector<const Finding *> matches = findingsFor(scan, "main.bicep", "regsingle01");
    QCOMPARE(int(matches.size()), 1);
    QCOMPARE(matches.front()->line, 2);
    QCOMPARE(matches.front()->outcome, Outcome::Fail);
    QVERIFY(matches.front()->isFixable());
    for (const TextEdit &edit : matches.front()->fix->edits)
        QVERIFY2(edit.path.find("main.bicep") != std::string::npos, edit.path.c_str());
    // The module is also checked on its own, with its defaults, at its own line.
    const std::vector<const Finding *> own = findingsFor(scan, "modules/mod.bicep", "");
    QCOMPARE(int(own.size()), 1);
    QCOMPARE(own.front()->line, 9);
}

void TestBicepTemplates::syntaxErrorKeepsScanning()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFiles(dir,
               { { "bad.bicep", "param sku string\n\nresource r 'A/b@2020-01-01' {\n}\n" },
                 { "bad.bicepparam", "using 'good.bicep'\nparam = 'x'\n" },
                 { "good.bicep",
                   "resource r 'Microsoft.ContainerRegistry/registries@"
                   "2023-07-01' = {\n  name: 'reggood01'\n}\n" } });
    const ScanResult scan = scanFolder(dir.path().toStdString());
    QCOMPARE(int(scan.errors.size()), 2);
    QCOMPARE(scan.errors[0].file, std::string("bad.bicep"));
    QCOMPARE(scan.errors[0].line, 3);
    QCOMPARE(scan.errors[0].column, 29);
    QVERIFY2(scan.errors[0].message.find("expected '=' after the resource type")
                 != std::string::npos,
             scan.errors[0].message.c_str());
    QCOMPARE(scan.errors[1].file, std::string("bad.bicepparam"));
    QCOMPARE(scan.errors[1].line, 2);
    QCOMPARE(int(findingsFor(scan, "good.bicep", "reggood01").size()), 1);
}

// x.parameters.json belongs to x.bicep when there is no x.json, and the template is then not
// evaluated with its defaults.
void TestBicepTemplates::jsonParameterFilePairs()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFiles(dir,
               { { "acr.bicep",
                   "param sku string = 'Basic'\nresource r 'Microsoft.Container"
                   "Registry/registries@2023-07-01' = {\n  name: 'regjson01'\n  sku:"
                   " {\n    name: sku\n  }\n}\n" },
                 { "acr.parameters.prod.json",
                   "{\n  \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/"
                   "deploymentParameters.json#\",\n  \"parameters\": {\n    \"sku\": { \"value\":"
                   " \"Standard\" }\n  }\n}\n" } });
    const ScanResult scan = scanFolder(dir.path().toStdString());
    QCOMPARE(int(findingsFor(scan, "acr.bicep", "regjson01").size()), 0);
    const std::vector<const Finding *> paired
        = findingsFor(scan, "acr.bicep", "regjson01", "acr.parameters.prod.json");
    QCOMPARE(int(paired.size()), 1);
    QVERIFY2(paired.front()->reason.find("'Standard'") != std::string::npos,
             paired.front()->reason.c_str());
    QVERIFY(paired.front()->isFixable());
    const std::vector<TextEdit> &edits = paired.front()->fix->edits;
    QVERIFY(std::any_of(edits.begin(), edits.end(), [](const TextEdit &edit) {
        return edit.path.find("acr.parameters.prod.json") != std::string::npos
            && edit.replacement == "\"Premium\"";
    }));
}

QTEST_GUILESS_MAIN(TestBicepTemplates)
#include "tst_biceptemplates.moc"
