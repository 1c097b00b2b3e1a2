// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Checks the suppression file: glob matching, validation messages, which findings an entry
// marks, and the notice for entries that match nothing.
#include "core/scan/scanner.h"
#include "core/scan/suppressions.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace compliance;

class TestSuppressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void globs_data();
    void globs();
    void invalidEntries_data();
    void invalidEntries();
    void marksMatchingFindings();
    void reportsUnusedEntries();
    void scanCountsSuppressedApart();
};

namespace {

Finding finding(const std::string &file, const std::string &name,
                const std::string &parameterFile = {})
{
    Finding result;
    result.ruleId = "Azure.ACR.ContentTrust";
    result.outcome = Outcome::Fail;
    result.file = file;
    result.resolvedName = name;
    result.resource = "[parameters('name')]";
    result.parameterFile = parameterFile;
    return result;
}

} // namespace

void TestSuppressions::globs_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");

    QTest::newRow("exact") << "main.json"
                           << "main.json" << true;
    QTest::newRow("star in segment") << "*.json"
                                     << "main.json" << true;
    QTest::newRow("star stops at slash") << "*.json"
                                         << "infra/main.json" << false;
    QTest::newRow("double star crosses") << "**/main.json"
                                         << "a/b/main.json" << true;
    QTest::newRow("double star at top") << "**/main.json"
                                        << "main.json" << true;
    QTest::newRow("folder prefix") << "legacy/**"
                                   << "legacy/x/y.bicep" << true;
    QTest::newRow("other folder") << "legacy/**"
                                  << "current/y.bicep" << false;
    QTest::newRow("question mark") << "acr?"
                                   << "acr1" << true;
    QTest::newRow("question not slash") << "a?b"
                                        << "a/b" << false;
    QTest::newRow("too short") << "main.json"
                               << "main.js" << false;
    QTest::newRow("name glob") << "registry*"
                               << "registrylegacy01" << true;
}

void TestSuppressions::globs()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(matchesGlob(pattern.toStdString(), text.toStdString()), expected);
}

void TestSuppressions::invalidEntries_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("entries");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");

    QTest::newRow("not JSON") << "{ \"suppressions\": [ }" << 0 << "invalid JSON" << 1;
    QTest::newRow("no array") << "{ \"skip\": [] }" << 0 << "\"suppressions\" array" << 1;
    QTest::newRow("missing reason")
        << "{\n  \"suppressions\": [\n    { \"resource\": \"acr1\" }\n  ]\n}" << 0
        << "needs a \"reason\"" << 3;
    QTest::newRow("number pattern")
        << "{\n  \"suppressions\": [\n    { \"file\": 3, \"reason\": \"x\" },\n"
           "    { \"file\": \"a.json\", \"reason\": \"kept\" }\n  ]\n}"
        << 1 << "\"file\" must be a string" << 3;
}

void TestSuppressions::invalidEntries()
{
    QFETCH(QString, text);
    QFETCH(int, entries);
    QFETCH(QString, message);
    QFETCH(int, line);

    const Suppressions suppressions
        = Suppressions::parse(text.toStdString(), ".complianceviewer.json");
    QCOMPARE(int(suppressions.entries().size()), entries);
    QCOMPARE(suppressions.errors().size(), std::size_t(1));
    const FileError &error = suppressions.errors().front();
    QCOMPARE(error.file, std::string(".complianceviewer.json"));
    QVERIFY2(QString::fromStdString(error.message).contains(message), error.message.c_str());
    QCOMPARE(error.line, line);
}

void TestSuppressions::marksMatchingFindings()
{
    Suppressions suppressions = Suppressions::parse(R"({
  // Comments are allowed, as in templates.
  "suppressions": [
    { "resource": "registrylegacy*", "reason": "Retired with the legacy cluster." },
    { "rule": "Azure.ACR.ContentTrust", "file": "dev/**", "parameterFile": "**/*.dev.json",
      "reason": "Development registries are not signed." },
    { "rule": "Other.Rule", "reason": "Another rule." },
  ]
})",
                                                    ".complianceviewer.json");
    QVERIFY(suppressions.errors().empty());
    QCOMPARE(suppressions.entries().size(), std::size_t(3));

    std::vector<Finding> findings {
        finding("prod/main.json", "registrylegacy01"),
        finding("dev/main.json", "registrydev01", "dev/main.parameters.dev.json"),
        finding("dev/main.json", "registrydev01", "dev/main.parameters.prod.json"),
        finding("prod/main.json", "registryprod01")
    };
    suppressions.apply(findings);
    QCOMPARE(findings[0].suppressedReason, std::string("Retired with the legacy cluster."));
    QCOMPARE(findings[1].suppressedReason, std::string("Development registries are not signed."));
    QVERIFY(!findings[2].isSuppressed());
    QVERIFY(!findings[3].isSuppressed());
    QCOMPARE(findings[0].outcome, Outcome::Fail);
}

void TestSuppressions::reportsUnusedEntries()
{
    Suppressions suppressions = Suppressions::parse(R"({
  "suppressions": [
    { "resource": "registryone", "reason": "Used." },
    { "resource": "registrygone", "reason": "Deleted long ago." }
  ]
})",
                                                    ".complianceviewer.json");
    std::vector<Finding> findings { finding("main.json", "registryone") };
    suppressions.apply(findings);
    const std::vector<FileError> unused = suppressions.unusedEntries();
    QCOMPARE(unused.size(), std::size_t(1));
    QCOMPARE(unused.front().line, 4);
    QVERIFY(unused.front().message.find("resource 'registrygone'") != std::string::npos);
    QVERIFY(unused.front().message.find("matches no finding") != std::string::npos);
}

void TestSuppressions::scanCountsSuppressedApart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray registry = R"(
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "NAME",
      "location": "westeurope",
      "sku": { "name": "Basic" }
    })";
    const QByteArray templateText = QByteArray(R"({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [)")
        + QByteArray(registry).replace("NAME", "registrykeep01") + ","
        + QByteArray(registry).replace("NAME", "registryaccepted01") + "\n  ]\n}\n";
    QFile templateFile(dir.filePath(QStringLiteral("main.json")));
    QVERIFY(templateFile.open(QIODevice::WriteOnly));
    templateFile.write(templateText);
    templateFile.close();
    QFile suppressionFile(dir.filePath(QStringLiteral(".complianceviewer.json")));
    QVERIFY(suppressionFile.open(QIODevice::WriteOnly));
    suppressionFile.write(R"({
  "suppressions": [
    { "resource": "registryaccepted01", "reason": "Replaced by a Premium registry next quarter." },
    { "file": "old/*.json", "reason": "The old folder was deleted." }
  ]
})");
    suppressionFile.close();

    const ScanResult scan = scanFolder(dir.path().toStdString());
    QCOMPARE(scan.findings.size(), std::size_t(2));
    const OutcomeCounts counts = scan.counts();
    QCOMPARE(counts.fail, 1);
    QCOMPARE(counts.suppressed, 1);
    const auto accepted
        = std::find_if(scan.findings.begin(), scan.findings.end(),
                       [](const Finding &f) { return f.resolvedName == "registryaccepted01"; });
    QVERIFY(accepted != scan.findings.end());
    QCOMPARE(accepted->outcome, Outcome::Fail);
    QCOMPARE(accepted->suppressedReason,
             std::string("Replaced by a Premium registry next quarter."));

    // The stale entry is reported against the suppression file, at its line.
    QCOMPARE(scan.errors.size(), std::size_t(1));
    QCOMPARE(scan.errors.front().file, std::string(".complianceviewer.json"));
    QCOMPARE(scan.errors.front().line, 4);
}

QTEST_GUILESS_MAIN(TestSuppressions)
#include "tst_suppressions.moc"
