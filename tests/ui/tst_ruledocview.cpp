// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/model/finding.h"
#include "ui/ruledocview.h"

#include <QTextTable>
#include <QtTest>

using namespace compliance;

namespace {

const QString kRuleId = QStringLiteral("Azure.ACR.ContentTrust");

// Returns the tables at the top level of the document, in order.
QList<QTextTable *> tablesOf(QTextDocument *document)
{
    QList<QTextTable *> tables;
    for (QTextFrame *frame : document->rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame))
            tables << table;
    }
    return tables;
}

QString cellText(QTextTable *table, int row, int column)
{
    const QTextTableCell cell = table->cellAt(row, column);
    QTextCursor cursor = cell.firstCursorPosition();
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    return cursor.selectedText();
}

} // namespace

class RuleDocViewTest : public QObject
{
    Q_OBJECT

private slots:
    void splitFrontMatter_data();
    void splitFrontMatter();
    void noticeAboveDocs();
    void frontMatterTable();
    void markdownBody();
    void linkPolicy_data();
    void linkPolicy();
    void clickedFileLinkIgnored();
    void missingRule();
};

void RuleDocViewTest::splitFrontMatter_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("body");

    QTest::newRow("two keys") << QStringLiteral(
        "---\nseverity: Important\nOnline Version: https://x.test/a\n---\n# Title\n")
                              << QStringList { "severity", "online version" }
                              << QStringList { "Important", "https://x.test/a" }
                              << QStringLiteral("# Title\n");
    QTest::newRow("crlf lines") << QStringLiteral("---\r\npillar: Security\r\n---\r\nText\r\n")
                                << QStringList { "pillar" } << QStringList { "Security" }
                                << QStringLiteral("Text\n");
    QTest::newRow("no front matter") << QStringLiteral("# Title\n---\nmore\n") << QStringList {}
                                     << QStringList {} << QStringLiteral("# Title\n---\nmore\n");
    QTest::newRow("unterminated") << QStringLiteral("---\nseverity: Low\n") << QStringList {}
                                  << QStringList {} << QStringLiteral("---\nseverity: Low\n");
}

void RuleDocViewTest::splitFrontMatter()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, keys);
    QFETCH(QStringList, values);
    QFETCH(QString, body);

    const auto [pairs, rest] = RuleDocView::splitFrontMatter(markdown);
    QStringList actualKeys;
    QStringList actualValues;
    for (const auto &[key, value] : pairs) {
        actualKeys << key;
        actualValues << value;
    }
    QCOMPARE(actualKeys, keys);
    QCOMPARE(actualValues, values);
    QCOMPARE(rest, body);
}

void RuleDocViewTest::noticeAboveDocs()
{
    RuleDocView view;
    QVERIFY(view.showRule(kRuleId));
    const QString text = view.toPlainText();
    const QString notice = QString::fromUtf8(kContentTrustRetirementNotice.data(),
                                             int(kContentTrustRetirementNotice.size()));
    const int noticeAt = text.indexOf(notice);
    QVERIFY(noticeAt >= 0);
    QVERIFY(noticeAt < text.indexOf(QLatin1String("Use trusted container images")));

    // The notice sits in its own framed box, the first table of the document.
    const QList<QTextTable *> tables = tablesOf(view.document());
    QVERIFY(tables.size() >= 2);
    QVERIFY(cellText(tables[0], 0, 0).contains(notice));
    QVERIFY(tables[0]->format().border() > 0);
    QVERIFY(tables[0]->format().background().style() != Qt::NoBrush);
}

void RuleDocViewTest::frontMatterTable()
{
    RuleDocView view;
    QVERIFY(view.showRule(kRuleId));
    QTextTable *table = tablesOf(view.document()).value(1);
    QVERIFY(table);
    QCOMPARE(table->rows(), 5);
    QCOMPARE(table->columns(), 2);
    QCOMPARE(cellText(table, 0, 0), QStringLiteral("Severity"));
    QCOMPARE(cellText(table, 0, 1), QStringLiteral("Important"));
    QCOMPARE(cellText(table, 1, 1), QStringLiteral("Security"));
    QCOMPARE(cellText(table, 2, 1), QStringLiteral("Data protection"));
    QCOMPARE(cellText(table, 3, 1), QStringLiteral("Container Registry"));
    QCOMPARE(cellText(table, 4, 0), QStringLiteral("Online version"));

    // The online version is a link.
    const QTextTableCell cell = table->cellAt(4, 1);
    QTextCursor cursor = cell.firstCursorPosition();
    cursor.movePosition(QTextCursor::NextCharacter);
    QVERIFY(cursor.charFormat().isAnchor());
    QCOMPARE(cursor.charFormat().anchorHref(),
             QStringLiteral(
                 "https://azure.github.io/PSRule.Rules.Azure/en/rules/Azure.ACR.ContentTrust/"));

    // The raw front matter is not shown as text.
    QVERIFY(!view.toPlainText().contains(QLatin1String("severity: Important")));
}

void RuleDocViewTest::markdownBody()
{
    RuleDocView view;
    QVERIFY(view.showRule(kRuleId));
    QCOMPARE(view.ruleId(), kRuleId);
    QTextBlock heading;
    for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next()) {
        if (block.text() == QLatin1String("Use trusted container images"))
            heading = block;
    }
    QVERIFY(heading.isValid());
    QCOMPARE(heading.blockFormat().headingLevel(), 1);
    QVERIFY(view.toPlainText().contains(QLatin1String("\"trustPolicy\"")));

    // Code blocks stay code blocks with their indentation.
    QTextBlock code;
    for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next()) {
        if (block.text().trimmed() == QLatin1String("\"trustPolicy\": {"))
            code = block;
    }
    QVERIFY(code.isValid());
    QVERIFY(code.text().startsWith(QLatin1String("      \"trustPolicy\"")));
    QCOMPARE(code.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage),
             QStringLiteral("json"));
    QVERIFY(!view.toPlainText().contains(QLatin1String("```")));
}

void RuleDocViewTest::linkPolicy_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<bool>("opened");
    QTest::newRow("https") << QUrl(QStringLiteral("https://learn.microsoft.com/azure/")) << true;
    QTest::newRow("http") << QUrl(QStringLiteral("http://example.com/")) << true;
    QTest::newRow("file") << QUrl(QStringLiteral("file:///etc/passwd")) << false;
    QTest::newRow("javascript") << QUrl(QStringLiteral("javascript:alert(1)")) << false;
    QTest::newRow("relative") << QUrl(QStringLiteral("other.md")) << false;
    QTest::newRow("mailto") << QUrl(QStringLiteral("mailto:someone@example.com")) << false;
    QTest::newRow("upper-case https") << QUrl(QStringLiteral("HTTPS://EXAMPLE.COM/a")) << true;
    QTest::newRow("mixed-case javascript")
        << QUrl(QStringLiteral("JavaScript:alert(document.cookie)")) << false;
    QTest::newRow("data") << QUrl(QStringLiteral("data:text/html,<script>alert(1)</script>"))
                          << false;
    QTest::newRow("vbscript") << QUrl(QStringLiteral("vbscript:msgbox(1)")) << false;
    QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://example.com/file")) << false;
    QTest::newRow("scheme-relative") << QUrl(QStringLiteral("//example.com/x")) << false;
    QTest::newRow("absolute path") << QUrl(QStringLiteral("/etc/passwd")) << false;
    QTest::newRow("https without host") << QUrl(QStringLiteral("https:///etc/passwd")) << false;
    QTest::newRow("http with relative path") << QUrl(QStringLiteral("http:other.md")) << false;
    QTest::newRow("empty") << QUrl() << false;
}

void RuleDocViewTest::linkPolicy()
{
    QFETCH(QUrl, url);
    QFETCH(bool, opened);
    RuleDocView view;
    QList<QUrl> openedUrls;
    view.setUrlOpener([&openedUrls](const QUrl &target) {
        openedUrls << target;
        return true;
    });
    QCOMPARE(view.openLink(url), opened);
    QCOMPARE(openedUrls.size(), opened ? 1 : 0);
}

void RuleDocViewTest::clickedFileLinkIgnored()
{
    RuleDocView view;
    QVERIFY(view.showRule(kRuleId));
    QList<QUrl> openedUrls;
    view.setUrlOpener([&openedUrls](const QUrl &target) {
        openedUrls << target;
        return true;
    });
    QVERIFY(!view.openLinks());
    const QString before = view.toPlainText();

    emit view.anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
    QVERIFY(openedUrls.isEmpty());
    QCOMPARE(view.toPlainText(), before);

    const QUrl online(QStringLiteral(
        "https://azure.github.io/PSRule.Rules.Azure/en/rules/Azure.ACR.ContentTrust/"));
    emit view.anchorClicked(online);
    QCOMPARE(openedUrls, QList<QUrl> { online });
    QCOMPARE(view.toPlainText(), before);
}

void RuleDocViewTest::missingRule()
{
    RuleDocView view;
    QVERIFY(!view.showRule(QStringLiteral("Azure.Nothing.Here")));
    QVERIFY(view.toPlainText().contains(QLatin1String("Azure.Nothing.Here")));
}

QTEST_MAIN(RuleDocViewTest)
#include "tst_ruledocview.moc"
