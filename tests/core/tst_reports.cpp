// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/report/reportwriters.h"

#include <QRegularExpression>
#include <QString>
#include <QTest>

#include <nlohmann/json.hpp>

#include <string>

using namespace compliance;

namespace {

Finding makeFinding(Outcome outcome, std::string file, int line, std::string resource,
                    std::string reason)
{
    Finding finding;
    finding.ruleId = "Azure.ACR.ContentTrust";
    finding.outcome = outcome;
    finding.severity = "Important";
    finding.file = std::move(file);
    finding.path = "/scan/root/" + finding.file;
    finding.line = line;
    finding.column = 5;
    finding.resource = std::move(resource);
    finding.reason = std::move(reason);
    return finding;
}

// Two templates, one of them evaluated with a parameter file, and one malformed file.
ScanResult sampleResult()
{
    ScanResult result;
    result.root = "/scan/root";
    result.filesScanned = 3;
    result.templatesEvaluated = 2;

    Finding basic = makeFinding(Outcome::Fail, "a/basic.json", 12, "registrybasic01",
                                "sku.name is 'Basic'; content trust needs the Premium SKU");
    basic.fix = Fix { "Set sku.name to 'Premium' and enable the trust policy",
                      { TextEdit { basic.path, Span { 10, 15 }, "Premium" } },
                      { "'registrybasic02' at line 40, evaluated with the template defaults" } };
    result.findings.push_back(basic);

    Finding trusted = makeFinding(Outcome::Pass, "a/basic.json", 30, "registrypremok",
                                  "trustPolicy is enabled");
    result.findings.push_back(trusted);

    Finding withParameters
        = makeFinding(Outcome::Unknown, "main.json", 8, "[parameters('registryName')]",
                      "sku.name comes from parameter 'sku', which has no value");
    withParameters.resolvedName = "registryprod01";
    withParameters.parameterFile = "main.parameters.json";
    withParameters.instanceCount = 3;
    withParameters.instances = { { 0, "registryprod01" }, { 1, "registryprod02" }, { 2, "" } };
    result.findings.push_back(withParameters);

    result.findings.push_back(makeFinding(Outcome::NotApplicable, "main.json", 20, "registrycmk01",
                                          "content trust is not supported with a "
                                          "customer-managed key"));

    result.errors.push_back(FileError { "broken.json", 4, 7, "invalid JSON: unexpected '}'" });
    return result;
}

QString html(const ScanResult &result)
{
    return QString::fromStdString(
        writeHtmlReport(result, ReportContext { "2026-12-04T16:38:00Z", "0.1.0" }));
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void jsonTopLevelShape();
    void jsonFindingValues();
    void jsonNullsForEmptyNames();
    void jsonErrorsAndSummary();
    void jsonSelectionMatchesReport();
    void textFindingLines();
    void textErrorsSummaryAndNotice();
    void escapeHtmlCharacters_data();
    void escapeHtmlCharacters();
    void htmlEscapesTemplateStrings_data();
    void htmlEscapesTemplateStrings();
    void htmlHasNoScriptsOrRemoteResources();
    void htmlShowsCountsAndContext();
    void htmlGroupsByFileAndParameterFile();
    void htmlFileCountsSuppressedApart();
    void htmlShortensLongStrings();
    void htmlShortensOnCharacterBoundary();
    void htmlShowsFixDetailsAndInstances();
    void htmlFoldsFilesWithoutProblems();
    void markControlCharacters_data();
    void markControlCharacters();
    void textMarksControlCharacters();
    void htmlMarksControlCharacters();
};

void TestReports::jsonTopLevelShape()
{
    const auto report = nlohmann::json::parse(writeJsonReport(sampleResult()));
    QVERIFY(report.is_object());
    QCOMPARE(report.size(), std::size_t(4));
    QCOMPARE(report.at("root").get<std::string>(), std::string("/scan/root"));
    QVERIFY(report.at("results").is_array());
    QVERIFY(report.at("errors").is_array());
    QVERIFY(report.at("summary").is_object());
}

void TestReports::jsonFindingValues()
{
    const auto report = nlohmann::json::parse(writeJsonReport(sampleResult()));
    const auto &results = report.at("results");
    QCOMPARE(results.size(), std::size_t(4));

    const auto &first = results.at(0);
    QCOMPARE(first.size(), std::size_t(15));
    QVERIFY(first.at("suppressed").is_null());
    QVERIFY(first.at("provenance").is_array());
    QCOMPARE(first.at("rule").get<std::string>(), std::string("Azure.ACR.ContentTrust"));
    QCOMPARE(first.at("outcome").get<std::string>(), std::string("Fail"));
    QCOMPARE(first.at("file").get<std::string>(), std::string("a/basic.json"));
    QCOMPARE(first.at("line").get<int>(), 12);
    QCOMPARE(first.at("resource").get<std::string>(), std::string("registrybasic01"));
    QCOMPARE(first.at("fixable").get<bool>(), true);
    QCOMPARE(first.at("instances").get<int>(), 1);
    QVERIFY(first.at("reason").get<std::string>().find("'Basic'") != std::string::npos);
    QVERIFY(first.at("notice").get<std::string>().find("Docker Content Trust")
            != std::string::npos);
    QVERIFY(first.at("copyInstances").empty());
    const auto &fix = first.at("fix");
    QCOMPARE(fix.at("description").get<std::string>(),
             std::string("Set sku.name to 'Premium' and enable the trust policy"));
    QCOMPARE(fix.at("files").size(), std::size_t(1));
    QCOMPARE(fix.at("files").at(0).get<std::string>(), std::string("a/basic.json"));
    QCOMPARE(fix.at("sharedWith").size(), std::size_t(1));

    const auto &third = results.at(2);
    QCOMPARE(third.at("outcome").get<std::string>(), std::string("Unknown"));
    QCOMPARE(third.at("resource").get<std::string>(), std::string("[parameters('registryName')]"));
    QCOMPARE(third.at("resolvedName").get<std::string>(), std::string("registryprod01"));
    QCOMPARE(third.at("parameterFile").get<std::string>(), std::string("main.parameters.json"));
    QCOMPARE(third.at("fixable").get<bool>(), false);
    QCOMPARE(third.at("instances").get<int>(), 3);
    QVERIFY(third.at("fix").is_null());
    const auto &instances = third.at("copyInstances");
    QCOMPARE(instances.size(), std::size_t(3));
    QCOMPARE(instances.at(1).at("copyIndex").get<int>(), 1);
    QCOMPARE(instances.at(1).at("name").get<std::string>(), std::string("registryprod02"));
    QVERIFY(instances.at(2).at("name").is_null());

    QCOMPARE(results.at(1).at("outcome").get<std::string>(), std::string("Pass"));
    QCOMPARE(results.at(3).at("outcome").get<std::string>(), std::string("NotApplicable"));
}

void TestReports::jsonNullsForEmptyNames()
{
    const auto report = nlohmann::json::parse(writeJsonReport(sampleResult()));
    const auto &first = report.at("results").at(0);
    QVERIFY(first.at("resolvedName").is_null());
    QVERIFY(first.at("parameterFile").is_null());
}

void TestReports::jsonErrorsAndSummary()
{
    const auto report = nlohmann::json::parse(writeJsonReport(sampleResult()));
    const auto &errors = report.at("errors");
    QCOMPARE(errors.size(), std::size_t(1));
    QCOMPARE(errors.at(0).at("file").get<std::string>(), std::string("broken.json"));
    QCOMPARE(errors.at(0).at("line").get<int>(), 4);
    QCOMPARE(errors.at(0).at("message").get<std::string>(),
             std::string("invalid JSON: unexpected '}'"));

    const auto &summary = report.at("summary");
    QCOMPARE(summary.size(), std::size_t(6));
    QCOMPARE(summary.at("suppressed").get<int>(), 0);
    QCOMPARE(summary.at("Pass").get<int>(), 1);
    QCOMPARE(summary.at("Fail").get<int>(), 1);
    QCOMPARE(summary.at("NotApplicable").get<int>(), 1);
    QCOMPARE(summary.at("Unknown").get<int>(), 1);
    QCOMPARE(summary.at("files").get<int>(), 3);
}

void TestReports::jsonSelectionMatchesReport()
{
    const ScanResult result = sampleResult();
    const auto report = nlohmann::json::parse(writeJsonReport(result));
    const std::vector<Finding> selected { result.findings.at(0), result.findings.at(2) };
    const auto selection
        = nlohmann::json::parse(writeJsonResults(selected, result.errors, result.root));
    QCOMPARE(selection.size(), std::size_t(2));
    QCOMPARE(selection.at("results").size(), std::size_t(2));
    QVERIFY(selection.at("results").at(0) == report.at("results").at(0));
    QVERIFY(selection.at("results").at(1) == report.at("results").at(2));
    QVERIFY(selection.at("errors") == report.at("errors"));

    const auto findingsOnly = nlohmann::json::parse(writeJsonFindings(selected, result.root));
    QVERIFY(findingsOnly == selection.at("results"));
}

void TestReports::textFindingLines()
{
    const QStringList lines = QString::fromStdString(writeTextReport(sampleResult()))
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 6);
    QCOMPARE(lines.at(0),
             QStringLiteral("a/basic.json:12: Fail Azure.ACR.ContentTrust registrybasic01: "
                            "sku.name is 'Basic'; content trust needs the Premium SKU"));
    QCOMPARE(lines.at(1),
             QStringLiteral("a/basic.json:30: Pass Azure.ACR.ContentTrust registrypremok: "
                            "trustPolicy is enabled"));
    QVERIFY(lines.at(2).startsWith(QStringLiteral(
        "main.json:8: Unknown Azure.ACR.ContentTrust [parameters('registryName')]")));
    QVERIFY(lines.at(2).contains(QStringLiteral("registryprod01")));
    QVERIFY(lines.at(2).contains(QStringLiteral("main.parameters.json")));
}

void TestReports::textErrorsSummaryAndNotice()
{
    const QString text = QString::fromStdString(writeTextReport(sampleResult()));
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.at(4), QStringLiteral("broken.json:4: error: invalid JSON: unexpected '}'"));
    QCOMPARE(lines.at(5),
             QStringLiteral("3 files scanned: 1 Pass, 1 Fail, 1 NotApplicable, "
                            "1 Unknown, 1 errors"));
    const QString notice = QString::fromUtf8(kContentTrustRetirementNotice.data(),
                                             int(kContentTrustRetirementNotice.size()));
    QCOMPARE(text.count(notice), 1);
    QVERIFY(lines.last().contains(notice));

    ScanResult single = sampleResult();
    single.filesScanned = 1;
    QVERIFY(QString::fromStdString(writeTextReport(single))
                .contains(QStringLiteral("\n1 file scanned: 1 Pass")));
}

void TestReports::escapeHtmlCharacters_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain text") << QStringLiteral("registry01") << QStringLiteral("registry01");
    QTest::newRow("ampersand") << QStringLiteral("a&b") << QStringLiteral("a&amp;b");
    QTest::newRow("angle brackets") << QStringLiteral("<b>") << QStringLiteral("&lt;b&gt;");
    QTest::newRow("double quote") << QStringLiteral("\"x\"") << QStringLiteral("&quot;x&quot;");
    QTest::newRow("single quote") << QStringLiteral("'x'") << QStringLiteral("&#39;x&#39;");
    QTest::newRow("existing entity") << QStringLiteral("&amp;") << QStringLiteral("&amp;amp;");
    QTest::newRow("non-ASCII") << QStringLiteral("r\u00e9gistre")
                               << QStringLiteral("r\u00e9gistre");
}

void TestReports::escapeHtmlCharacters()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(escapeHtml(input.toStdString())), expected);
}

void TestReports::htmlEscapesTemplateStrings_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("script tag") << QStringLiteral("<script>alert(1)</script>")
                                << QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;");
    QTest::newRow("double quotes") << QStringLiteral("x\" onmouseover=\"alert(1)")
                                   << QStringLiteral("x&quot; onmouseover=&quot;alert(1)");
    QTest::newRow("single quotes")
        << QStringLiteral("x' onload='alert(1)") << QStringLiteral("x&#39; onload=&#39;alert(1)");
    QTest::newRow("ampersand") << QStringLiteral("a&lt;b") << QStringLiteral("a&amp;lt;b");
}

void TestReports::htmlEscapesTemplateStrings()
{
    QFETCH(QString, raw);
    QFETCH(QString, escaped);
    const std::string value = raw.toStdString();

    // The same hostile string in every field that comes from a template.
    ScanResult result = sampleResult();
    Finding &finding = result.findings.front();
    finding.file = value + ".json";
    finding.resource = value;
    finding.resolvedName = value + "name";
    finding.reason = value;
    finding.parameterFile = value + ".parameters.json";
    finding.fix->description = value;
    result.errors.front().message = value;
    result.root = "/scan/" + value;

    const QString page = html(result);
    QVERIFY(page.contains(escaped));
    QVERIFY(!page.contains(raw));
}

void TestReports::htmlHasNoScriptsOrRemoteResources()
{
    ScanResult result = sampleResult();
    result.findings.front().reason = "<script src=\"http://attacker.example/x.js\"></script>"
                                     "<img src=x onerror=alert(1)>";
    result.findings.at(1).resource = "<link rel=stylesheet href=https://attacker.example/a.css>";
    const QString page = html(result);

    QVERIFY(!page.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(!page.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
    QVERIFY(!page.contains(QStringLiteral("<link"), Qt::CaseInsensitive));
    QVERIFY(!page.contains(QStringLiteral("url("), Qt::CaseInsensitive));
    QVERIFY(!page.contains(QStringLiteral("@import"), Qt::CaseInsensitive));
    // "http" may appear in escaped text, never inside a tag.
    const QRegularExpression httpInTag(QStringLiteral("<[^>]*https?:[^>]*>"),
                                       QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!httpInTag.match(page).hasMatch(), qPrintable(httpInTag.match(page).captured()));
    QVERIFY(page.contains(QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" "
                                         "content=\"default-src 'none'; style-src "
                                         "'unsafe-inline'\">")));
}

void TestReports::htmlShowsCountsAndContext()
{
    ScanResult result = sampleResult();
    result.findings.push_back(
        makeFinding(Outcome::Fail, "main.json", 40, "registrystd01", "sku.name is 'Standard'"));
    const QString page = html(result);

    QVERIFY(page.contains(QStringLiteral("<span class=\"badge pass\">Pass 1</span>")));
    QVERIFY(page.contains(QStringLiteral("<span class=\"badge fail\">Fail 2</span>")));
    QVERIFY(page.contains(QStringLiteral("<span class=\"badge na\">NotApplicable 1</span>")));
    QVERIFY(page.contains(QStringLiteral("<span class=\"badge unknown\">Unknown 1</span>")));
    QVERIFY(page.contains(QStringLiteral("/scan/root")));
    QVERIFY(page.contains(QStringLiteral("2026-12-04T16:38:00Z")));
    QVERIFY(page.contains(QStringLiteral("<title>")));
    const QString notice = QString::fromStdString(escapeHtml(kContentTrustRetirementNotice));
    QCOMPARE(page.count(notice), 1);
}

void TestReports::htmlFileCountsSuppressedApart()
{
    ScanResult result = sampleResult();
    Finding quiet
        = makeFinding(Outcome::Fail, "c/quiet.json", 7, "registryquiet", "sku.name is 'Basic'");
    quiet.suppressedReason = "accepted until the registry moves";
    result.findings.push_back(quiet);
    const QString page = html(result);

    // The file's heading counts it as the summary does: suppressed, not failing.
    QVERIFY2(page.contains(QStringLiteral("<summary><h2>c/quiet.json</h2><span class=\"badge "
                                          "suppressed\">Suppressed 1</span></summary>")),
             qPrintable(page.mid(page.indexOf(QStringLiteral("c/quiet.json")) - 40, 200)));
    QVERIFY(page.contains(QStringLiteral("<span class=\"badge fail\">Fail 1</span>")));
}

void TestReports::htmlGroupsByFileAndParameterFile()
{
    ScanResult result = sampleResult();
    result.findings.push_back(
        makeFinding(Outcome::Fail, "a/basic.json", 50, "registrylast01", "sku.name is 'Standard'"));
    const QString page = html(result);

    // Both findings of a/basic.json sit under one heading, before main.json's.
    const qsizetype basicHeading = page.indexOf(QStringLiteral("<h2>a/basic.json</h2>"));
    const qsizetype mainHeading = page.indexOf(QStringLiteral("<h2>main.json</h2>"));
    QVERIFY(basicHeading >= 0);
    QVERIFY(mainHeading > basicHeading);
    QCOMPARE(page.count(QStringLiteral("<h2>a/basic.json</h2>")), 1);
    QVERIFY(page.indexOf(QStringLiteral("registrylast01")) < mainHeading);

    // Within main.json, the defaults and the parameter file get their own tables.
    const qsizetype defaultsHeading = page.indexOf(QStringLiteral("<h3>Template defaults</h3>"));
    const qsizetype parametersHeading
        = page.indexOf(QStringLiteral("<h3>Parameters from main.parameters.json</h3>"));
    QVERIFY(defaultsHeading > mainHeading);
    QVERIFY(parametersHeading > defaultsHeading);
    QVERIFY(page.indexOf(QStringLiteral("registrycmk01")) > defaultsHeading);
    QVERIFY(page.indexOf(QStringLiteral("registrycmk01")) < parametersHeading);
    QVERIFY(page.indexOf(QStringLiteral("registryprod01")) > parametersHeading);
}

void TestReports::htmlShortensLongStrings()
{
    ScanResult result = sampleResult();
    result.findings.front().reason = std::string(5000, 'x');
    const QString page = html(result);
    QVERIFY(!page.contains(QString(501, QLatin1Char('x'))));
    QVERIFY(page.contains(QString(500, QLatin1Char('x')) + QChar(0x2026)));
    QVERIFY(page.contains(QStringLiteral("(truncated, 5000 bytes in full)")));
}

void TestReports::htmlShortensOnCharacterBoundary()
{
    ScanResult result = sampleResult();
    std::string reason = "x"; // Shifts a 2-byte character across the 500-byte cut.
    for (int i = 0; i < 400; ++i)
        reason += "\u00e9";
    result.findings.front().reason = reason;
    const std::string page = writeHtmlReport(result, ReportContext {});
    const QString decoded = QString::fromUtf8(page.data(), int(page.size()));
    QVERIFY(!decoded.contains(QChar(QChar::ReplacementCharacter)));
    QVERIFY(decoded.contains(QLatin1Char('x') + QString(249, QChar(0x00e9)) + QChar(0x2026)));
}

void TestReports::markControlCharacters_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("marked");

    QTest::newRow("plain text") << QByteArray("registry01") << QByteArray("registry01");
    QTest::newRow("tab and newlines kept") << QByteArray("a\tb\r\nc") << QByteArray("a\tb\r\nc");
    QTest::newRow("nul") << QByteArray("a\0b", 3) << QByteArray("a<U+0000>b");
    QTest::newRow("escape sequence") << QByteArray("\x1b[31mred") << QByteArray("<U+001B>[31mred");
    QTest::newRow("delete") << QByteArray("a\x7f") << QByteArray("a<U+007F>");
    QTest::newRow("c1 control csi") << QByteArray("a\xc2\x9b"
                                                  "2J")
                                    << QByteArray("a<U+009B>2J");
    QTest::newRow("right-to-left override") << QByteArray("abc\xe2\x80\xae"
                                                          "fdp.exe")
                                            << QByteArray("abc<U+202E>fdp.exe");
    QTest::newRow("isolate") << QByteArray("\xe2\x81\xa6x") << QByteArray("<U+2066>x");
    QTest::newRow("other non-ascii kept")
        << QByteArray("caf\xc3\xa9 \xe2\x80\xa6") << QByteArray("caf\xc3\xa9 \xe2\x80\xa6");
    QTest::newRow("invalid utf-8 kept") << QByteArray("a\xc3(") << QByteArray("a\xc3(");
}

void TestReports::markControlCharacters()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, marked);
    const std::string actual = compliance::markControlCharacters(text.toStdString());
    QCOMPARE(QByteArray::fromStdString(actual), marked);
}

void TestReports::textMarksControlCharacters()
{
    ScanResult result = sampleResult();
    result.findings.front().resource = "acr\x1b]0;title\x07";
    result.findings.front().reason = "name is \xe2\x80\xae"
                                     "evil";
    result.errors.front().file = "bro\x1bken.json";
    const std::string text = writeTextReport(result);

    QVERIFY(text.find('\x1b') == std::string::npos);
    QVERIFY(text.find('\x07') == std::string::npos);
    QVERIFY(text.find("\xe2\x80\xae") == std::string::npos);
    QVERIFY(text.find("acr<U+001B>]0;title<U+0007>") != std::string::npos);
    QVERIFY(text.find("name is <U+202E>evil") != std::string::npos);
    QVERIFY(text.find("bro<U+001B>ken.json:4: error:") != std::string::npos);
}

void TestReports::htmlMarksControlCharacters()
{
    ScanResult result = sampleResult();
    result.findings.front().resource = "acr\xe2\x80\xae"
                                       "lmth.exe";
    const QString page = html(result);
    QVERIFY(!page.contains(QChar(0x202E)));
    QVERIFY(page.contains(QStringLiteral("acr&lt;U+202E&gt;lmth.exe")));
}

void TestReports::htmlShowsFixDetailsAndInstances()
{
    const QString page = html(sampleResult());
    QVERIFY(page.contains(QStringLiteral("Also changes:")));
    QVERIFY(page.contains(QStringLiteral("&#39;registrybasic02&#39; at line 40")));
    QVERIFY(page.contains(QStringLiteral("[1] registryprod02")));
    QVERIFY(page.contains(QStringLiteral("[2] (unresolved)")));
    QVERIFY(page.contains(QStringLiteral("<svg class=\"chart\"")));
    QVERIFY(page.contains(
        QStringLiteral("<title>Outcomes: 1 Fail, 1 Unknown, 1 Pass, 1 NotApplicable</title>")));
    QVERIFY(page.contains(QStringLiteral("href=\"#retirement\"")));
    QVERIFY(page.contains(QStringLiteral("id=\"retirement\"")));
}

void TestReports::htmlFoldsFilesWithoutProblems()
{
    // a/basic.json has a Fail and main.json an Unknown, so both start open; a file with only a
    // passing registry starts folded.
    ScanResult result = sampleResult();
    result.findings.push_back(
        makeFinding(Outcome::Pass, "z/clean.json", 3, "registryclean01", "trustPolicy is enabled"));
    const QString page = html(result);
    QCOMPARE(page.count(QStringLiteral("<details class=\"file\" open>")), 2);
    QCOMPARE(page.count(QStringLiteral("<details class=\"file\">")), 1);
    const int folded = page.indexOf(QStringLiteral("<details class=\"file\">"));
    QVERIFY(page.indexOf(QStringLiteral("z/clean.json"), folded) > folded);
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
