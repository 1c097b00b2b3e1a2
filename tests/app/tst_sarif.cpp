// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Runs `--check --format sarif` on real templates and checks the SARIF log: its shape, stable
// fingerprints, and fixes that, applied from the log alone, make the registry pass. When the
// SARIF multitool is installed (scripts/run-tests.sh installs it), the log is also validated
// with it.
#include "support/testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSarif : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logShape();
    void fingerprintsStable();
    void fixesFromLogPass();
    void multitoolValidates();
};

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    Run run;
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        run.err = "timed out after 180 s";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

Run checkSarif(const QString &folder)
{
    return runProgram(
        QStringLiteral(CV_APP_PATH),
        { QStringLiteral("--format"), QStringLiteral("sarif"), QStringLiteral("--check"), folder });
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(file, target))
            return false;
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

QJsonObject firstRun(const QByteArray &sarif)
{
    return QJsonDocument::fromJson(sarif)
        .object()
        .value(QStringLiteral("runs"))
        .toArray()
        .first()
        .toObject();
}

// The offset in `lines` (a file split at '\n', each line without it) of a 1-based SARIF line and
// UTF-16 column.
int offsetOf(const QStringList &lines, int line, int column)
{
    int offset = 0;
    for (int i = 0; i < line - 1; ++i)
        offset += int(lines[i].size()) + 1;
    return offset + column - 1;
}

// The SARIF multitool installed by scripts/run-tests.sh, or one on PATH; empty when absent.
QString multitoolPath()
{
    const QString fromEnvironment = qEnvironmentVariable("CV_SARIF_MULTITOOL");
    if (!fromEnvironment.isEmpty() && QFileInfo(fromEnvironment).isExecutable())
        return fromEnvironment;
    return QStandardPaths::findExecutable(QStringLiteral("sarif-multitool"));
}

} // namespace

void TestSarif::logShape()
{
    CV_REQUIRE_SHARED_DIR("cases");
    const Run run = checkSarif(testsupport::sharedPath(QStringLiteral("cases/01-sku-gating")));
    QCOMPARE(run.exitCode, 1);

    const QJsonObject log = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
    QVERIFY(
        log.value(QStringLiteral("$schema")).toString().contains(QStringLiteral("sarif-2.1.0")));

    const QJsonObject sarifRun = firstRun(run.out);
    const QJsonObject driver = sarifRun.value(QStringLiteral("tool"))
                                   .toObject()
                                   .value(QStringLiteral("driver"))
                                   .toObject();
    QCOMPARE(driver.value(QStringLiteral("name")).toString(), QStringLiteral("Compliance Viewer"));
    const QJsonObject rule = driver.value(QStringLiteral("rules")).toArray().first().toObject();
    QCOMPARE(rule.value(QStringLiteral("id")).toString(), QStringLiteral("Azure.ACR.ContentTrust"));
    QVERIFY(!rule.value(QStringLiteral("name")).toString().isEmpty());
    QVERIFY(!rule.value(QStringLiteral("shortDescription"))
                 .toObject()
                 .value(QStringLiteral("text"))
                 .toString()
                 .isEmpty());
    QVERIFY(rule.value(QStringLiteral("fullDescription"))
                .toObject()
                .value(QStringLiteral("text"))
                .toString()
                .contains(QStringLiteral("Notary Project")));
    QVERIFY(rule.value(QStringLiteral("help"))
                .toObject()
                .value(QStringLiteral("markdown"))
                .toString()
                .contains(QStringLiteral("## SYNOPSIS")));
    QVERIFY(
        rule.value(QStringLiteral("helpUri")).toString().startsWith(QStringLiteral("https://")));

    // The case has two Basic and one Standard registry, and Premium ones without the policy.
    const QJsonArray results = sarifRun.value(QStringLiteral("results")).toArray();
    QVERIFY(results.size() >= 3);
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        QCOMPARE(result.value(QStringLiteral("ruleId")).toString(),
                 QStringLiteral("Azure.ACR.ContentTrust"));
        QCOMPARE(result.value(QStringLiteral("ruleIndex")).toInt(), 0);
        QVERIFY(QStringList({ QStringLiteral("fail"), QStringLiteral("review") })
                    .contains(result.value(QStringLiteral("kind")).toString()));
        QVERIFY(!result.value(QStringLiteral("message"))
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString()
                     .isEmpty());
        const QJsonObject location = result.value(QStringLiteral("locations"))
                                         .toArray()
                                         .first()
                                         .toObject()
                                         .value(QStringLiteral("physicalLocation"))
                                         .toObject();
        const QString uri = location.value(QStringLiteral("artifactLocation"))
                                .toObject()
                                .value(QStringLiteral("uri"))
                                .toString();
        QVERIFY2(QFileInfo::exists(
                     testsupport::sharedPath(QStringLiteral("cases/01-sku-gating/") + uri)),
                 qPrintable(uri));
        QVERIFY(location.value(QStringLiteral("region"))
                    .toObject()
                    .value(QStringLiteral("startLine"))
                    .toInt()
                >= 1);
        QVERIFY(result.value(QStringLiteral("partialFingerprints")).toObject().size() == 1);
    }
}

void TestSarif::fingerprintsStable()
{
    CV_REQUIRE_SHARED_DIR("corpus");
    const QString folder = testsupport::sharedPath(QStringLiteral("corpus/acr"));
    const Run first = checkSarif(folder);
    const Run second = checkSarif(folder);
    QVERIFY(!first.out.isEmpty());

    const auto fingerprints = [](const QByteArray &sarif) {
        QStringList prints;
        for (const QJsonValue &value : firstRun(sarif).value(QStringLiteral("results")).toArray())
            prints << QString::fromUtf8(
                QJsonDocument(
                    value.toObject().value(QStringLiteral("partialFingerprints")).toObject())
                    .toJson(QJsonDocument::Compact));
        return prints;
    };
    const QStringList firstPrints = fingerprints(first.out);
    QVERIFY(!firstPrints.isEmpty());
    QCOMPARE(fingerprints(second.out), firstPrints);
}

void TestSarif::fixesFromLogPass()
{
    // Applies every fix of the log to a copy, using only the log's regions, then checks again.
    CV_REQUIRE_SHARED_DIR("cases");
    QTemporaryDir copy;
    QVERIFY(copy.isValid());
    QVERIFY(copyTree(testsupport::sharedPath(QStringLiteral("cases/01-sku-gating")), copy.path()));

    const Run before = checkSarif(copy.path());
    QMap<QString, QList<QJsonObject>> replacementsByFile;
    int fixes = 0;
    for (const QJsonValue &value :
         firstRun(before.out).value(QStringLiteral("results")).toArray()) {
        const QJsonArray resultFixes = value.toObject().value(QStringLiteral("fixes")).toArray();
        if (resultFixes.isEmpty())
            continue;
        ++fixes;
        for (const QJsonValue &change :
             resultFixes.first().toObject().value(QStringLiteral("artifactChanges")).toArray()) {
            const QString uri = change.toObject()
                                    .value(QStringLiteral("artifactLocation"))
                                    .toObject()
                                    .value(QStringLiteral("uri"))
                                    .toString();
            for (const QJsonValue &replacement :
                 change.toObject().value(QStringLiteral("replacements")).toArray())
                replacementsByFile[uri] << replacement.toObject();
        }
    }
    QVERIFY(fixes >= 3);

    for (auto it = replacementsByFile.begin(); it != replacementsByFile.end(); ++it) {
        QFile file(copy.filePath(it.key()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        file.close();
        const QStringList lines = text.split(QLatin1Char('\n'));

        // Apply from the end of the file, so earlier offsets stay valid.
        QList<QPair<int, QJsonObject>> ordered;
        for (const QJsonObject &replacement : it.value()) {
            const QJsonObject region
                = replacement.value(QStringLiteral("deletedRegion")).toObject();
            ordered << qMakePair(offsetOf(lines, region.value(QStringLiteral("startLine")).toInt(),
                                          region.value(QStringLiteral("startColumn")).toInt()),
                                 replacement);
        }
        std::sort(ordered.begin(), ordered.end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
        for (const auto &[start, replacement] : ordered) {
            const QJsonObject region
                = replacement.value(QStringLiteral("deletedRegion")).toObject();
            const int end = offsetOf(lines, region.value(QStringLiteral("endLine")).toInt(),
                                     region.value(QStringLiteral("endColumn")).toInt());
            QVERIFY(end >= start);
            text.replace(start, end - start,
                         replacement.value(QStringLiteral("insertedContent"))
                             .toObject()
                             .value(QStringLiteral("text"))
                             .toString());
        }
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
    }

    const Run after = checkSarif(copy.path());
    QCOMPARE(after.exitCode, 0);
    QVERIFY(firstRun(after.out).value(QStringLiteral("results")).toArray().isEmpty());
}

void TestSarif::multitoolValidates()
{
    CV_REQUIRE_SHARED_DIR("corpus");
    const QString multitool = multitoolPath();
    if (multitool.isEmpty())
        QSKIP("the SARIF multitool is not installed; scripts/run-tests.sh installs it and sets "
              "CV_SARIF_MULTITOOL");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Run run = checkSarif(testsupport::sharedPath(QStringLiteral("corpus/acr")));
    const QString logPath = dir.filePath(QStringLiteral("acr.sarif"));
    QFile log(logPath);
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write(run.out);
    log.close();

    // The validator writes its own SARIF log. Our log must give no result of level error, and
    // a log broken on purpose must give some, which shows the validator really ran.
    const auto validationErrors = [&](const QString &path) {
        const QString outputPath = path + QStringLiteral(".validation");
        const Run validation = runProgram(
            multitool,
            { QStringLiteral("validate"), path, QStringLiteral("--output"), outputPath });
        QFile output(outputPath);
        if (validation.exitCode < 0 || !output.open(QIODevice::ReadOnly))
            return -1;
        int errors = 0;
        const QJsonObject validationRun = firstRun(output.readAll());
        for (const QJsonValue &value : validationRun.value(QStringLiteral("results")).toArray()) {
            if (value.toObject().value(QStringLiteral("level")).toString()
                == QLatin1String("error"))
                ++errors;
        }
        return validationRun.isEmpty() ? -1 : errors;
    };
    QCOMPARE(validationErrors(logPath), 0);

    const QString brokenPath = dir.filePath(QStringLiteral("broken.sarif"));
    QFile broken(brokenPath);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(QByteArray(run.out).replace("\"startLine\": ", "\"startLine\": -"));
    broken.close();
    QVERIFY(validationErrors(brokenPath) > 0);
}

QTEST_GUILESS_MAIN(TestSarif)
#include "tst_sarif.moc"
