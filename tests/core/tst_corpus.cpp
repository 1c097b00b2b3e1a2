// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Scans the public template corpus and compares every ARM JSON registry evaluated with its
// defaults against the expected outcomes, then fixes a copy of the corpus and checks it again.
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

// The outcome a row expects from a tool that evaluates templates with their defaults.
QString expectedWithDefaults(const nlohmann::json &row)
{
    if (row.contains("outcomeWithDefaults"))
        return QString::fromStdString(row["outcomeWithDefaults"].get<std::string>());
    return QString::fromStdString(row["outcome"].get<std::string>());
}

bool isArmDefaultsRow(const nlohmann::json &row)
{
    const std::string file = row.value("file", "");
    return row["parameterFile"].is_null() && !row.value("viaModule", false) && file.size() > 5
        && file.substr(file.size() - 5) == ".json";
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
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("why");

    QFile file(testsupport::sharedPath("corpus/expected-acr.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::newRow("corpus absent") << QString() << 0 << QString() << QString();
        return;
    }
    const nlohmann::json rows = nlohmann::json::parse(file.readAll().toStdString());
    for (const nlohmann::json &row : rows) {
        if (!isArmDefaultsRow(row))
            continue;
        const QString path = QString::fromStdString(row["file"].get<std::string>());
        const int line = row["line"].get<int>();
        QTest::newRow(qPrintable(QStringLiteral("%1:%2").arg(path).arg(line)))
            << path << line << expectedWithDefaults(row)
            << QString::fromStdString(row.value("why", ""));
    }
}

void TestCorpus::expectedOutcomes()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, outcome);
    QFETCH(QString, why);
    CV_REQUIRE_SHARED_DIR("corpus");

    std::vector<const Finding *> matches;
    for (const Finding &finding : corpusScan().findings) {
        if (QString::fromStdString(finding.file) == file && finding.line == line)
            matches.push_back(&finding);
    }
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
}

void TestCorpus::agreementCount()
{
    CV_REQUIRE_SHARED_DIR("corpus");
    QFile file(testsupport::sharedPath("corpus/expected-acr.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const nlohmann::json rows = nlohmann::json::parse(file.readAll().toStdString());

    std::map<std::pair<std::string, int>, Outcome> actual;
    for (const Finding &finding : corpusScan().findings)
        actual[{ finding.file, finding.line }] = finding.outcome;

    int total = 0;
    int agreeing = 0;
    for (const nlohmann::json &row : rows) {
        if (!isArmDefaultsRow(row))
            continue;
        ++total;
        const auto found = actual.find({ row["file"].get<std::string>(), row["line"].get<int>() });
        const QString got = found == actual.end()
            ? QStringLiteral("NoResult")
            : QString::fromStdString(std::string(outcomeName(found->second)));
        if (got == expectedWithDefaults(row))
            ++agreeing;
    }
    qInfo("ARM JSON registries evaluated with defaults: %d of %d agree with the expected outcomes",
          agreeing, total);
    QVERIFY(total > 0);
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
