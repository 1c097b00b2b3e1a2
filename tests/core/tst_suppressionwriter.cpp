// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Checks that suppression entries are written into real suppression files: a new file, files
// with comments, CRLF line ends and other layouts, and invalid files that must stay untouched.
#include "core/scan/scanner.h"
#include "core/scan/suppressions.h"
#include "core/scan/suppressionwriter.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace compliance;
using testsupport::readBytes;
using testsupport::writeBytes;

namespace {

Suppression sampleEntry()
{
    Suppression entry;
    entry.rule = "Azure.ACR.ContentTrust";
    entry.file = "infra/main.json";
    entry.resource = "registry\"quoted\"";
    entry.reason = "Accepted until the registry moves to Notation signing";
    return entry;
}

QString suppressionPath(const QTemporaryDir &dir)
{
    return dir.filePath(QString::fromUtf8(kSuppressionFileName.data(),
                                          static_cast<int>(kSuppressionFileName.size())));
}

// A registry that fails the rule: Premium with the trust policy disabled.
const QByteArray kFailingTemplate
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
      "\"status\": \"disabled\" } } }\n"
      "    }\n"
      "  ]\n"
      "}\n";

} // namespace

class TestSuppressionWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsMissingFile();
    void keepsLayout_data();
    void keepsLayout();
    void keepsCrlfAndComments();
    void rejectsInvalidFile_data();
    void rejectsInvalidFile();
    void rejectsEmptyReason();
    void entryFromFinding();
    void suppressesOnRescan();
};

void TestSuppressionWriter::createsMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Status status = addSuppression(dir.path().toStdString(), sampleEntry());
    QVERIFY2(status.ok(), status.error().c_str());

    const QByteArray written = readBytes(suppressionPath(dir));
    QCOMPARE(written,
             QByteArray("{\n"
                        "  \"suppressions\": [\n"
                        "    {\n"
                        "      \"rule\": \"Azure.ACR.ContentTrust\",\n"
                        "      \"file\": \"infra/main.json\",\n"
                        "      \"resource\": \"registry\\\"quoted\\\"\",\n"
                        "      \"reason\": \"Accepted until the registry moves to Notation "
                        "signing\"\n"
                        "    }\n"
                        "  ]\n"
                        "}\n"));
    const Suppressions loaded = Suppressions::load(dir.path().toStdString());
    QVERIFY(loaded.errors().empty());
    QCOMPARE(loaded.entries().size(), std::size_t(1));
    QCOMPARE(loaded.entries().front().resource, std::string("registry\"quoted\""));
    QCOMPARE(loaded.entries().front().reason, sampleEntry().reason);
}

void TestSuppressionWriter::keepsLayout_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");

    const QByteArray entry = "{\n"
                             "      \"rule\": \"Azure.ACR.ContentTrust\",\n"
                             "      \"file\": \"infra/main.json\",\n"
                             "      \"resource\": \"registry\\\"quoted\\\"\",\n"
                             "      \"reason\": \"Accepted until the registry moves to Notation "
                             "signing\"\n"
                             "    }";
    QTest::newRow("one-line empty array")
        << QByteArray("{\n  \"suppressions\": []\n}\n")
        << "{\n  \"suppressions\": [\n    " + entry + "\n  ]\n}\n";
    QTest::newRow("multi-line empty array")
        << QByteArray("{\n  \"suppressions\": [\n  ]\n}\n")
        << "{\n  \"suppressions\": [\n    " + entry + "\n  ]\n}\n";
    QTest::newRow("missing array")
        << QByteArray("{\n  \"version\": 1\n}\n")
        << "{\n  \"version\": 1,\n  \"suppressions\": [\n    " + entry + "\n  ]\n}\n";

    const QByteArray existing = "{\n"
                                "  \"suppressions\": [\n"
                                "    {\n"
                                "      \"rule\": \"*\",\n"
                                "      \"file\": \"old.json\",\n"
                                "      \"reason\": \"Legacy\"\n"
                                "    }";
    QTest::newRow("after last entry") << existing + "\n  ]\n}\n"
                                      << existing + ",\n    " + entry + "\n  ]\n}\n";
    QTest::newRow("trailing comma reused") << existing + ",\n  ]\n}\n"
                                           << existing + ",\n    " + entry + "\n  ]\n}\n";
    QTest::newRow("comment after last entry") << existing
            + " // keep\n  ]\n}\n" << existing + ", // keep\n    " + entry + "\n  ]\n}\n";
    QTest::newRow("inline array")
        << QByteArray("{\"suppressions\": [{\"rule\": \"*\", \"reason\": \"Legacy\"}]}")
        << QByteArray("{\"suppressions\": [{\"rule\": \"*\", \"reason\": \"Legacy\"}, "
                      "{\"rule\": \"Azure.ACR.ContentTrust\", \"file\": \"infra/main.json\", "
                      "\"resource\": \"registry\\\"quoted\\\"\", \"reason\": \"Accepted until the "
                      "registry moves to Notation signing\"}]}");
}

void TestSuppressionWriter::keepsLayout()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeBytes(suppressionPath(dir), before));

    const Status status = addSuppression(dir.path().toStdString(), sampleEntry());
    QVERIFY2(status.ok(), status.error().c_str());
    QCOMPARE(readBytes(suppressionPath(dir)), after);
    QVERIFY(Suppressions::load(dir.path().toStdString()).errors().empty());
}

void TestSuppressionWriter::keepsCrlfAndComments()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray before = "\xEF\xBB\xBF{\r\n"
                              "\t// Reviewed by the platform team.\r\n"
                              "\t\"suppressions\": [\r\n"
                              "\t\t/* legacy registries */\r\n"
                              "\t\t{\r\n"
                              "\t\t\t\"file\": \"legacy/**\",\r\n"
                              "\t\t\t\"reason\": \"Retired next quarter\"\r\n"
                              "\t\t}\r\n"
                              "\t]\r\n"
                              "}\r\n";
    QVERIFY(writeBytes(suppressionPath(dir), before));

    const Status status = addSuppression(dir.path().toStdString(), sampleEntry());
    QVERIFY2(status.ok(), status.error().c_str());
    const QByteArray after = readBytes(suppressionPath(dir));
    QCOMPARE(after,
             QByteArray("\xEF\xBB\xBF{\r\n"
                        "\t// Reviewed by the platform team.\r\n"
                        "\t\"suppressions\": [\r\n"
                        "\t\t/* legacy registries */\r\n"
                        "\t\t{\r\n"
                        "\t\t\t\"file\": \"legacy/**\",\r\n"
                        "\t\t\t\"reason\": \"Retired next quarter\"\r\n"
                        "\t\t},\r\n"
                        "\t\t{\r\n"
                        "\t\t\t\"rule\": \"Azure.ACR.ContentTrust\",\r\n"
                        "\t\t\t\"file\": \"infra/main.json\",\r\n"
                        "\t\t\t\"resource\": \"registry\\\"quoted\\\"\",\r\n"
                        "\t\t\t\"reason\": \"Accepted until the registry moves to Notation "
                        "signing\"\r\n"
                        "\t\t}\r\n"
                        "\t]\r\n"
                        "}\r\n"));
    QCOMPARE(after.count("\r\n"), after.count('\n'));
    const Suppressions loaded = Suppressions::load(dir.path().toStdString());
    QVERIFY(loaded.errors().empty());
    QCOMPARE(loaded.entries().size(), std::size_t(2));
}

void TestSuppressionWriter::rejectsInvalidFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("broken JSON") << QByteArray(
        "{\n  \"suppressions\": [\n    {\"rule\": }\n  ]\n}\n")
                                 << QStringLiteral("is not valid JSON at line 3");
    QTest::newRow("array root") << QByteArray("[]\n")
                                << QStringLiteral("must contain a JSON object");
    QTest::newRow("suppressions not array")
        << QByteArray("{\n  \"suppressions\": {}\n}\n") << QStringLiteral("must be an array");
}

void TestSuppressionWriter::rejectsInvalidFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeBytes(suppressionPath(dir), content));

    const Status status = addSuppression(dir.path().toStdString(), sampleEntry());
    QVERIFY(!status.ok());
    QVERIFY2(QString::fromStdString(status.error()).contains(message), status.error().c_str());
    QVERIFY2(
        QString::fromStdString(status.error()).contains(QLatin1String(".complianceviewer.json")),
        status.error().c_str());
    QCOMPARE(readBytes(suppressionPath(dir)), content);
    // No temporary file is left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestSuppressionWriter::rejectsEmptyReason()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Suppression entry = sampleEntry();
    entry.reason = " \t ";
    const Status status = addSuppression(dir.path().toStdString(), entry);
    QVERIFY(!status.ok());
    QVERIFY2(QString::fromStdString(status.error()).contains(QLatin1String("reason")),
             status.error().c_str());
    QVERIFY(!QFile::exists(suppressionPath(dir)));
}

void TestSuppressionWriter::entryFromFinding()
{
    Finding finding;
    finding.ruleId = "Azure.ACR.ContentTrust";
    finding.file = "env/prod.json";
    finding.resource = "[parameters('name')]";
    finding.resolvedName = "prodregistry";
    finding.parameterFile = "env/prod.parameters.json";
    const Suppression entry = suppressionFor(finding, "Accepted");
    QCOMPARE(entry.rule, finding.ruleId);
    QCOMPARE(entry.file, finding.file);
    QCOMPARE(entry.resource, std::string("prodregistry"));
    QCOMPARE(entry.parameterFile, finding.parameterFile);
    QCOMPARE(entry.reason, std::string("Accepted"));

    finding.resolvedName.clear();
    QCOMPARE(suppressionFor(finding, "Accepted").resource, finding.resource);
}

void TestSuppressionWriter::suppressesOnRescan()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString templatePath = dir.filePath(QStringLiteral("main.json"));
    QVERIFY(writeBytes(templatePath, kFailingTemplate));

    const ScanResult first = scanFolder(dir.path().toStdString());
    QCOMPARE(first.findings.size(), std::size_t(1));
    QCOMPARE(first.counts().fail, 1);
    const Status status = addSuppression(dir.path().toStdString(),
                                         suppressionFor(first.findings.front(), "Accepted risk"));
    QVERIFY2(status.ok(), status.error().c_str());

    const ScanResult second = scanFolder(dir.path().toStdString());
    QCOMPARE(second.findings.size(), std::size_t(1));
    QCOMPARE(second.findings.front().suppressedReason, std::string("Accepted risk"));
    QCOMPARE(second.counts().fail, 0);
    QCOMPARE(second.counts().suppressed, 1);
    QVERIFY(second.errors.empty());
    QCOMPARE(readBytes(templatePath), kFailingTemplate);
}

QTEST_GUILESS_MAIN(TestSuppressionWriter)
#include "tst_suppressionwriter.moc"
