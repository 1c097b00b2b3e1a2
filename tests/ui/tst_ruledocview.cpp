// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/model/finding.h"
#include "ui/ruledocview.h"

#include <QImage>
#include <QPalette>
#include <QTextBlock>
#include <QTextTable>
#include <QtTest>

#include <algorithm>

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

// One line of a fix diff as the view draws it.
struct DiffLine
{
    QString kind; // "removed", "added" or "context"
    QString text;
    QBrush background;
};

QList<DiffLine> diffLinesOf(QTextDocument *document)
{
    QList<DiffLine> lines;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (!format.hasProperty(RuleDocView::kDiffLineProperty))
            continue;
        lines << DiffLine { format.stringProperty(RuleDocView::kDiffLineProperty), block.text(),
                            format.background() };
    }
    return lines;
}

int blockNumberOf(QTextDocument *document, const QString &text)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.text() == text)
            return block.blockNumber();
    }
    return -1;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    palette.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    return palette;
}

} // namespace

class RuleDocViewTest : public QObject
{
    Q_OBJECT

private slots:
    void splitFrontMatter_data();
    void splitFrontMatter();
    void noticeAboveDocs();
    void pathNoteCorrectsRecommendation();
    void frontMatterTable();
    void markdownBody();
    void linkPolicy_data();
    void linkPolicy();
    void clickedFileLinkIgnored();
    void missingRule();
    void badges();
    void sampleFixDiffs();
    void fixDiffColours_data();
    void fixDiffColours();
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

void RuleDocViewTest::pathNoteCorrectsRecommendation()
{
    RuleDocView view;
    QVERIFY(view.showRule(kRuleId));
    const QString text = view.toPlainText();
    // The shipped page recommends `properties.trustPolicy.status`, which the rule fails.
    QVERIFY(text.contains(QLatin1String("properties.trustPolicy.status")));
    const int noteAt = text.indexOf(QLatin1String("Path note:"));
    QVERIFY(noteAt >= 0);
    QVERIFY(text.indexOf(QLatin1String("properties.policies.trustPolicy"), noteAt) > noteAt);
    QVERIFY(noteAt < text.indexOf(QLatin1String("properties.trustPolicy.status")));
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

void RuleDocViewTest::badges()
{
    RuleDocView view;
    QVERIFY(view.showRule(kRuleId));

    // The badges are images in the first block, above the notice, each with its text as tip.
    QMap<QString, QString> tips;
    const QTextBlock first = view.document()->begin();
    for (auto it = first.begin(); !it.atEnd(); ++it) {
        const QTextCharFormat format = it.fragment().charFormat();
        if (format.isImageFormat())
            tips.insert(format.toImageFormat().name(), format.toolTip());
    }
    QCOMPARE(tips.value(QStringLiteral("badge:rule")), kRuleId);
    QCOMPARE(tips.value(QStringLiteral("badge:severity")), QStringLiteral("Important"));
    QCOMPARE(tips.value(QStringLiteral("badge:pillar")), QStringLiteral("Security"));
    QCOMPARE(tips.size(), 3);

    // Each badge is a filled label with rounded, transparent corners.
    const QImage severity
        = view.document()
              ->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("badge:severity")))
              .value<QImage>();
    QVERIFY(!severity.isNull());
    QVERIFY(severity.width() > severity.height());
    QCOMPARE(qAlpha(severity.pixel(0, 0)), 0);
    const int middle = severity.height() / 2;
    QCOMPARE(QColor(severity.pixel(severity.height() / 4, middle)), QColor(0xa3, 0x4a, 0x00));

    // The notice stays, below the badges.
    const QString notice = QString::fromUtf8(kContentTrustRetirementNotice.data(),
                                             int(kContentTrustRetirementNotice.size()));
    QVERIFY(view.toPlainText().contains(notice));
}

void RuleDocViewTest::sampleFixDiffs()
{
    const QString json
        = RuleDocView::sampleFixDiff(QStringLiteral(":/rules/examples/registry-standard.json"),
                                     QStringLiteral("registry-standard.json"));
    QVERIFY(json.contains(QLatin1String("\n-        \"name\": \"Standard\"")));
    QVERIFY(json.contains(QLatin1String("\n+        \"name\": \"Premium\"")));
    QVERIFY(json.contains(QLatin1String("\"trustPolicy\"")));

    const QString bicep
        = RuleDocView::sampleFixDiff(QStringLiteral(":/rules/examples/registry-standard.bicep"),
                                     QStringLiteral("registry-standard.bicep"));
    QVERIFY(bicep.contains(QLatin1String("\n-    name: 'Standard'")));
    QVERIFY(bicep.contains(QLatin1String("\n+    name: 'Premium'")));
    QVERIFY(bicep.contains(QLatin1String("trustPolicy: {")));

    // No finding, no fix: nothing to show.
    QVERIFY(RuleDocView::sampleFixDiff(QStringLiteral(":/rules/Azure.ACR.ContentTrust.md"),
                                       QStringLiteral("notes.json"))
                .isEmpty());
}

void RuleDocViewTest::fixDiffColours_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QColor>("removed");
    QTest::addColumn<QColor>("added");

    // The fix preview's colours for removed and added lines.
    QTest::newRow("light palette") << false << QColor(0xff, 0xd7, 0xd5) << QColor(0xd4, 0xf8, 0xd4);
    QTest::newRow("dark palette") << true << QColor(0x5c, 0x26, 0x26) << QColor(0x1a, 0x42, 0x26);
}

void RuleDocViewTest::fixDiffColours()
{
    QFETCH(bool, dark);
    QFETCH(QColor, removed);
    QFETCH(QColor, added);

    RuleDocView view;
    QVERIFY(view.showRule(kRuleId));
    // A palette change renders the page again in the new colours.
    if (dark)
        view.setPalette(darkPalette());

    QTextDocument *document = view.document();
    const int heading = blockNumberOf(document, QStringLiteral("What the fix changes"));
    QVERIFY(heading > 0);
    QVERIFY(heading < blockNumberOf(document, QStringLiteral("LINKS")));
    QVERIFY(document->findBlockByNumber(heading + 1).text().startsWith(QLatin1String("The fix")));
    QVERIFY(heading < blockNumberOf(document, QStringLiteral("ARM JSON template")));
    QVERIFY(blockNumberOf(document, QStringLiteral("ARM JSON template"))
            < blockNumberOf(document, QStringLiteral("Bicep file")));

    const QList<DiffLine> lines = diffLinesOf(document);
    int removedCount = 0;
    int addedCount = 0;
    for (const DiffLine &line : lines) {
        if (line.kind == QLatin1String("removed")) {
            ++removedCount;
            QVERIFY2(line.text.startsWith(QLatin1Char('-')), qPrintable(line.text));
            QCOMPARE(line.background.color(), removed);
        } else if (line.kind == QLatin1String("added")) {
            ++addedCount;
            QVERIFY2(line.text.startsWith(QLatin1Char('+')), qPrintable(line.text));
            QCOMPARE(line.background.color(), added);
        } else {
            QCOMPARE(line.kind, QStringLiteral("context"));
            QCOMPARE(line.background.style(), Qt::NoBrush);
        }
    }
    // Each sample loses its SKU line, and the JSON one also the line that gains a comma. Each
    // gets the new SKU and the five lines of the trust policy, and JSON its comma line.
    QCOMPARE(removedCount, 3);
    QCOMPARE(addedCount, 15);
    const auto hasLine = [&lines](const QString &text) {
        return std::any_of(lines.begin(), lines.end(),
                           [&text](const DiffLine &line) { return line.text == text; });
    };
    QVERIFY(hasLine(QStringLiteral("-    name: 'Standard'")));
    QVERIFY(hasLine(QStringLiteral("+    name: 'Premium'")));
    QVERIFY(hasLine(QStringLiteral("-        \"name\": \"Standard\"")));
    QVERIFY(hasLine(QStringLiteral("+        \"name\": \"Premium\"")));
    QVERIFY(hasLine(QStringLiteral("+        \"adminUserEnabled\": false,")));
    QVERIFY(hasLine(QStringLiteral("+        status: 'enabled'")));
}

QTEST_MAIN(RuleDocViewTest)
#include "tst_ruledocview.moc"
