// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Scans the public template corpus and compares the expected outcomes with every registry of
// its ARM JSON and Bicep files and every module call that deploys one. Each is evaluated with its
// defaults or with each parameter file paired with it. Then a copy of the corpus is fixed and
// checked again.
#include "support/testsupport.h"

#include "core/cli/headless.h"
#include "core/scan/scanner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <sstream>

using namespace compliance;

namespace {

const ScanResult &corpusScan()
{
    static const ScanResult scan = scanFolder(testsupport::sharedPath("corpus").toStdString());
    return scan;
}

QString expectedOutcome(const nlohmann::json &row)
{
    return QString::fromStdString(row["outcome"].get<std::string>());
}

std::string parameterFileOf(const nlohmann::json &row)
{
    return row["parameterFile"].is_string() ? row["parameterFile"].get<std::string>()
                                            : std::string();
}

bool isBicepRow(const nlohmann::json &row)
{
    const std::string file = row.value("file", "");
    return file.size() > 6 && file.substr(file.size() - 6) == ".bicep";
}

// The expected file names start with the corpus folder; findings are relative to it too.
std::vector<const Finding *> findingsAt(const std::string &file, int line,
                                        const std::string &parameterFile)
{
    std::vector<const Finding *> matches;
    for (const Finding &finding : corpusScan().findings) {
        const std::string findingParameterFile
            = finding.parameterFile.empty() ? std::string() : finding.parameterFile;
        if (finding.file == file && finding.line == line && findingParameterFile == parameterFile)
            matches.push_back(&finding);
    }
    return matches;
}

} // namespace

class TestCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expectedOutcomes_data();
    void expectedOutcomes();
    void agreementCount();
    void fixThenCheck();
};

void TestCorpus::expectedOutcomes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("parameterFile");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("why");
    QTest::addColumn<int>("instances");

    QFile file(testsupport::sharedPath("corpus/expected-acr.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::newRow("corpus absent")
            << QString() << 0 << QString() << QString() << QString() << 1;
        return;
    }
    const nlohmann::json rows = nlohmann::json::parse(file.readAll().toStdString());
    for (const nlohmann::json &row : rows) {
        const QString path = QString::fromStdString(row["file"].get<std::string>());
        const int line = row["line"].get<int>();
        const QString parameterFile = QString::fromStdString(parameterFileOf(row));
        QTest::newRow(qPrintable(
            QStringLiteral("%1:%2 %3")
                .arg(path)
                .arg(line)
                .arg(parameterFile.isEmpty() ? QStringLiteral("defaults") : parameterFile)))
            << path << line << parameterFile << expectedOutcome(row)
            << QString::fromStdString(row.value("why", "")) << row.value("instances", 1);
    }
}

void TestCorpus::expectedOutcomes()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, parameterFile);
    QFETCH(QString, outcome);
    QFETCH(QString, why);
    QFETCH(int, instances);
    CV_REQUIRE_SHARED_DIR("corpus");

    const std::vector<const Finding *> matches
        = findingsAt(file.toStdString(), line, parameterFile.toStdString());
    if (outcome == QLatin1String("NoResult")) {
        QVERIFY2(matches.empty(), qPrintable("expected no result: " + why));
        return;
    }
    QCOMPARE(int(matches.size()), 1);
    const Finding &finding = *matches.front();
    const QString actual = QString::fromStdString(std::string(outcomeName(finding.outcome)));
    QVERIFY2(actual == outcome,
             qPrintable(QStringLiteral("got %1 (%2), expected %3 (%4)")
                            .arg(actual, QString::fromStdString(finding.reason), outcome, why)));
    QCOMPARE(finding.instanceCount, instances);
}

void TestCorpus::agreementCount()
{
    CV_REQUIRE_SHARED_DIR("corpus");
    QFile file(testsupport::sharedPath("corpus/expected-acr.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const nlohmann::json rows = nlohmann::json::parse(file.readAll().toStdString());

    int total = 0;
    int agreeing = 0;
    int bicepTotal = 0;
    int bicepAgreeing = 0;
    for (const nlohmann::json &row : rows) {
        ++total;
        bicepTotal += isBicepRow(row) ? 1 : 0;
        const std::vector<const Finding *> matches = findingsAt(
            row["file"].get<std::string>(), row["line"].get<int>(), parameterFileOf(row));
        const QString got = matches.empty()
            ? QStringLiteral("NoResult")
            : QString::fromStdString(std::string(outcomeName(matches.front()->outcome)));
        if (matches.size() <= 1 && got == expectedOutcome(row)) {
            ++agreeing;
            bicepAgreeing += isBicepRow(row) ? 1 : 0;
        }
    }
    qInfo("Registries and parameter sets: %d of %d agree with the expected outcomes, %d of %d "
          "of them in Bicep files",
          agreeing, total, bicepAgreeing, bicepTotal);
    QVERIFY(total > 0);
    QVERIFY(bicepTotal > 0);
    QCOMPARE(bicepAgreeing, bicepTotal);
    QCOMPARE(agreeing, total);
}

// Runs the headless fix on a copy of the registry corpus, then checks it again: no finding
// that still fails may offer a fix.
void TestCorpus::fixThenCheck()
{
    CV_REQUIRE_SHARED_DIR("corpus/acr");
    QTemporaryDir copy;
    QVERIFY(copy.isValid());
    const std::filesystem::path target = std::filesystem::path(copy.path().toStdString()) / "acr";
    std::filesystem::copy(testsupport::sharedPath("corpus/acr").toStdString(), target,
                          std::filesystem::copy_options::recursive);
    for (const auto &entry : std::filesystem::recursive_directory_iterator(target))
        std::filesystem::permissions(entry.path(), std::filesystem::perms::owner_write,
                                     std::filesystem::perm_options::add);

    std::ostringstream out;
    std::ostringstream err;
    QCOMPARE(runFix(target.string(), false, out, err), 0);
    QVERIFY2(err.str().empty(), err.str().c_str());

    const ScanResult after = scanFolder(target);
    int fixedFindings = 0;
    for (const Finding &finding : after.findings) {
        if (finding.outcome == Outcome::Pass)
            ++fixedFindings;
        QVERIFY2(!(finding.outcome == Outcome::Fail && finding.isFixable()),
                 qPrintable(QString::fromStdString(finding.file + ":" + std::to_string(finding.line)
                                                   + " still fails: " + finding.reason)));
    }
    QVERIFY(fixedFindings > 0);
}

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
