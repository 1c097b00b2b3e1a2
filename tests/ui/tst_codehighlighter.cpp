// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Checks that code views colour only the blocks they show, and that those colours equal the
// ones KSyntaxHighlighting's whole-document SyntaxHighlighter gives, wherever the view scrolls.
#include "ui/codehighlighter.h"
#include "ui/codeview.h"

#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QtTest>

#ifdef CV_HAVE_SYNTAX_HIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

using namespace compliance;

namespace {

// A JSON-with-comments template of about `resources` * 12 lines, with block comments that span
// lines and strings, so that a line's colours depend on the lines above it.
QString largeTemplate(int resources)
{
    QString text = QStringLiteral("{\n  \"$schema\": \"https://schema.management.azure.com/"
                                  "schemas/2019-04-01/deploymentTemplate.json#\",\n"
                                  "  \"resources\": [\n");
    for (int i = 0; i < resources; ++i) {
        text += QStringLiteral("    /* resource %1\n       spans two lines */\n"
                               "    {\n"
                               "      \"type\": \"Microsoft.ContainerRegistry/registries\",\n"
                               "      \"name\": \"registry%1\",\n"
                               "      \"sku\": { \"name\": \"Premium\" },\n"
                               "      \"count\": %1,\n"
                               "      \"enabled\": true,\n"
                               "      // a line comment\n"
                               "      \"tags\": [\"a\", \"b\"]\n"
                               "    }%2\n")
                    .arg(i)
                    .arg(i + 1 < resources ? QStringLiteral(",") : QString());
    }
    text += QStringLiteral("  ]\n}\n");
    return text;
}

// The foreground colour of every character of `block`, invalid where it has no format.
// Unused where the build has no syntax highlighting.
[[maybe_unused]] QVector<QColor> characterColours(const QTextBlock &block)
{
    QVector<QColor> colours(block.length());
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (!range.format.hasProperty(QTextFormat::ForegroundBrush))
            continue;
        for (int i = range.start; i < range.start + range.length && i < colours.size(); ++i)
            colours[i] = range.format.foreground().color();
    }
    return colours;
}

// The block numbers of the first and last block in the viewport of `view`.
QPair<int, int> visibleBlocks(const CodeView &view)
{
    const int first = view.cursorForPosition(QPoint(0, 0)).block().blockNumber();
    const int last
        = view.cursorForPosition(QPoint(0, view.viewport()->height() - 1)).block().blockNumber();
    return { first, last };
}

} // namespace

class CodeHighlighterTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void coloursOnlyVisibleBlocks();
    void coloursMatchFullPass_data();
    void coloursMatchFullPass();
    void newTextDropsColours();
};

void CodeHighlighterTest::init()
{
    if (!CodeHighlighter::isAvailable())
        QSKIP("This build has no KSyntaxHighlighting, so code views show plain text");
}

void CodeHighlighterTest::coloursOnlyVisibleBlocks()
{
    CodeView view;
    view.resize(600, 400);
    CodeHighlighter::attach(view.document(), QStringLiteral("main.json"), view.palette());
    view.setPlainText(largeTemplate(500));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.grab();

    const auto [first, last] = visibleBlocks(view);
    QCOMPARE(first, 0);
    QVERIFY(!view.document()->findBlockByNumber(3).layout()->formats().isEmpty());
    const QTextBlock farBelow = view.document()->findBlockByNumber(last + 1000);
    QVERIFY(farBelow.isValid());
    QVERIFY(farBelow.layout()->formats().isEmpty());
}

void CodeHighlighterTest::coloursMatchFullPass_data()
{
    QTest::addColumn<double>("scrollFraction");
    QTest::newRow("top") << 0.0;
    QTest::newRow("middle") << 0.5;
    // The view scrolls its last block up to the top, so 1.0 would show a single line.
    QTest::newRow("near bottom") << 0.98;
}

void CodeHighlighterTest::coloursMatchFullPass()
{
#ifdef CV_HAVE_SYNTAX_HIGHLIGHTING
    QFETCH(double, scrollFraction);
    const QString text = largeTemplate(500);

    CodeView view;
    view.resize(600, 400);
    CodeHighlighter::attach(view.document(), QStringLiteral("main.json"), view.palette());
    view.setPlainText(text);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Scrolling in steps paints blocks on the way, as a user scrolling would.
    QScrollBar *scrollBar = view.verticalScrollBar();
    const int target = static_cast<int>(scrollBar->maximum() * scrollFraction);
    scrollBar->setValue(target / 2);
    view.grab();
    scrollBar->setValue(target);
    view.grab();

    // The reference colours the whole document in one pass with the same definition and theme.
    KSyntaxHighlighting::Repository repository;
    QTextDocument reference;
    reference.setPlainText(text);
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(&reference);
    const bool dark = view.palette().color(QPalette::Base).lightness() < 128;
    const KSyntaxHighlighting::Theme theme
        = repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                       : KSyntaxHighlighting::Repository::LightTheme);
    highlighter->setTheme(theme);
    highlighter->setDefinition(repository.definitionForFileName(QStringLiteral("main.json")));
    highlighter->rehighlight();

    const auto [first, last] = visibleBlocks(view);
    QVERIFY(last > first);
    int coloured = 0;
    for (int number = first; number <= last; ++number) {
        const QTextBlock viewBlock = view.document()->findBlockByNumber(number);
        const QTextBlock expected = reference.findBlockByNumber(number);
        QCOMPARE(viewBlock.text(), expected.text());
        // The definition takes JSON comments for errors, which the theme underlines; the views
        // draw error text as normal text.
        QVector<QColor> expectedColours = characterColours(expected);
        for (const QTextLayout::FormatRange &range : expected.layout()->formats()) {
            if (!range.format.fontUnderline())
                continue;
            for (int i = range.start; i < range.start + range.length && i < expectedColours.size();
                 ++i)
                expectedColours[i]
                    = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal));
        }
        QCOMPARE(characterColours(viewBlock), expectedColours);
        if (!viewBlock.layout()->formats().isEmpty())
            ++coloured;
    }
    QVERIFY(coloured > 0);
#endif
}

void CodeHighlighterTest::newTextDropsColours()
{
    CodeView view;
    view.resize(600, 400);
    CodeHighlighter::attach(view.document(), QStringLiteral("main.json"), view.palette());
    view.setPlainText(largeTemplate(5));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.grab();
    QVERIFY(!view.document()->findBlockByNumber(3).layout()->formats().isEmpty());

    // New text starts uncoloured and gets its colours when painted.
    view.setPlainText(QStringLiteral("{\n  \"name\": \"value\"\n}\n"));
    QVERIFY(view.document()->findBlockByNumber(1).layout()->formats().isEmpty());
    view.grab();
    QVERIFY(!view.document()->findBlockByNumber(1).layout()->formats().isEmpty());
}

QTEST_MAIN(CodeHighlighterTest)
#include "tst_codehighlighter.moc"
