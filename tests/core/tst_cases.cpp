// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Runs every regression case folder through the scanner and compares each resource's outcome
// with the case's expected.json, then applies each offered fix to a copy and checks it again.
#include "support/testsupport.h"

#include "core/fix/fixapply.h"
#include "core/fix/textedits.h"
#include "core/scan/scanner.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

using namespace compliance;

namespace {

nlohmann::json readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return nlohmann::json::parse(file.readAll().toStdString(), nullptr, false);
}

bool isArmTemplate(const QString &file)
{
    return file.endsWith(QLatin1String(".json"));
}

// The findings for one expected entry: same file, resolved name and parameter file (empty for
// the template's defaults).
std::vector<const Finding *> findingsFor(const ScanResult &scan, const std::string &file,
                                         const std::string &name, const std::string &parameterFile)
{
    std::vector<const Finding *> matches;
    for (const Finding &finding : scan.findings) {
        if (finding.file == file && finding.resolvedName == name
            && finding.parameterFile == parameterFile)
            matches.push_back(&finding);
    }
    return matches;
}

// True when `line` (an added line of a fix's diff) only sets what the content-trust fix may set:
// the SKU, the trust policy and its parent objects, the apiVersion, allowed values, or
// punctuation that closes or separates them.
bool isFixLine(const std::string &line)
{
    static const char *const allowed[]
        = { "Premium",    "Notary", "enabled", "policies", "trustPolicy",
            "apiVersion", "@20",    "status",  "type" };
    for (const char *word : allowed) {
        if (line.find(word) != std::string::npos)
            return true;
    }
    return line.find_first_not_of(" \t\r{}[](),") == std::string::npos;
}

// The added lines of the unified diff between two texts.
std::vector<std::string> addedLines(const std::string &before, const std::string &after)
{
    std::vector<std::string> lines;
    std::istringstream diff(unifiedDiff(before, after, "a", "b"));
    for (std::string line; std::getline(diff, line);) {
        if (line.rfind("+", 0) == 0 && line.rfind("+++", 0) != 0)
            lines.push_back(line.substr(1));
    }
    return lines;
}

} // namespace

class TestCases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outcomes_data();
    void outcomes();
    void fixesPass_data();
    void fixesPass();
};

void TestCases::outcomes_data()
{
    QTest::addColumn<QString>("caseDir");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("parameterFile");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<bool>("fixExpected");
    QTest::addColumn<int>("instances");

    const QString casesDir = testsupport::sharedPath(QStringLiteral("cases"));
    if (!QDir(casesDir).exists()) {
        QTest::newRow("cases absent")
            << QString() << QString() << QString() << QString() << QString() << false << 0;
        return;
    }
    const QStringList folders
        = QDir(casesDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &folder : folders) {
        const nlohmann::json expected = readJsonFile(casesDir + "/" + folder + "/expected.json");
        for (const nlohmann::json &entry : expected.value("resources", nlohmann::json::array())) {
            const QString name = QString::fromStdString(entry.value("name", ""));
            const QString parameterFile = entry["parameterFile"].is_string()
                ? QString::fromStdString(entry["parameterFile"].get<std::string>())
                : QString();
            const QString row = folder + "/" + name
                + (parameterFile.isEmpty() ? QString() : " with " + parameterFile);
            QTest::newRow(qPrintable(row))
                << casesDir + "/" + folder << QString::fromStdString(entry.value("file", ""))
                << parameterFile << name << QString::fromStdString(entry.value("outcome", ""))
                << !entry["fix"].is_null() << entry.value("instances", 1);
        }
    }
}

void TestCases::outcomes()
{
    QFETCH(QString, caseDir);
    QFETCH(QString, file);
    QFETCH(QString, parameterFile);
    QFETCH(QString, name);
    QFETCH(QString, outcome);
    QFETCH(bool, fixExpected);
    QFETCH(int, instances);

    CV_REQUIRE_SHARED_DIR("cases");
    if (!isArmTemplate(file))
        QSKIP("Bicep files are not evaluated yet");

    const ScanResult scan = scanFolder(caseDir.toStdString());
    const std::vector<const Finding *> matches
        = findingsFor(scan, file.toStdString(), name.toStdString(), parameterFile.toStdString());
    if (outcome == QLatin1String("NoResult")) {
        QVERIFY2(matches.empty(), "a resource that must give no result has a finding");
        return;
    }
    QCOMPARE(int(matches.size()), 1);
    const Finding &finding = *matches.front();
    QCOMPARE(QString::fromStdString(std::string(outcomeName(finding.outcome))), outcome);
    QVERIFY2(!finding.reason.empty(), "every finding gives a reason");
    QCOMPARE(finding.isFixable(), fixExpected);
    QCOMPARE(finding.instanceCount, instances);
}

void TestCases::fixesPass_data()
{
    outcomes_data();
}

// Applies the fix of each fixable finding to a copy of its case folder, saves every file it
// edits through the atomic writer and checks the copy again: the resource passes (or, for a
// customer-managed key, becomes not applicable), each file keeps its BOM and line endings, and
// every added line sets only what the rule's fix may set.
void TestCases::fixesPass()
{
    QFETCH(QString, caseDir);
    QFETCH(QString, file);
    QFETCH(QString, parameterFile);
    QFETCH(QString, name);
    QFETCH(bool, fixExpected);

    CV_REQUIRE_SHARED_DIR("cases");
    if (!fixExpected)
        return;
    if (!isArmTemplate(file))
        QSKIP("Bicep files are not evaluated yet");

    QTemporaryDir copy;
    QVERIFY(copy.isValid());
    const std::filesystem::path target = copy.path().toStdString();
    std::filesystem::copy(caseDir.toStdString(), target, std::filesystem::copy_options::recursive);
    for (const auto &entry : std::filesystem::recursive_directory_iterator(target))
        std::filesystem::permissions(entry.path(), std::filesystem::perms::owner_write,
                                     std::filesystem::perm_options::add);

    const ScanResult before = scanFolder(target);
    const std::vector<const Finding *> matches
        = findingsFor(before, file.toStdString(), name.toStdString(), parameterFile.toStdString());
    QCOMPARE(int(matches.size()), 1);
    QVERIFY(matches.front()->isFixable());
    const Fix &fix = *matches.front()->fix;

    // A fix may edit the template and its parameter file: apply and save each file's edits.
    for (const std::string &path : fix.paths()) {
        const Result<SourceFile> source = readSourceFile(path);
        QVERIFY2(source.ok(), source.error().c_str());
        std::vector<TextEdit> edits;
        std::copy_if(fix.edits.begin(), fix.edits.end(), std::back_inserter(edits),
                     [&](const TextEdit &edit) { return edit.path == path; });
        const Result<std::string> fixed = applyTextEdits(source->text(), edits);
        QVERIFY2(fixed.ok(), fixed.error().c_str());
        for (const std::string &line : addedLines(source->text(), fixed.value()))
            QVERIFY2(isFixLine(line), ("unexpected line in the fix: " + line).c_str());

        const Status saved = saveText(source.value(), fixed.value());
        QVERIFY2(saved.ok(), saved.error().c_str());
        const Result<SourceFile> savedFile = readSourceFile(path);
        QVERIFY(savedFile.ok());
        QCOMPARE(int(savedFile->encoding()), int(source->encoding()));
        QCOMPARE(int(savedFile->lineEnding()), int(source->lineEnding()));
    }

    const ScanResult after = scanFolder(target);
    QVERIFY2(after.errors.empty(),
             after.errors.empty() ? "" : after.errors.front().message.c_str());
    const std::vector<const Finding *> rechecked
        = findingsFor(after, file.toStdString(), name.toStdString(), parameterFile.toStdString());
    QCOMPARE(int(rechecked.size()), 1);
    const Outcome outcome = rechecked.front()->outcome;
    QVERIFY2(outcome == Outcome::Pass || outcome == Outcome::NotApplicable,
             rechecked.front()->reason.c_str());
}

QTEST_GUILESS_MAIN(TestCases)
#include "tst_cases.moc"
