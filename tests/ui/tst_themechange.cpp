// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Checks that the code views and the rule docs follow the application palette: after a dark
// palette is set, they show the same colours as views created under the dark palette.
#include "ui/codehighlighter.h"
#include "ui/codeview.h"
#include "ui/filediffpane.h"
#include "ui/ruledocview.h"

#include <QApplication>
#include <QPalette>
#include <QTextBlock>
#include <QTextDocument>
#include <QtTest>

using namespace compliance;

namespace {

const QString kRuleId = QStringLiteral("Azure.ACR.ContentTrust");

const QString kOriginal = QStringLiteral("{\n"
                                         "  \"name\": \"registryone\",\n"
                                         "  \"status\": \"disabled\",\n"
                                         "  \"count\": 2\n"
                                         "}\n");
const QString kFixed = QStringLiteral("{\n"
                                      "  \"name\": \"registryone\",\n"
                                      "  \"status\": \"enabled\",\n"
                                      "  \"count\": 2\n"
                                      "}\n");

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    palette.setColor(QPalette::AlternateBase, QColor(0x24, 0x24, 0x24));
    palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Button, QColor(0x30, 0x30, 0x30));
    palette.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    return palette;
}

// The foreground colours of a document's code-block characters, in document order.
QStringList codeBlockColours(const QTextDocument &document)
{
    QStringList colours;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().property(QTextFormat::BlockCodeLanguage).toString().isEmpty())
            continue;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.foreground().style() != Qt::NoBrush)
                colours << format.foreground().color().name();
        }
    }
    return colours;
}

// The colours a code view's highlighter gives the lines of its document, in order.
QStringList viewColours(CodeView *view)
{
    QTextDocument *document = view->document();
    CodeHighlighter::highlightBlocks(document, 0, document->blockCount() - 1);
    QStringList colours;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.format.foreground().style() != Qt::NoBrush)
                colours << range.format.foreground().color().name();
        }
    }
    return colours;
}

QColor markColour(const CodeView *view)
{
    const QList<QTextEdit::ExtraSelection> selections = view->extraSelections();
    return selections.isEmpty() ? QColor() : selections.front().format.background().color();
}

} // namespace

class ThemeChangeTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void docsFollowPalette();
    void previewFollowsPalette();
    void markedLinesFollowPalette();

private:
    QPalette m_lightPalette;
};

void ThemeChangeTest::init()
{
    m_lightPalette = QApplication::palette();
}

void ThemeChangeTest::cleanup()
{
    QApplication::setPalette(m_lightPalette);
}

void ThemeChangeTest::docsFollowPalette()
{
    if (!CodeHighlighter::isAvailable())
        QSKIP("this build has no KSyntaxHighlighting");
    RuleDocView view;
    view.show();
    QVERIFY(view.showRule(kRuleId));
    const QStringList light = codeBlockColours(*view.document());
    QVERIFY(!light.isEmpty());

    QApplication::setPalette(darkPalette());
    QCoreApplication::processEvents();
    QVERIFY(view.palette().color(QPalette::Base).lightness() < 128);
    const QStringList dark = codeBlockColours(*view.document());
    QVERIFY(dark != light);
    QCOMPARE(view.ruleId(), kRuleId);

    RuleDocView fresh;
    QVERIFY(fresh.showRule(kRuleId));
    QCOMPARE(dark, codeBlockColours(*fresh.document()));
}

void ThemeChangeTest::previewFollowsPalette()
{
    if (!CodeHighlighter::isAvailable())
        QSKIP("this build has no KSyntaxHighlighting");
    FileDiffPane pane;
    pane.resize(800, 400);
    pane.show();
    pane.showTexts(QStringLiteral("main.json"), kOriginal, kFixed, false, 0);
    const QStringList light = viewColours(pane.originalView());
    QVERIFY(!light.isEmpty());

    QApplication::setPalette(darkPalette());
    QCoreApplication::processEvents();
    const QStringList dark = viewColours(pane.originalView());
    QVERIFY(dark != light);
    QCOMPARE(viewColours(pane.fixedView()).size(), dark.size());

    FileDiffPane fresh;
    fresh.showTexts(QStringLiteral("main.json"), kOriginal, kFixed, false, 0);
    QCOMPARE(dark, viewColours(fresh.originalView()));

    // Back to the light palette, the first colours return.
    QApplication::setPalette(m_lightPalette);
    QCoreApplication::processEvents();
    QCOMPARE(viewColours(pane.originalView()), light);
}

void ThemeChangeTest::markedLinesFollowPalette()
{
    FileDiffPane pane;
    pane.show();
    pane.showTexts(QStringLiteral("main.json"), kOriginal, kFixed, false, 0);
    QCOMPARE(pane.originalView()->markedLines(), QList<int> { 2 });
    QCOMPARE(markColour(pane.originalView()), QColor(0xff, 0xd7, 0xd5));
    QCOMPARE(markColour(pane.fixedView()), QColor(0xd4, 0xf8, 0xd4));

    QApplication::setPalette(darkPalette());
    QCoreApplication::processEvents();
    QCOMPARE(pane.originalView()->markedLines(), QList<int> { 2 });
    QCOMPARE(markColour(pane.originalView()), QColor(0x5c, 0x26, 0x26));
    QCOMPARE(markColour(pane.fixedView()), QColor(0x1a, 0x42, 0x26));
}

QTEST_MAIN(ThemeChangeTest)
#include "tst_themechange.moc"
