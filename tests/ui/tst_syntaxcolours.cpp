// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Checks the project's Bicep syntax definition and the colouring of the rule documentation's
// fenced code blocks. Both need KSyntaxHighlighting, so the tests skip in builds without it.
#include "ui/codeblockhighlighter.h"
#include "ui/codehighlighter.h"
#include "ui/ruledocview.h"
#include "ui/syntaxrepository.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QtTest>

#ifdef CV_HAVE_SYNTAX_HIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#endif

using namespace compliance;

class SyntaxColoursTest : public QObject
{
    Q_OBJECT

private slots:
    void bicepDefinitionFound_data();
    void bicepDefinitionFound();
    void bicepTokensColoured_data();
    void bicepTokensColoured();
    void previewColoursBicep();
    void previewDrawsNoErrorsInFoldedJson();
    void ruleDocCodeBlocksColoured_data();
    void ruleDocCodeBlocksColoured();
};

namespace {

#ifdef CV_HAVE_SYNTAX_HIGHLIGHTING
// Whether `format` differs from plain text of the light theme: another colour, bold or italic.
bool isStyled(const QTextCharFormat &format)
{
    const KSyntaxHighlighting::Theme theme
        = syntaxRepository().defaultTheme(KSyntaxHighlighting::Repository::LightTheme);
    const QColor normal = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal));
    const bool coloured
        = format.foreground().style() != Qt::NoBrush && format.foreground().color() != normal;
    return coloured || format.fontWeight() == QFont::Bold || format.fontItalic();
}

// Whether the character at `column` is styled, among `ranges` (a block's formats).
bool isStyledAt(const QVector<QTextLayout::FormatRange> &ranges, int column)
{
    for (const QTextLayout::FormatRange &range : ranges) {
        if (column >= range.start && column < range.start + range.length)
            return isStyled(range.format);
    }
    return false;
}
#endif

// The first block whose text contains `text`, or an invalid block.
// Unused where the build has no syntax highlighting.
[[maybe_unused]] QTextBlock blockContaining(const QTextDocument &document, const QString &text)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.text().contains(text))
            return block;
    }
    return {};
}

} // namespace

void SyntaxColoursTest::bicepDefinitionFound_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("template") << QStringLiteral("main.bicep");
    QTest::newRow("parameter file") << QStringLiteral("main.bicepparam");
}

void SyntaxColoursTest::bicepDefinitionFound()
{
#ifdef CV_HAVE_SYNTAX_HIGHLIGHTING
    QFETCH(QString, fileName);
    const KSyntaxHighlighting::Definition definition
        = syntaxRepository().definitionForFileName(fileName);
    QVERIFY(definition.isValid());
    QCOMPARE(definition.name(), QStringLiteral("Bicep"));
#else
    QSKIP("this build has no KSyntaxHighlighting");
#endif
}

void SyntaxColoursTest::bicepTokensColoured_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("coloured");

    QTest::newRow("keyword") << QStringLiteral("param skuName string = 'Basic'") << 0 << true;
    QTest::newRow("string") << QStringLiteral("param skuName string = 'Basic'") << 25 << true;
    QTest::newRow("identifier") << QStringLiteral("param skuName string = 'Basic'") << 7 << false;
    QTest::newRow("string value") << QStringLiteral("  name: 'Premium'") << 9 << true;
    QTest::newRow("decorator") << QStringLiteral("@allowed(['Premium'])") << 1 << true;
    QTest::newRow("comment") << QStringLiteral("// content trust") << 4 << true;
    QTest::newRow("interpolation") << QStringLiteral("var n = '${prefix}acr'") << 10 << true;
}

void SyntaxColoursTest::bicepTokensColoured()
{
#ifdef CV_HAVE_SYNTAX_HIGHLIGHTING
    QFETCH(QString, line);
    QFETCH(int, column);
    QFETCH(bool, coloured);

    // A fenced block, as in the rule documentation, colours the line with the Bicep definition.
    QTextDocument document;
    document.setMarkdown(QStringLiteral("```bicep\n%1\n```\n").arg(line));
    QVERIFY(highlightCodeBlocks(&document, QPalette()) > 0);

    const QTextBlock block = blockContaining(document, line);
    QVERIFY(block.isValid());
    QCOMPARE(isStyledAt(block.textFormats(), column), coloured);
#else
    QSKIP("this build has no KSyntaxHighlighting");
#endif
}

void SyntaxColoursTest::previewColoursBicep()
{
#ifdef CV_HAVE_SYNTAX_HIGHLIGHTING
    // The preview's highlighter picks the Bicep definition by file name and colours on demand.
    QTextDocument document(QStringLiteral("param skuName string = 'Basic'"));
    CodeHighlighter::attach(&document, QStringLiteral("main.bicep"), QPalette());
    CodeHighlighter::highlightBlocks(&document, 0, 0);
    const QVector<QTextLayout::FormatRange> formats = document.begin().layout()->formats();
    QVERIFY(isStyledAt(formats, 0)); // param
    QVERIFY(isStyledAt(formats, 25)); // 'Basic'
    QVERIFY(!isStyledAt(formats, 7)); // skuName
    for (const QTextLayout::FormatRange &range : formats)
        QVERIFY2(!range.format.fontUnderline(), qPrintable(QString::number(range.start)));
#else
    QSKIP("this build has no KSyntaxHighlighting");
#endif
}

void SyntaxColoursTest::previewDrawsNoErrorsInFoldedJson()
{
#ifdef CV_HAVE_SYNTAX_HIGHLIGHTING
    // As a folded preview shows it: the lines that open the object are empty blocks, so the
    // closing brackets have no partners.
    QTextDocument document(QStringLiteral("\n\n      \"status\": \"enabled\"\n    }\n  ],\n  "
                                          "\"outputs\": {}\n}"));
    CodeHighlighter::attach(&document, QStringLiteral("azuredeploy.json"), QPalette());
    CodeHighlighter::highlightBlocks(&document, 0, document.blockCount() - 1);
    int styled = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            QVERIFY2(!range.format.fontUnderline(),
                     qPrintable(QStringLiteral("%1 at %2").arg(block.text()).arg(range.start)));
            styled += range.format.hasProperty(QTextFormat::ForegroundBrush) ? 1 : 0;
        }
    }
    QVERIFY(styled > 0);
#else
    QSKIP("this build has no KSyntaxHighlighting");
#endif
}

void SyntaxColoursTest::ruleDocCodeBlocksColoured_data()
{
    QTest::addColumn<QString>("codeText");
    QTest::addColumn<int>("column");

    // One line of the rule's ARM JSON example and one of its Bicep example.
    QTest::newRow("json key") << QStringLiteral("\"trustPolicy\"") << 0;
    QTest::newRow("bicep keyword") << QStringLiteral("resource ") << 0;
}

void SyntaxColoursTest::ruleDocCodeBlocksColoured()
{
#ifdef CV_HAVE_SYNTAX_HIGHLIGHTING
    QFETCH(QString, codeText);
    QFETCH(int, column);

    RuleDocView view;
    QVERIFY(view.showRule(QStringLiteral("Azure.ACR.ContentTrust")));
    const QTextBlock block = blockContaining(*view.document(), codeText);
    QVERIFY2(block.isValid(), qPrintable(codeText));
    QVERIFY(!block.blockFormat().property(QTextFormat::BlockCodeLanguage).toString().isEmpty());

    const int offset = block.text().indexOf(codeText) + column;
    QVERIFY2(isStyledAt(block.textFormats(), offset), qPrintable(block.text()));
#else
    QSKIP("this build has no KSyntaxHighlighting");
#endif
}

QTEST_MAIN(SyntaxColoursTest)
#include "tst_syntaxcolours.moc"
