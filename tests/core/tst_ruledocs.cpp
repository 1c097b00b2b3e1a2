// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Checks the rule pages compiled into the core and the parsing of their front matter.
#include "core/rules/ruledocs.h"

#include <QFile>
#include <QTest>

using namespace compliance;

class TestRuleDocs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compiledPageMatchesResource();
    void frontMatterAndSynopsis();
    void unclosedFrontMatterIsBody();
    void unknownRuleHasNoPage();
};

void TestRuleDocs::compiledPageMatchesResource()
{
    QFile page(QStringLiteral(CV_SOURCE_DIR "/resources/rules/Azure.ACR.ContentTrust.md"));
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QByteArray expected = page.readAll();
    const std::string_view compiled = ruleDocumentationMarkdown("Azure.ACR.ContentTrust");
    QCOMPARE(QByteArray(compiled.data(), int(compiled.size())), expected);
}

void TestRuleDocs::frontMatterAndSynopsis()
{
    const RuleDocumentation docs = parseRuleDocumentation(
        "---\r\nseverity: Important\r\nOnline Version: https://example.test/rule\r\n---\r\n"
        "# Title\r\n\r\n## SYNOPSIS\r\n\r\nFirst line\r\nsecond line.\r\n\r\n## DESCRIPTION\r\n"
        "\r\nMore.\r\n");
    QCOMPARE(docs.frontMatter.size(), std::size_t(2));
    QCOMPARE(docs.value("severity"), std::string("Important"));
    QCOMPARE(docs.value("online version"), std::string("https://example.test/rule"));
    QCOMPARE(docs.value("pillar"), std::string());
    QCOMPARE(docs.synopsis, std::string("First line second line."));
    QVERIFY(docs.body.rfind("# Title\n", 0) == 0);
    QVERIFY(docs.body.find("More.") != std::string::npos);
}

void TestRuleDocs::unclosedFrontMatterIsBody()
{
    const RuleDocumentation docs = parseRuleDocumentation("---\nseverity: High\n# Title\n");
    QVERIFY(docs.frontMatter.empty());
    QVERIFY(docs.body.find("severity: High") != std::string::npos);
}

void TestRuleDocs::unknownRuleHasNoPage()
{
    QVERIFY(ruleDocumentationMarkdown("Azure.ACR.Unknown").empty());
}

QTEST_GUILESS_MAIN(TestRuleDocs)
#include "tst_ruledocs.moc"
