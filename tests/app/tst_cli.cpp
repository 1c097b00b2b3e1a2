// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "support/testsupport.h"

#include "core/fix/fixapply.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// Runs the real binary as a user or CI would. Every run has QT_QPA_PLATFORM, DISPLAY and
// WAYLAND_DISPLAY removed from its environment, so each headless test also proves that
// --check and --fix need no display.
namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runApp(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CV_APP_PATH), arguments);
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = "timed out after 120 s";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

bool copyTree(const QString &from, const QString &to)
{
    const QFileInfo source(from);
    if (source.isFile())
        return QDir().mkpath(to) && QFile::copy(from, to + QLatin1Char('/') + source.fileName());
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(file, target))
            return false;
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    }
    return true;
}

// "cases/NAME" copies a shared case folder, anything else a path under the repository.
QString inputPath(const QString &source)
{
    return source.startsWith(QLatin1String("cases/")) ? testsupport::sharedPath(source)
                                                      : testsupport::sourcePath(source);
}

// Every file under `root` by relative path, with its bytes.
QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(QDir(root).relativeFilePath(path), file.readAll());
    }
    return files;
}

QJsonObject parseReport(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("invalid JSON report: %s", qPrintable(error.errorString()));
    return document.object();
}

// One key per resource and parameter set, stable across the line shifts a fix causes.
QString findingKey(const QJsonObject &finding)
{
    return finding.value(QStringLiteral("file")).toString() + QLatin1Char('|')
        + finding.value(QStringLiteral("resource")).toString() + QLatin1Char('|')
        + finding.value(QStringLiteral("resolvedName")).toString() + QLatin1Char('|')
        + finding.value(QStringLiteral("parameterFile")).toString();
}

QString withoutTrailingComma(QString line)
{
    while (line.endsWith(QLatin1Char('\r')) || line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    if (line.endsWith(QLatin1Char(',')))
        line.chop(1);
    return line;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checkExitCodes_data();
    void checkExitCodes();
    void missingFolderExitsTwo_data();
    void missingFolderExitsTwo();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void versionAndHelp();
    void jsonReportShape();
    void textReportLines();
    void htmlReportWritten();
    void htmlReportUnwritable();
    void dryRunWritesNothing_data();
    void dryRunWritesNothing();
    void fixThenCheck_data();
    void fixThenCheck();
    void fixKeepsBomAndCrlf();
    void sizeLimitOption();
};

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(CV_APP_PATH)).isExecutable(), CV_APP_PATH);
}

void TestCli::checkExitCodes_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("expectedExit");
    QTest::newRow("passing example") << QStringLiteral("examples/premium-content-trust.json") << 0;
    QTest::newRow("failing example") << QStringLiteral("examples/basic-registry.json") << 1;
    QTest::newRow("all examples") << QStringLiteral("examples") << 1;
    QTest::newRow("sku gating case") << QStringLiteral("cases/01-sku-gating") << 1;
    QTest::newRow("passing jsonc case") << QStringLiteral("cases/12-jsonc-comments-commas") << 0;
    QTest::newRow("wrong path case") << QStringLiteral("cases/15-trustpolicy-wrong-path") << 1;
}

void TestCli::checkExitCodes()
{
    QFETCH(QString, source);
    QFETCH(int, expectedExit);
    if (source.startsWith(QLatin1String("cases/")))
        CV_REQUIRE_SHARED_DIR("cases");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyTree(inputPath(source), dir.path()));

    const Run run = runApp({ QStringLiteral("--check"), dir.path() });
    QVERIFY2(run.exitCode == expectedExit, run.out + run.err);
    QVERIFY(!run.out.isEmpty());
}

void TestCli::missingFolderExitsTwo_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("check") << QStringLiteral("--check");
    QTest::newRow("fix") << QStringLiteral("--fix");
}

void TestCli::missingFolderExitsTwo()
{
    QFETCH(QString, option);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("no-such-folder"));
    const Run run = runApp({ option, missing });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("folder not found"));
    QVERIFY(run.err.contains(missing.toUtf8()));
    QVERIFY(run.out.isEmpty());

    // A template file given in place of its folder names the folder to give.
    const QString file = dir.filePath(QStringLiteral("azuredeploy.json"));
    QVERIFY(testsupport::writeBytes(file, "{}"));
    const Run fileRun = runApp({ option, file });
    QCOMPARE(fileRun.exitCode, 2);
    QVERIFY2(fileRun.err.contains("is a file, not a folder"), fileRun.err.constData());
    QVERIFY(fileRun.err.contains(QDir::toNativeSeparators(dir.path()).toUtf8()));
    QVERIFY(fileRun.out.isEmpty());
}

void TestCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    const QString examples = testsupport::sourcePath(QStringLiteral("examples"));
    QTest::newRow("unknown format")
        << QStringList { QStringLiteral("--check"), examples, QStringLiteral("--format"),
                         QStringLiteral("xml") }
        << QByteArray("xml");
    QTest::newRow("unknown option")
        << QStringList { QStringLiteral("--frobnicate") } << QByteArray("frobnicate");
    QTest::newRow("check and fix")
        << QStringList { QStringLiteral("--check"), examples, QStringLiteral("--fix"), examples }
        << QByteArray("--fix");
    QTest::newRow("dry run alone")
        << QStringList { QStringLiteral("--dry-run") } << QByteArray("--dry-run");
    QTest::newRow("report without check")
        << QStringList { QStringLiteral("--report"), QStringLiteral("out.html") }
        << QByteArray("--report");
    QTest::newRow("check without folder")
        << QStringList { QStringLiteral("--check") } << QByteArray("check");
    QTest::newRow("two folders") << QStringList { examples, examples } << QByteArray("FOLDER");
    QTest::newRow("size limit zero")
        << QStringList { QStringLiteral("--check"), examples, QStringLiteral("--max-file-size"),
                         QStringLiteral("0") }
        << QByteArray("--max-file-size");
    QTest::newRow("check twice") << QStringList {
        QStringLiteral("--check"), examples, QStringLiteral("--check"), QStringLiteral("other")
    } << QByteArray("--check was given 2 times");
    QTest::newRow("format twice") << QStringList {
        QStringLiteral("--check"),  examples,
        QStringLiteral("--format"), QStringLiteral("json"),
        QStringLiteral("--format"), QStringLiteral("sarif")
    } << QByteArray("'json', 'sarif'");
    QTest::newRow("unknown colours")
        << QStringList { QStringLiteral("--colours"), QStringLiteral("purple"), examples }
        << QByteArray("invalid --colours 'purple'");
    QTest::newRow("colours with check")
        << QStringList { QStringLiteral("--check"), examples, QStringLiteral("--colours"),
                         QStringLiteral("dark") }
        << QByteArray("--colours applies to the viewer");
    QTest::newRow("size limit without check")
        << QStringList { QStringLiteral("--max-file-size"), QStringLiteral("8") }
        << QByteArray("--max-file-size");
}

void TestCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Run run = runApp(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestCli::versionAndHelp()
{
    const Run version = runApp({ QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("compliance-viewer "));
    QVERIFY(QRegularExpression(QStringLiteral("\\d+\\.\\d+\\.\\d+"))
                .match(QString::fromUtf8(version.out))
                .hasMatch());

    const Run help = runApp({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    for (const char *option : { "--check", "--format", "--report", "--fix", "--dry-run" })
        QVERIFY2(help.out.contains(option), option);
}

void TestCli::jsonReportShape()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyTree(testsupport::sourcePath(QStringLiteral("examples")), dir.path()));
    const Run run = runApp({ QStringLiteral("--check"), dir.path(), QStringLiteral("--format"),
                             QStringLiteral("json") });
    QCOMPARE(run.exitCode, 1);

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject report = document.object();
    const QStringList reportKeys = report.keys();
    QCOMPARE(QSet<QString>(reportKeys.begin(), reportKeys.end()),
             (QSet<QString> { QStringLiteral("root"), QStringLiteral("results"),
                              QStringLiteral("errors"), QStringLiteral("summary") }));
    QCOMPARE(QDir(report.value(QStringLiteral("root")).toString()).canonicalPath(),
             QDir(dir.path()).canonicalPath());

    const QSet<QString> resultKeys {
        QStringLiteral("rule"),          QStringLiteral("outcome"),
        QStringLiteral("file"),          QStringLiteral("line"),
        QStringLiteral("resource"),      QStringLiteral("resolvedName"),
        QStringLiteral("reason"),        QStringLiteral("fixable"),
        QStringLiteral("parameterFile"), QStringLiteral("instances"),
        QStringLiteral("copyInstances"), QStringLiteral("fix"),
        QStringLiteral("notice"),        QStringLiteral("suppressed"),
        QStringLiteral("provenance")
    };
    const QSet<QString> stepKeys { QStringLiteral("label"), QStringLiteral("file"),
                                   QStringLiteral("line"), QStringLiteral("column"),
                                   QStringLiteral("kind") };
    QMap<QString, int> tally;
    const QJsonArray results = report.value(QStringLiteral("results")).toArray();
    QVERIFY(results.size() >= 5);
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        const QStringList keys = result.keys();
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()), resultKeys);
        QCOMPARE(result.value(QStringLiteral("rule")).toString(),
                 QStringLiteral("Azure.ACR.ContentTrust"));
        const QString file = result.value(QStringLiteral("file")).toString();
        QVERIFY2(QFileInfo::exists(dir.filePath(file)), qPrintable(file));
        QVERIFY(QDir::isRelativePath(file));
        QVERIFY(result.value(QStringLiteral("line")).toInt() >= 1);
        QVERIFY(result.value(QStringLiteral("resource")).isString());
        QVERIFY(result.value(QStringLiteral("resolvedName")).isString()
                || result.value(QStringLiteral("resolvedName")).isNull());
        QVERIFY(!result.value(QStringLiteral("reason")).toString().isEmpty());
        QVERIFY(result.value(QStringLiteral("fixable")).isBool());
        QVERIFY(result.value(QStringLiteral("parameterFile")).isString()
                || result.value(QStringLiteral("parameterFile")).isNull());
        QVERIFY(result.value(QStringLiteral("instances")).toInt() >= 1);
        QVERIFY(result.value(QStringLiteral("copyInstances")).isArray());
        const QJsonArray steps = result.value(QStringLiteral("provenance")).toArray();
        QVERIFY(!steps.isEmpty());
        // The first step is the declaration the finding points at: the resource, or the module
        // call that deploys it.
        const QJsonObject firstStep = steps.first().toObject();
        const QString firstKind = firstStep.value(QStringLiteral("kind")).toString();
        QVERIFY2(firstKind == QStringLiteral("Resource")
                     || firstKind == QStringLiteral("ModuleCall"),
                 qPrintable(firstKind));
        QCOMPARE(firstStep.value(QStringLiteral("file")).toString(), file);
        QCOMPARE(firstStep.value(QStringLiteral("line")).toInt(),
                 result.value(QStringLiteral("line")).toInt());
        for (const QJsonValue &stepValue : steps) {
            const QJsonObject step = stepValue.toObject();
            const QStringList stepKeyList = step.keys();
            QCOMPARE(QSet<QString>(stepKeyList.begin(), stepKeyList.end()), stepKeys);
            QVERIFY(!step.value(QStringLiteral("label")).toString().isEmpty());
            QVERIFY(step.value(QStringLiteral("line")).isDouble());
            QVERIFY(step.value(QStringLiteral("column")).isDouble());
        }
        QVERIFY(result.value(QStringLiteral("notice"))
                    .toString()
                    .contains(QStringLiteral("Docker Content Trust")));
        const QJsonValue fix = result.value(QStringLiteral("fix"));
        QCOMPARE(fix.isObject(), result.value(QStringLiteral("fixable")).toBool());
        if (fix.isObject()) {
            const QJsonObject fixObject = fix.toObject();
            QVERIFY(!fixObject.value(QStringLiteral("description")).toString().isEmpty());
            const QJsonArray fixFiles = fixObject.value(QStringLiteral("files")).toArray();
            QVERIFY(!fixFiles.isEmpty());
            for (const QJsonValue &fixFile : fixFiles)
                QVERIFY2(QFileInfo::exists(dir.filePath(fixFile.toString())),
                         qPrintable(fixFile.toString()));
            QVERIFY(fixObject.value(QStringLiteral("sharedWith")).isArray());
        }
        ++tally[result.value(QStringLiteral("outcome")).toString()];
    }
    for (const QString &outcome : tally.keys())
        QVERIFY2(QStringList({ QStringLiteral("Pass"), QStringLiteral("Fail"),
                               QStringLiteral("NotApplicable"), QStringLiteral("Unknown") })
                     .contains(outcome),
                 qPrintable(outcome));

    // The examples hold one passing registry, one with a customer-managed key and three that
    // fail. The Premium template is evaluated with its parameter file only, and the parameter
    // file is not a template, so no finding names it as its file.
    QVERIFY(tally.value(QStringLiteral("Pass")) >= 1);
    QVERIFY(tally.value(QStringLiteral("Fail")) >= 3);
    QVERIFY(tally.value(QStringLiteral("NotApplicable")) >= 1);
    int premiumFindings = 0;
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        QVERIFY(result.value(QStringLiteral("file")).toString()
                != QLatin1String("premium-without-trust-policy.parameters.json"));
        if (result.value(QStringLiteral("file")).toString()
            != QLatin1String("premium-without-trust-policy.json"))
            continue;
        ++premiumFindings;
        QCOMPARE(result.value(QStringLiteral("parameterFile")).toString(),
                 QStringLiteral("premium-without-trust-policy.parameters.json"));
        QCOMPARE(result.value(QStringLiteral("resolvedName")).toString(),
                 QStringLiteral("exampleprod01"));
    }
    QCOMPARE(premiumFindings, 1);

    const QJsonObject summary = report.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.size(), 6);
    QCOMPARE(summary.value(QStringLiteral("suppressed")).toInt(), 0);
    for (const QString &outcome : { QStringLiteral("Pass"), QStringLiteral("Fail"),
                                    QStringLiteral("NotApplicable"), QStringLiteral("Unknown") })
        QCOMPARE(summary.value(outcome).toInt(), tally.value(outcome));
    QCOMPARE(summary.value(QStringLiteral("files")).toInt(), 6);
    QVERIFY(report.value(QStringLiteral("errors")).isArray());
}

void TestCli::textReportLines()
{
    CV_REQUIRE_SHARED_DIR("cases");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyTree(testsupport::sharedPath(QStringLiteral("cases/01-sku-gating")), dir.path()));
    const Run run = runApp({ QStringLiteral("--check"), dir.path() });
    QCOMPARE(run.exitCode, 1);

    const QString text = QString::fromUtf8(run.out);
    const QRegularExpression basic(
        QStringLiteral(
            "^azuredeploy\\.json:\\d+: Fail Azure\\.ACR\\.ContentTrust registrybasic01: .+$"),
        QRegularExpression::MultilineOption);
    QVERIFY2(basic.match(text).hasMatch(), qPrintable(text));
    const QRegularExpression passing(
        QStringLiteral(
            "^azuredeploy\\.json:\\d+: Pass Azure\\.ACR\\.ContentTrust registrypremok: .+$"),
        QRegularExpression::MultilineOption);
    QVERIFY(passing.match(text).hasMatch());
    QVERIFY(text.contains(QStringLiteral("1 Pass, 4 Fail, 0 NotApplicable, 0 Unknown")));
    QCOMPARE(text.count(QStringLiteral("Notary Project")), 1);
}

void TestCli::htmlReportWritten()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("templates"));
    QVERIFY(copyTree(testsupport::sourcePath(QStringLiteral("examples")), folder));
    const QString reportPath = dir.filePath(QStringLiteral("report.html"));
    const Run run
        = runApp({ QStringLiteral("--check"), folder, QStringLiteral("--report"), reportPath });
    QCOMPARE(run.exitCode, 1);

    QFile report(reportPath);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray page = report.readAll();
    QVERIFY(page.startsWith("<!DOCTYPE html>"));
    QVERIFY(page.contains("examplebasic01"));
    QVERIFY(page.contains("basic-registry.json"));
    QVERIFY(!page.contains("<script"));
}

void TestCli::htmlReportUnwritable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyTree(testsupport::sourcePath(QStringLiteral("examples/premium-content-trust.json")),
                     dir.path()));
    const QString reportPath = dir.filePath(QStringLiteral("missing-folder/report.html"));
    const Run run
        = runApp({ QStringLiteral("--check"), dir.path(), QStringLiteral("--report"), reportPath });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(reportPath.toUtf8()));
}

void TestCli::dryRunWritesNothing_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("examples") << QStringLiteral("examples");
    QTest::newRow("sku gating case") << QStringLiteral("cases/01-sku-gating");
    QTest::newRow("bom and crlf case") << QStringLiteral("cases/13-utf8-bom-crlf");
}

void TestCli::dryRunWritesNothing()
{
    QFETCH(QString, source);
    if (source.startsWith(QLatin1String("cases/")))
        CV_REQUIRE_SHARED_DIR("cases");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyTree(inputPath(source), dir.path()));
    const QMap<QString, QByteArray> before = snapshot(dir.path());

    const Run run = runApp({ QStringLiteral("--fix"), dir.path(), QStringLiteral("--dry-run") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.startsWith("--- a/"));
    QVERIFY(run.out.contains("\n+++ b/"));
    QVERIFY(run.out.contains("\n@@ -"));
    QVERIFY(snapshot(dir.path()) == before);
}

void TestCli::fixThenCheck_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("examples") << QStringLiteral("examples");
    QTest::newRow("sku gating") << QStringLiteral("cases/01-sku-gating");
    QTest::newRow("customer-managed key") << QStringLiteral("cases/02-cmk-encryption");
    QTest::newRow("condition false") << QStringLiteral("cases/08-condition-false");
    QTest::newRow("bom and crlf") << QStringLiteral("cases/13-utf8-bom-crlf");
    QTest::newRow("wrong trust policy path") << QStringLiteral("cases/15-trustpolicy-wrong-path");
    QTest::newRow("old api version") << QStringLiteral("cases/17-old-api-version");
    QTest::newRow("large copy loop") << QStringLiteral("cases/18-large-copy-count");
}

void TestCli::fixThenCheck()
{
    QFETCH(QString, source);
    if (source.startsWith(QLatin1String("cases/")))
        CV_REQUIRE_SHARED_DIR("cases");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyTree(inputPath(source), dir.path()));
    const QMap<QString, QByteArray> original = snapshot(dir.path());
    const QStringList checkJson { QStringLiteral("--check"), dir.path(), QStringLiteral("--format"),
                                  QStringLiteral("json") };

    const Run before = runApp(checkJson);
    QCOMPARE(before.exitCode, 1);
    QStringList fixableFailures;
    for (const QJsonValue &value :
         parseReport(before.out).value(QStringLiteral("results")).toArray()) {
        const QJsonObject finding = value.toObject();
        if (finding.value(QStringLiteral("fixable")).toBool()
            && finding.value(QStringLiteral("outcome")).toString() == QLatin1String("Fail"))
            fixableFailures << findingKey(finding);
    }
    QVERIFY(!fixableFailures.isEmpty());

    const Run dryRun = runApp({ QStringLiteral("--fix"), dir.path(), QStringLiteral("--dry-run") });
    QCOMPARE(dryRun.exitCode, 0);
    const Run fix = runApp({ QStringLiteral("--fix"), dir.path() });
    QVERIFY2(fix.exitCode == 0, fix.err.constData());
    QVERIFY(fix.out.startsWith("fixed "));
    QVERIFY2(fix.err.isEmpty(), fix.err.constData());

    const Run after = runApp(checkJson);
    QVERIFY(after.exitCode == 0 || after.exitCode == 1);
    QMap<QString, QString> outcomeAfter;
    for (const QJsonValue &value :
         parseReport(after.out).value(QStringLiteral("results")).toArray())
        outcomeAfter.insert(findingKey(value.toObject()),
                            value.toObject().value(QStringLiteral("outcome")).toString());
    for (const QString &key : fixableFailures) {
        QVERIFY2(outcomeAfter.contains(key), qPrintable(key));
        QVERIFY2(outcomeAfter.value(key) != QLatin1String("Fail"), qPrintable(key));
    }

    // The saved change is exactly what the dry run showed, file by file in name order.
    const QMap<QString, QByteArray> fixed = snapshot(dir.path());
    QCOMPARE(fixed.keys(), original.keys());
    std::string expectedDiff;
    for (auto it = original.cbegin(); it != original.cend(); ++it)
        expectedDiff += compliance::unifiedDiff(
            it.value().toStdString(), fixed.value(it.key()).toStdString(),
            "a/" + it.key().toStdString(), "b/" + it.key().toStdString());
    QCOMPARE(dryRun.out, QByteArray::fromStdString(expectedDiff));

    // Every line the fix changed is about the SKU, the trust policy or the apiVersion, is a
    // line of brackets and commas around them, or only gained or lost a trailing comma.
    const QRegularExpression fixLine(
        QStringLiteral(
            "sku|tier|Basic|Standard|Premium|polic|Notary|status|enabled|apiVersion|properties|"
            "^[\\s{}\\[\\],]*$"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList removed;
    QStringList added;
    for (const QString &line : QString::fromUtf8(dryRun.out).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("---")) || line.startsWith(QLatin1String("+++")))
            continue;
        if (line.startsWith(QLatin1Char('-')))
            removed << withoutTrailingComma(line.mid(1));
        else if (line.startsWith(QLatin1Char('+')))
            added << withoutTrailingComma(line.mid(1));
    }
    for (const QString &line : removed)
        QVERIFY2(fixLine.match(line).hasMatch() || added.contains(line), qPrintable(line));
    for (const QString &line : added)
        QVERIFY2(fixLine.match(line).hasMatch() || removed.contains(line), qPrintable(line));
}

void TestCli::fixKeepsBomAndCrlf()
{
    CV_REQUIRE_SHARED_DIR("cases");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(
        copyTree(testsupport::sharedPath(QStringLiteral("cases/13-utf8-bom-crlf")), dir.path()));
    const Run fix = runApp({ QStringLiteral("--fix"), dir.path() });
    QCOMPARE(fix.exitCode, 0);
    QCOMPARE(fix.out, QByteArray("fixed azuredeploy.json: 1 finding\n"));

    QFile file(dir.filePath(QStringLiteral("azuredeploy.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.count("\n"), bytes.count("\r\n"));
    QVERIFY(bytes.contains("\"enabled\""));
    QVERIFY(!bytes.contains("\"disabled\""));
}

void TestCli::sizeLimitOption()
{
    // A template just over 1 MiB: skipped with --max-file-size 1, read with the default.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile source(testsupport::sourcePath(QStringLiteral("examples/basic-registry.json")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray text = source.readAll();
    text.append(QByteArray(1024 * 1024, ' '));
    QFile big(dir.filePath(QStringLiteral("big.json")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write(text);
    big.close();

    const Run limited = runApp({ QStringLiteral("--check"), dir.path(),
                                 QStringLiteral("--max-file-size"), QStringLiteral("1") });
    QCOMPARE(limited.exitCode, 0);
    QVERIFY2(limited.out.contains("larger than the maximum file size of 1048576 bytes"),
             limited.out.constData());
    QVERIFY(limited.out.contains("--max-file-size"));

    const Run defaults = runApp({ QStringLiteral("--check"), dir.path() });
    QCOMPARE(defaults.exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
