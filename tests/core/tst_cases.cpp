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

#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace compliance;

namespace {

nlohmann::json readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return nlohmann::json::parse(file.readAll().toStdString(), nullptr, false);
}

// The findings for one expected entry: same file, parameter file and resolved name.
std::vector<const Finding *> findingsNamed(const ScanResult &scan, const std::string &file,
                                           const std::string &parameterFile,
                                           const std::string &name)
{
    std::vector<const Finding *> matches;
    for (const Finding &finding : scan.findings) {
        if (finding.file == file && finding.parameterFile == parameterFile
            && finding.resolvedName == name)
            matches.push_back(&finding);
    }
    return matches;
}

// Returns an empty string when `fixed` equals `original` outside the spans of `edits` (sorted
// and non-overlapping, as a fix contains them), or where the texts differ.
std::string changeOutsideEdits(const std::string &original, const std::string &fixed,
                               std::vector<TextEdit> edits)
{
    std::sort(edits.begin(), edits.end(),
              [](const TextEdit &a, const TextEdit &b) { return a.span.begin < b.span.begin; });
    std::size_t originalAt = 0;
    std::size_t fixedAt = 0;
    for (const TextEdit &edit : edits) {
        const std::size_t length = edit.span.begin - originalAt;
        if (original.compare(originalAt, length, fixed, fixedAt, length) != 0)
            return "text before offset " + std::to_string(edit.span.begin) + " changed";
        fixedAt += length;
        if (fixed.compare(fixedAt, edit.replacement.size(), edit.replacement) != 0)
            return "the replacement at offset " + std::to_string(edit.span.begin)
                + " is not in the fixed text";
        fixedAt += edit.replacement.size();
        originalAt = edit.span.end;
    }
    if (original.substr(originalAt) != fixed.substr(fixedAt))
        return "text after the last edit changed";
    return {};
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

    const ScanResult scan = scanFolder(caseDir.toStdString());
    const std::vector<const Finding *> matches
        = findingsNamed(scan, file.toStdString(), parameterFile.toStdString(), name.toStdString());
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

// Applies the fix of each fixable finding to a copy of its case folder and saves every file it
// edits through the atomic writer. Checking the copy again, the resource passes (or, for a
// customer-managed key, becomes not applicable). The text outside the edits is unchanged, and
// each file keeps its BOM and line endings.
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

    QTemporaryDir copy;
    QVERIFY(copy.isValid());
    const std::filesystem::path target = copy.path().toStdString();
    std::filesystem::copy(caseDir.toStdString(), target, std::filesystem::copy_options::recursive);
    for (const auto &entry : std::filesystem::recursive_directory_iterator(target))
        std::filesystem::permissions(entry.path(), std::filesystem::perms::owner_write,
                                     std::filesystem::perm_options::add);

    const ScanResult before = scanFolder(target);
    const std::vector<const Finding *> matches = findingsNamed(
        before, file.toStdString(), parameterFile.toStdString(), name.toStdString());
    QCOMPARE(int(matches.size()), 1);
    QVERIFY(matches.front()->isFixable());
    const Fix fix = *matches.front()->fix;

    std::vector<SourceFile> originals;
    for (const std::string &path : fix.paths()) {
        const Result<SourceFile> source = readSourceFile(path);
        QVERIFY2(source.ok(), source.error().c_str());
        std::vector<TextEdit> edits;
        for (const TextEdit &edit : fix.edits) {
            if (edit.path == path)
                edits.push_back(edit);
        }
        const Result<std::string> fixed = applyTextEdits(source->text(), edits);
        QVERIFY2(fixed.ok(), fixed.error().c_str());
        const std::string outside = changeOutsideEdits(source->text(), fixed.value(), edits);
        QVERIFY2(outside.empty(), outside.c_str());
        const Status saved = saveText(source.value(), fixed.value());
        QVERIFY2(saved.ok(), saved.error().c_str());
        originals.push_back(source.value());
    }

    const ScanResult after = scanFolder(target);
    QVERIFY2(after.errors.empty(),
             after.errors.empty() ? "" : after.errors.front().message.c_str());
    const std::vector<const Finding *> rechecked
        = findingsNamed(after, file.toStdString(), parameterFile.toStdString(), name.toStdString());
    QCOMPARE(int(rechecked.size()), 1);
    const Outcome outcome = rechecked.front()->outcome;
    QVERIFY2(outcome == Outcome::Pass || outcome == Outcome::NotApplicable,
             rechecked.front()->reason.c_str());

    for (const SourceFile &original : originals) {
        const Result<SourceFile> savedFile = readSourceFile(original.path());
        QVERIFY(savedFile.ok());
        QCOMPARE(int(savedFile->encoding()), int(original.encoding()));
        QCOMPARE(int(savedFile->lineEnding()), int(original.lineEnding()));
    }
}

QTEST_GUILESS_MAIN(TestCases)
#include "tst_cases.moc"
