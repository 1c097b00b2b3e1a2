// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
// Drives a real FileDiffPane: aligned rows, scrolling, folding, hunks, the overview strip,
// the unified view and the character marks.
#include "support/testsupport.h"
#include "ui/codeview.h"
#include "ui/diffcolours.h"
#include "ui/difflinkstrip.h"
#include "ui/diffoverview.h"
#include "ui/diffscope.h"
#include "ui/filediffpane.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QPaintEvent>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>
#include <QtTest>

using namespace compliance;

namespace {

// A template-like JSON text: one resource with `count` properties p0, p1, ...
QStringList propertyLines(int count)
{
    QStringList lines { QStringLiteral("{"), QStringLiteral("  \"resources\": ["),
                        QStringLiteral("    {"), QStringLiteral("      \"name\": \"registry\","),
                        QStringLiteral("      \"properties\": {") };
    for (int i = 0; i < count; ++i)
        lines << QStringLiteral("        \"p%1\": %1,").arg(i);
    lines << QStringLiteral("        \"status\": \"disabled\"") << QStringLiteral("      }")
          << QStringLiteral("    }") << QStringLiteral("  ]") << QStringLiteral("}");
    return lines;
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Shows `pane` side by side, 1400 pixels wide, and waits until it is on screen.
bool showSideBySide(FileDiffPane &pane, int height)
{
    pane.setUnified(false);
    pane.resize(1400, height);
    pane.show();
    return QTest::qWaitForWindowExposed(&pane);
}

// propertyLines(60) with the registry's name and its status changed: two hunks far apart.
QStringList withNameAndStatusChanged(QStringList lines)
{
    lines[3].replace(QLatin1String("registry"), QLatin1String("registry2"));
    lines[65].replace(QLatin1String("disabled"), QLatin1String("enabled"));
    return lines;
}

int countKind(const CodeView *view, CodeRow::Kind kind)
{
    int count = 0;
    for (const CodeRow &row : view->rows())
        count += row.kind == kind ? 1 : 0;
    return count;
}

} // namespace

namespace compliance {

// Prints a range as start+length when a comparison fails.
char *toString(const DiffRange &range)
{
    return QTest::toString(QStringLiteral("%1+%2").arg(range.start).arg(range.length));
}

} // namespace compliance

class FileDiffPaneTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void rowsLineUpAfterInsertion();
    void scrollKeepsRowsAlignedPastHunk();
    void copyLeavesFillersOut();
    void foldBarNamesJsonPath();
    void foldBarExpandsByClickAndKey();
    void foldBarDescribedToScreenReaders();
    void showAllBusyCursorOnLargeFold();
    void unfoldedLinesSurviveSameOriginal();
    void bicepDeclarationScope();
    void scopeSkipsBlockComments();
    void contextLinesSetting();
    void revealHunkUnfoldsAndScrolls();
    void overviewMarksEveryHunk();
    void linkStripJoinsHunkRows();
    void unifiedBelowThreshold();
    void characterMarksOnTemplateFix();
    void highContrastDrawsOutlines();
    void largeFileNoticeShowsAll();
    void characterMarksFollowViewport();
    void horizontalSyncToggle();
    void horizontalScrollRepaintsFoldBars();

private:
    QTemporaryDir m_settingsDir;
};

void FileDiffPaneTest::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    testsupport::keepSettingsIn(m_settingsDir.path(), QStringLiteral("tst_filediffpane"));
}

void FileDiffPaneTest::init()
{
    QSettings().clear();
}

void FileDiffPaneTest::rowsLineUpAfterInsertion()
{
    const QStringList original = propertyLines(40);
    QStringList fixed = original;
    for (int i = 0; i < 10; ++i)
        fixed.insert(20, QStringLiteral("        \"inserted%1\": true,").arg(i));
    FileDiffPane pane;
    QVERIFY(showSideBySide(pane, 800));
    pane.showTexts(QStringLiteral("a.json"), original.join('\n'), fixed.join('\n'), false, -1);

    CodeView *left = pane.originalView();
    CodeView *right = pane.fixedView();
    QCOMPARE(left->blockCount(), right->blockCount());
    QCOMPARE(countKind(left, CodeRow::Kind::Filler), 10);
    QCOMPARE(countKind(right, CodeRow::Kind::Filler), 0);
    QCOMPARE(left->fileText(), original.join('\n'));
    QCOMPARE(right->fileText(), fixed.join('\n'));
    QCOMPARE(pane.hunkCount(), 1);

    // Every row on screen sits at the same height on both sides.
    for (int row = left->topRow(); row < left->topRow() + left->visibleLineCount(); ++row) {
        QCOMPARE(left->rowRect(row).top(), right->rowRect(row).top());
        const QTextBlock leftBlock = left->document()->findBlockByNumber(row);
        const QTextBlock rightBlock = right->document()->findBlockByNumber(row);
        QCOMPARE(left->cursorRect(QTextCursor(leftBlock)).top(),
                 right->cursorRect(QTextCursor(rightBlock)).top());
    }
    // The viewports start at the same height, so the rows line up on screen too.
    QCOMPARE(left->viewport()->mapToGlobal(QPoint(0, 0)).y(),
             right->viewport()->mapToGlobal(QPoint(0, 0)).y());
    // The rows after the hunk show the same text with line numbers 10 apart.
    const int hunkEnd = pane.viewRowOf(pane.diff().hunks().front().lastRow);
    const int after = hunkEnd + 2;
    QCOMPARE(right->fileLineAt(after), left->fileLineAt(after) + 10);
    QCOMPARE(left->document()->findBlockByNumber(after).text(),
             right->document()->findBlockByNumber(after).text());
    QCOMPARE(left->fileLineAt(hunkEnd), -1);
    QCOMPARE(right->rows()[hunkEnd].glyph, QLatin1Char('+'));
}

void FileDiffPaneTest::scrollKeepsRowsAlignedPastHunk()
{
    const QStringList original = propertyLines(120);
    QStringList fixed = original;
    for (int i = 0; i < 10; ++i)
        fixed.insert(30, QStringLiteral("        \"inserted%1\": true,").arg(i));
    fixed[100 + 10].append(QStringLiteral(" // changed"));
    FileDiffPane pane;
    pane.setUnified(false);
    pane.setContextLines(1000); // no folds, so every line is a row
    pane.resize(1400, 300);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.showTexts(QStringLiteral("a.json"), original.join('\n'), fixed.join('\n'), false, 0);

    CodeView *left = pane.originalView();
    CodeView *right = pane.fixedView();
    QCOMPARE(countKind(left, CodeRow::Kind::Fold), 0);
    QScrollBar *leftBar = left->verticalScrollBar();
    QScrollBar *rightBar = right->verticalScrollBar();
    for (int step : { 5, 25, 45, 80, 120 }) {
        leftBar->setValue(step);
        QCOMPARE(rightBar->value(), step);
        QCOMPARE(left->topRow(), step);
        QCOMPARE(right->topRow(), step);
        QCOMPARE(left->rowRect(step).top(), right->rowRect(step).top());
    }
    // Scrolled past the hunk of 10 inserted lines, the right side is 10 lines ahead.
    QCOMPARE(right->fileLineAt(left->topRow()), left->fileLineAt(left->topRow()) + 10);
    rightBar->setValue(40);
    QCOMPARE(leftBar->value(), 40);
    QCOMPARE(left->rowRect(50).top(), right->rowRect(50).top());
}

void FileDiffPaneTest::copyLeavesFillersOut()
{
    const QStringList original = propertyLines(4);
    QStringList fixed = original;
    fixed.insert(6, QStringLiteral("        \"added\": 1,"));
    fixed.insert(6, QStringLiteral("        \"added\": 0,"));
    FileDiffPane pane;
    pane.setUnified(false);
    pane.setContextLines(100); // copying leaves folded lines out too, so fold none
    pane.resize(1400, 600);
    pane.show();
    pane.showTexts(QStringLiteral("a.json"), original.join('\n'), fixed.join('\n'), false, 0);
    QCOMPARE(countKind(pane.originalView(), CodeRow::Kind::Filler), 2);

    pane.originalView()->selectAll();
    pane.originalView()->copy();
    QCOMPARE(QApplication::clipboard()->text(), original.join('\n'));
    pane.fixedView()->selectAll();
    pane.fixedView()->copy();
    QCOMPARE(QApplication::clipboard()->text(), fixed.join('\n'));
}

void FileDiffPaneTest::foldBarNamesJsonPath()
{
    QStringList original = propertyLines(30);
    QStringList fixed = original;
    fixed[3].replace(QLatin1String("registry"), QLatin1String("registry2"));
    fixed[35].replace(QLatin1String("disabled"), QLatin1String("enabled"));
    FileDiffPane pane;
    QVERIFY(showSideBySide(pane, 600));
    pane.showTexts(QStringLiteral("a.json"), original.join('\n'), fixed.join('\n'), false, 3);

    // Lines 7 to 31 (0-based) are more than 3 lines from both changes.
    const CodeView *left = pane.originalView();
    QCOMPARE(countKind(left, CodeRow::Kind::Fold), 1);
    const int bar = 7;
    QCOMPARE(left->rows()[bar].kind, CodeRow::Kind::Fold);
    QCOMPARE(left->rows()[bar].label,
             QString::fromUtf16(u"\u22ef 25 hidden lines in resources[0].properties"));
    QCOMPARE(pane.fixedView()->rows()[bar].label, left->rows()[bar].label);
    QCOMPARE(left->fileLineAt(bar + 1), 32);
    QCOMPARE(pane.fixedView()->fileLineAt(bar + 1), 32);
    QCOMPARE(left->blockCount(), pane.fixedView()->blockCount());
    // Folding changes what is shown, never the texts.
    QCOMPARE(left->fileText(), original.join('\n'));
    QCOMPARE(pane.originalText(), original.join('\n'));
    QCOMPARE(DiffScope::jsonPath(original, 7), QStringLiteral("resources[0].properties"));
    QCOMPARE(DiffScope::jsonPath(original, 2), QStringLiteral("resources"));
    QCOMPARE(DiffScope::jsonPath(original, 1), QString());
    QCOMPARE(DiffScope::jsonPaths(original, { 1, 2, 7 }),
             QStringList({ QString(), QStringLiteral("resources"),
                           QStringLiteral("resources[0].properties") }));
}

void FileDiffPaneTest::foldBarExpandsByClickAndKey()
{
    QStringList original = propertyLines(60);
    QStringList fixed = withNameAndStatusChanged(original);
    FileDiffPane pane;
    QVERIFY(showSideBySide(pane, 900));
    pane.showTexts(QStringLiteral("a.json"), original.join('\n'), fixed.join('\n'), false, 3);
    CodeView *left = pane.originalView();
    const int bar = 7;
    QCOMPARE(pane.viewRows()[bar].foldCount, 55);

    // "Show 20 more lines" shows the 20 lines above the next change.
    const QRect more = left->foldLinkRect(bar, false);
    QVERIFY(more.isValid());
    QTest::mouseClick(left->viewport(), Qt::LeftButton, {}, more.center());
    QCOMPARE(pane.viewRows()[bar].foldCount, 35);
    QCOMPARE(left->rows()[bar].label,
             QString::fromUtf16(u"\u22ef 35 hidden lines in resources[0].properties"));
    QCOMPARE(left->fileLineAt(bar + 1), 42);
    QCOMPARE(left->textCursor().blockNumber(), bar);
    QCOMPARE(pane.fixedView()->blockCount(), left->blockCount());

    // Ctrl+Enter on the bar shows 20 more, before a window shortcut on the same key.
    auto *shortcut = new QShortcut(QKeySequence(QStringLiteral("Ctrl+Return")), &pane);
    QSignalSpy shortcutSpy(shortcut, &QShortcut::activated);
    QApplication::setActiveWindow(&pane);
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    left->setFocus();
    left->showLine(bar, 0);
    QTest::keyClick(left, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(pane.viewRows()[bar].foldCount, 15);
    QCOMPARE(shortcutSpy.count(), 0);
    // Enter shows the rest.
    left->showLine(bar, 0);
    QTest::keyClick(left, Qt::Key_Return);
    QCOMPARE(countKind(left, CodeRow::Kind::Fold), 0);
    QCOMPARE(left->blockCount(), int(original.size()));
    QCOMPARE(left->document()->toPlainText(), original.join('\n'));

    // "Show all" on a fresh fold. Showing the same texts again would keep the lines open.
    pane.clear();
    pane.showTexts(QStringLiteral("a.json"), original.join('\n'), fixed.join('\n'), false, 3);
    QCOMPARE(countKind(left, CodeRow::Kind::Fold), 1);
    QTest::mouseClick(left->viewport(), Qt::LeftButton, {}, left->foldLinkRect(bar, true).center());
    QCOMPARE(countKind(left, CodeRow::Kind::Fold), 0);
}

void FileDiffPaneTest::foldBarDescribedToScreenReaders()
{
    QStringList original = propertyLines(60);
    QStringList fixed = withNameAndStatusChanged(original);
    fixed.insert(66, QStringLiteral("        \"type\": \"Notary\""));
    FileDiffPane pane;
    QVERIFY(showSideBySide(pane, 900));
    pane.showTexts(QStringLiteral("a.json"), original.join('\n'), fixed.join('\n'), false, 3);
    CodeView *left = pane.originalView();
    QAccessibleInterface *editor = QAccessible::queryAccessibleInterface(left);
    QVERIFY(editor);

    // The bar is an empty block, so the label and its keys reach a screen reader as the
    // editor's description while the cursor is on it.
    const int bar = 7;
    QCOMPARE(left->rows()[bar].kind, CodeRow::Kind::Fold);
    left->showLine(bar, 0);
    QCOMPARE(editor->text(QAccessible::Description),
             QString::fromUtf16(u"\u22ef 55 hidden lines in resources[0].properties. Return "
                                u"shows all of them, Ctrl+Return shows 20 more."));

    left->showLine(bar + 1, 0);
    QCOMPARE(left->fileLineAt(bar + 1), 62);
    QCOMPARE(editor->text(QAccessible::Description), QString());

    // The added line leaves a filler row on the original side.
    int filler = -1;
    for (int row = 0; row < left->rows().size() && filler < 0; ++row) {
        if (left->rows()[row].kind == CodeRow::Kind::Filler)
            filler = row;
    }
    QVERIFY(filler > bar);
    left->showLine(filler, 0);
    QVERIFY2(editor->text(QAccessible::Description).startsWith(QLatin1String("Filler row")),
             qPrintable(editor->text(QAccessible::Description)));
}

void FileDiffPaneTest::unfoldedLinesSurviveSameOriginal()
{
    QStringList original = propertyLines(60);
    QStringList fixed = withNameAndStatusChanged(original);
    FileDiffPane pane;
    QVERIFY(showSideBySide(pane, 900));
    pane.showTexts(QStringLiteral("a.json"), original.join('\n'), fixed.join('\n'), false, 3);
    CodeView *left = pane.originalView();
    QCOMPARE(countKind(left, CodeRow::Kind::Fold), 1);
    pane.expandFold(7, -1);
    QCOMPARE(countKind(left, CodeRow::Kind::Fold), 0);

    // Apply shows the same original with the file marked unsaved: the bar stays open.
    pane.showTexts(QStringLiteral("a.json"), original.join('\n'), fixed.join('\n'), true, 3);
    QCOMPARE(countKind(left, CodeRow::Kind::Fold), 0);
    // Unchecking the first hunk changes only the fixed side: still open.
    QStringList secondOnly = original;
    secondOnly[65] = fixed[65];
    pane.showTexts(QStringLiteral("a.json"), original.join('\n'), secondOnly.join('\n'), false, 3);
    QCOMPARE(countKind(left, CodeRow::Kind::Fold), 0);
    QCOMPARE(left->blockCount(), int(original.size()));

    // Another file, or a changed original as after Save, folds again.
    pane.showTexts(QStringLiteral("b.json"), original.join('\n'), fixed.join('\n'), false, 3);
    QCOMPARE(countKind(left, CodeRow::Kind::Fold), 1);
    pane.expandFold(7, -1);
    QStringList saved = original;
    saved[0] = QStringLiteral("{ ");
    pane.showTexts(QStringLiteral("b.json"), saved.join('\n'), fixed.join('\n'), false, 3);
    QCOMPARE(countKind(left, CodeRow::Kind::Fold), 1);

    // With every hunk unchecked nothing folds; checking one again folds the rest as before.
    pane.showTexts(QStringLiteral("b.json"), saved.join('\n'), saved.join('\n'), false, 3);
    QCOMPARE(countKind(left, CodeRow::Kind::Fold), 0);
    pane.showTexts(QStringLiteral("b.json"), saved.join('\n'), fixed.join('\n'), false, 3);
    QCOMPARE(countKind(left, CodeRow::Kind::Fold), 1);
}

void FileDiffPaneTest::showAllBusyCursorOnLargeFold()
{
    // Whether the override cursor is set while the views take their new text.
    const auto busyWhileRendering = [](int properties) {
        QStringList original = propertyLines(properties);
        QStringList fixed = original;
        fixed[3].replace(QLatin1String("registry"), QLatin1String("registry2"));
        FileDiffPane pane;
        showSideBySide(pane, 900);
        pane.showTexts(QStringLiteral("a.json"), original.join('\n'), fixed.join('\n'), false, 3);
        bool busy = false;
        QObject::connect(pane.originalView()->document(), &QTextDocument::contentsChanged, &pane,
                         [&busy] { busy = busy || QApplication::overrideCursor() != nullptr; });
        pane.expandFold(7, -1);
        return busy;
    };
    QVERIFY(!busyWhileRendering(200));
    QVERIFY(busyWhileRendering(30000));
    // The cursor is back to normal afterwards.
    QCOMPARE(QApplication::overrideCursor(), nullptr);
}

void FileDiffPaneTest::bicepDeclarationScope()
{
    CV_REQUIRE_SHARED_DIR("cases/09-bicep-existing");
    const QStringList lines
        = readFile(testsupport::sharedPath(QStringLiteral("cases/09-bicep-existing/main.bicep")))
              .split('\n');
    QCOMPARE(DiffScope::bicepDeclaration(lines, 22), QStringLiteral("resource appRegistry"));
    QCOMPARE(DiffScope::bicepDeclaration(lines, 10), QStringLiteral("resource legacyRegistry"));
    QCOMPARE(DiffScope::bicepDeclaration(lines, 8), QString());
    QCOMPARE(DiffScope::describe(QStringLiteral("main.bicep"), lines, 17),
             QStringLiteral("resource appRegistry"));
}

void FileDiffPaneTest::scopeSkipsBlockComments()
{
    // Brackets, quotes and commas inside block comments, on one line and across lines.
    const QStringList json {
        QStringLiteral("{"),
        QStringLiteral("  /* { \"open\": [ */ \"resources\": ["),
        QStringLiteral("    /* first, [ second"),
        QStringLiteral("       } ] still a comment, */ {"),
        QStringLiteral("      \"properties\": {"),
        QStringLiteral("        \"status\": \"disabled\""),
    };
    QCOMPARE(DiffScope::jsonPath(json, 5), QStringLiteral("resources[0].properties"));
    QCOMPARE(DiffScope::jsonPath(json, 3), QStringLiteral("resources"));

    const QStringList bicep {
        QStringLiteral("/* resource commented 'x' = {"),
        QStringLiteral("*/"),
        QStringLiteral("resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {"),
        QStringLiteral("  /* ) ] } */ name: 'acr'"),
        QStringLiteral("  sku: {"),
        QStringLiteral("    name: 'Basic' /* } */"),
        QStringLiteral("  }"),
        QStringLiteral("  properties: {}"),
    };
    QCOMPARE(DiffScope::bicepDeclaration(bicep, 1), QString());
    QCOMPARE(DiffScope::bicepDeclaration(bicep, 4), QStringLiteral("resource registry"));
    QCOMPARE(DiffScope::bicepDeclaration(bicep, 7), QStringLiteral("resource registry"));
}

void FileDiffPaneTest::contextLinesSetting()
{
    QStringList original = propertyLines(30);
    QStringList fixed = original;
    fixed[20].replace(QLatin1String("15"), QLatin1String("16"));
    FileDiffPane pane;
    QCOMPARE(pane.contextLines(), 3);
    pane.showTexts(QStringLiteral("a.json"), original.join('\n'), fixed.join('\n'), false, 20);
    // 3 lines on each side of the change and the two fold bars.
    QCOMPARE(pane.originalView()->blockCount(), 7 + 2);
    // A bar of 17 lines offers only "Show all".
    QCOMPARE(pane.originalView()->rows()[0].hiddenLines, 17);
    QVERIFY(pane.originalView()->foldLinkRect(0, false).isNull());
    QVERIFY(pane.originalView()->foldLinkRect(0, true).width() > 0);
    pane.setContextLines(1);
    QCOMPARE(pane.originalView()->blockCount(), 3 + 2);
    QCOMPARE(QSettings().value(QStringLiteral("preview/contextLines")).toInt(), 1);
    FileDiffPane second;
    QCOMPARE(second.contextLines(), 1);
}

void FileDiffPaneTest::revealHunkUnfoldsAndScrolls()
{
    QStringList original = propertyLines(300);
    QStringList fixed = original;
    for (int line : { 10, 150, 290 })
        fixed[line].append(QStringLiteral(" // changed"));
    FileDiffPane pane;
    QVERIFY(showSideBySide(pane, 250));
    pane.showTexts(QStringLiteral("a.json"), original.join('\n'), fixed.join('\n'), false, 10);
    QCOMPARE(pane.hunkCount(), 3);
    QCOMPARE(pane.currentHunk(), -1);

    QVERIFY(pane.revealHunk(2));
    QCOMPARE(pane.currentHunk(), 2);
    const int row = pane.viewRowOf(pane.diff().hunks()[2].firstRow);
    QVERIFY(row > 0);
    CodeView *left = pane.originalView();
    CodeView *right = pane.fixedView();
    QVERIFY(right->topRow() <= row);
    QVERIFY(row < right->topRow() + right->visibleLineCount());
    QCOMPARE(left->topRow(), right->topRow());
    QCOMPARE(left->fileLineAt(row), 290);
    QCOMPARE(left->rows()[row - 3].kind, CodeRow::Kind::Line);
    QCOMPARE(left->rows()[row + 1].kind, CodeRow::Kind::Line);
    QVERIFY(!pane.revealHunk(3));
    QCOMPARE(pane.currentHunk(), 2);
}

void FileDiffPaneTest::overviewMarksEveryHunk()
{
    // Two dense groups of hunks on a strip of about 200 pixels: marks merge, hunks stay.
    QStringList original = propertyLines(2100);
    QStringList fixed = original;
    int changes = 0;
    for (int line = 6; line < 2100; line += line < 1000 || line >= 1500 ? 3 : 500) {
        fixed[line].append(QLatin1Char(' '));
        ++changes;
    }
    FileDiffPane pane;
    QVERIFY(showSideBySide(pane, 200));
    pane.showTexts(QStringLiteral("a.json"), original.join('\n'), fixed.join('\n'), false, 0);
    QCOMPARE(pane.hunkCount(), changes);

    const QVector<DiffOverview::Mark> marks = pane.overview()->marks();
    QVERIFY(marks.size() <= pane.overview()->height());
    QVERIFY(marks.size() > 1);
    QList<int> covered;
    for (const DiffOverview::Mark &mark : marks) {
        QVERIFY(mark.rect.height() >= 2);
        covered += mark.hunks;
    }
    QCOMPARE(covered.size(), changes);
    for (int i = 0; i < covered.size(); ++i)
        QCOMPARE(covered[i], i);

    // A frame marks the rows in view: the first rows before scrolling.
    pane.fixedView()->verticalScrollBar()->setValue(0);
    const QRect frame = pane.overview()->visibleRect();
    QCOMPARE(frame.top(), 0);
    QVERIFY(frame.height() < pane.overview()->height());

    const DiffOverview::Mark &last = marks.back();
    QTest::mouseClick(pane.overview(), Qt::LeftButton, {}, last.rect.center());
    QCOMPARE(pane.currentHunk(), last.hunks.front());
    QVERIFY(pane.overview()->visibleRect().intersects(last.rect));
    const int row = pane.viewRowOf(pane.diff().hunks()[pane.currentHunk()].firstRow);
    QVERIFY(pane.fixedView()->topRow() <= row);
    QVERIFY(row < pane.fixedView()->topRow() + pane.fixedView()->visibleLineCount());
}

void FileDiffPaneTest::linkStripJoinsHunkRows()
{
    const QStringList original = propertyLines(20);
    QStringList fixed = original;
    fixed.insert(8, QStringLiteral("        \"x\": 1,"));
    fixed.insert(8, QStringLiteral("        \"y\": 1,"));
    FileDiffPane pane;
    QVERIFY(showSideBySide(pane, 600));
    pane.showTexts(QStringLiteral("a.json"), original.join('\n'), fixed.join('\n'), false, 0);

    DiffLinkStrip *strip = pane.linkStrip();
    QCOMPARE(strip->bands().size(), 1);
    const DiffLinkStrip::Band band = strip->bands().front();
    QCOMPARE(band.leftLast - band.leftFirst, 1);
    const auto [leftTop, leftBottom] = strip->bandEdge(band, true);
    const auto [rightTop, rightBottom] = strip->bandEdge(band, false);
    QCOMPARE(leftTop, rightTop);
    QCOMPARE(leftBottom - leftTop, 2 * pane.fixedView()->rowRect(band.rightFirst).height());
    const QPoint viewTop = pane.fixedView()->viewport()->mapTo(&pane, QPoint(0, 0));
    const QPoint stripTop = strip->mapTo(&pane, QPoint(0, 0));
    QCOMPARE(stripTop.y() + rightTop,
             viewTop.y() + pane.fixedView()->rowRect(band.rightFirst).top());
    // The band is painted in the middle of the strip at the hunk's height.
    const QImage image = strip->grab().toImage();
    const QColor middle = image.pixelColor(strip->width() / 2, (rightTop + rightBottom) / 2);
    QCOMPARE(middle, pane.fixedView()->markColours().addedLine);
}

void FileDiffPaneTest::unifiedBelowThreshold()
{
    const QStringList original = propertyLines(10);
    QStringList fixed = original;
    fixed[8] = QStringLiteral("        \"p3\": 4,");
    fixed.insert(12, QStringLiteral("        \"added\": true,"));
    FileDiffPane pane;
    QSignalSpy spy(&pane, &FileDiffPane::unifiedChanged);
    pane.resize(1200, 500);
    pane.show();
    QApplication::setActiveWindow(&pane);
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    pane.showTexts(QStringLiteral("a.json"), original.join('\n'), fixed.join('\n'), false, 0);
    QVERIFY(!pane.isUnified());
    QVERIFY(pane.originalView()->isVisible());

    pane.resize(800, 500);
    QTRY_VERIFY(pane.isUnified());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.front().front().toBool(), true);
    QVERIFY(pane.unifiedView()->isVisible());
    QVERIFY(pane.unifiedTitle()->isVisible());
    QCOMPARE(pane.unifiedTitle()->text(), QStringLiteral("Changes: a.json"));
    QVERIFY(!pane.originalView()->isVisible());

    // One removed and one added row for the change, one added row for the insertion.
    const QVector<CodeRow> &rows = pane.unifiedView()->rows();
    QStringList shown;
    for (int row = 0; row < rows.size(); ++row) {
        if (rows[row].tint == CodeRow::Tint::None)
            continue;
        shown << QString(rows[row].glyph)
                + pane.unifiedView()->document()->findBlockByNumber(row).text();
    }
    QCOMPARE(shown,
             QStringList({ QString(QChar(0x2212)) + original[8], QLatin1Char('+') + fixed[8],
                           QLatin1Char('+') + fixed[12] }));
    QCOMPARE(pane.unifiedView()->fileText(), fixed.join('\n'));
    const int removedRow = pane.unifiedView()->markedLines().front();
    QCOMPARE(pane.unifiedView()->shownCharacterMarks(removedRow), QList<DiffRange>({ { 14, 1 } }));

    // Focusing a hidden side view focuses the unified view.
    pane.originalView()->setFocus();
    QCOMPARE(QApplication::focusWidget(), pane.unifiedView());

    pane.resize(1200, 500);
    QTRY_VERIFY(!pane.isUnified());
    QCOMPARE(QApplication::focusWidget(), pane.fixedView());
    QCOMPARE(spy.count(), 2);
    pane.setUnified(true);
    QVERIFY(pane.isUnified());
    pane.resize(1300, 500);
    QTest::qWait(20);
    QVERIFY(pane.isUnified()); // forced, so the width does not switch it back
    pane.setUnifiedAutomatic();
    QVERIFY(!pane.isUnified());
}

void FileDiffPaneTest::characterMarksOnTemplateFix()
{
    CV_REQUIRE_SHARED_DIR("cases/01-sku-gating");
    const QString original
        = readFile(testsupport::sharedPath(QStringLiteral("cases/01-sku-gating/azuredeploy.json")));
    QString fixed = original;
    fixed.replace(QLatin1String("\"status\": \"disabled\""),
                  QLatin1String("\"status\": \"enabled\""));
    FileDiffPane pane;
    QVERIFY(showSideBySide(pane, 600));
    pane.showTexts(QStringLiteral("azuredeploy.json"), original, fixed, false, -1);

    CodeView *left = pane.originalView();
    QCOMPARE(left->markedLines().size(), 1);
    const int row = left->markedLines().front();
    QCOMPARE(left->fileLineAt(row), 42);
    QCOMPARE(left->rows()[row].glyph, QLatin1Char('~'));
    const QList<DiffRange> marks = left->shownCharacterMarks(row);
    QCOMPARE(marks.size(), 1);
    const QString text = left->document()->findBlockByNumber(row).text();
    QCOMPARE(text.mid(marks[0].start, marks[0].length), QStringLiteral("disabled"));

    // The row tint comes first, then the stronger tint of the changed word.
    const QList<QTextEdit::ExtraSelection> selections = left->extraSelections();
    QCOMPARE(selections.size(), 2);
    QCOMPARE(selections[0].format.background().color(), QColor(0xff, 0xd7, 0xd5));
    QCOMPARE(selections[1].cursor.selectedText(), QStringLiteral("disabled"));
    QCOMPARE(selections[1].format.background().color(), left->markColours().removedText);
    // The changed word is drawn in the text colour, not its syntax colour.
    QCOMPARE(selections[1].format.foreground().color(), left->palette().color(QPalette::Text));
    QVERIFY(!selections[0].format.hasProperty(QTextFormat::ForegroundBrush));
    QCOMPARE(pane.fixedView()->extraSelections()[1].cursor.selectedText(),
             QStringLiteral("enabled"));
}

void FileDiffPaneTest::highContrastDrawsOutlines()
{
    QPalette contrast;
    contrast.setColor(QPalette::Window, Qt::black);
    contrast.setColor(QPalette::WindowText, Qt::white);
    contrast.setColor(QPalette::Base, Qt::black);
    contrast.setColor(QPalette::Text, Qt::white);
    contrast.setColor(QPalette::AlternateBase, Qt::black);
    QVERIFY(DiffColours::isHighContrast(contrast));
    QVERIFY(!DiffColours::isHighContrast(QPalette(QColor(0xef, 0xef, 0xef))));
    QCOMPARE(qRound(DiffColours::contrastRatio(Qt::black, Qt::white)), 21);

    const QStringList original = propertyLines(4);
    QStringList fixed = original;
    fixed[6] = QStringLiteral("        \"p1\": 7,");
    FileDiffPane pane;
    pane.setUnified(false);
    pane.setPalette(contrast);
    pane.resize(1400, 400);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.showTexts(QStringLiteral("a.json"), original.join('\n'), fixed.join('\n'), false, 0);

    CodeView *right = pane.fixedView();
    QVERIFY(right->markColours().outline);
    QVERIFY(right->extraSelections().isEmpty());
    const int row = right->markedLines().front();
    QCOMPARE(right->shownCharacterMarks(row), QList<DiffRange>({ { 14, 1 } }));
    // The outline runs along the row's top edge; inside the row the base stays black.
    const QRect rect = right->rowRect(row);
    const QImage image = right->viewport()->grab().toImage();
    QCOMPARE(image.pixelColor(rect.width() - 20, rect.top()), right->markColours().addedLine);
    QCOMPARE(image.pixelColor(rect.width() - 20, rect.center().y()), QColor(Qt::black));
}

void FileDiffPaneTest::largeFileNoticeShowsAll()
{
    const QString longValue(DiffRows::maxMarkedLineLength() + 100, QLatin1Char('a'));
    const QString original = QStringLiteral("{\n  \"v\": \"%1\"\n}").arg(longValue);
    const QString fixed = QStringLiteral("{\n  \"v\": \"%1b\"\n}").arg(longValue);
    FileDiffPane pane;
    QVERIFY(showSideBySide(pane, 400));
    pane.showTexts(QStringLiteral("a.json"), original, fixed, false, 0);

    QLabel *notice = pane.characterMarkNotice();
    QVERIFY(notice->isVisible());
    QVERIFY(
        notice->text().contains(QLatin1String("Character marks incomplete for this large file")));
    QVERIFY(pane.fixedView()->shownCharacterMarks(1).isEmpty());
    QCOMPARE(pane.fixedView()->markedLines(), QList<int>({ 1 }));

    emit notice->linkActivated(QStringLiteral("all"));
    QVERIFY(!notice->isVisible());
    QCOMPARE(pane.fixedView()->shownCharacterMarks(1),
             QList<DiffRange>({ { 8, int(longValue.size()) + 1 } }));
}

void FileDiffPaneTest::characterMarksFollowViewport()
{
    // Every line changes, more rows than get character marks by default.
    QStringList original;
    QStringList fixed;
    for (int i = 0; i < 12000; ++i) {
        original << QStringLiteral("  \"k%1\": %1,").arg(i);
        fixed << QStringLiteral("  \"k%1\": %1%2,").arg(i).arg(i % 7);
    }
    FileDiffPane pane;
    QVERIFY(showSideBySide(pane, 400));
    pane.showTexts(QStringLiteral("a.json"), original.join('\n'), fixed.join('\n'), false, 0);
    QCOMPARE(pane.fixedView()->markedLines().size(), 12000);
    QVERIFY(pane.characterMarkNotice()->isVisible());

    // Only the rows around the viewport have character marks.
    CodeView *right = pane.fixedView();
    QCOMPARE(right->shownCharacterMarks(0), QList<DiffRange>({ { 8, 2 } }));
    QVERIFY(right->shownCharacterMarks(3000).isEmpty());
    right->verticalScrollBar()->setValue(3000);
    QCOMPARE(right->shownCharacterMarks(3000), QList<DiffRange>({ { 11, 5 } }));
    QVERIFY(right->shownCharacterMarks(0).isEmpty());
    // Rows past the limit get marks after "Show all".
    right->verticalScrollBar()->setValue(9000);
    QVERIFY(right->shownCharacterMarks(9000).isEmpty());
    emit pane.characterMarkNotice()->linkActivated(QStringLiteral("all"));
    QCOMPARE(right->shownCharacterMarks(9000), QList<DiffRange>({ { 11, 5 } }));
}

void FileDiffPaneTest::horizontalSyncToggle()
{
    QStringList original = propertyLines(10);
    original[7].append(QString(400, QLatin1Char(' ')) + QStringLiteral("// wide"));
    QStringList fixed = original;
    fixed[8].replace(QLatin1String("3"), QLatin1String("4"));
    FileDiffPane pane;
    pane.setUnified(false);
    pane.resize(1000, 400);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.showTexts(QStringLiteral("a.json"), original.join('\n'), fixed.join('\n'), false, 0);
    QToolButton *button = pane.syncHorizontalButton();
    QVERIFY(button->isChecked());
    QVERIFY(!button->accessibleName().isEmpty());

    QScrollBar *left = pane.originalView()->horizontalScrollBar();
    QScrollBar *right = pane.fixedView()->horizontalScrollBar();
    QVERIFY(left->maximum() > 100);
    left->setValue(100);
    QCOMPARE(right->value(), 100);

    button->click();
    QVERIFY(!pane.isSyncHorizontal());
    QCOMPARE(QSettings().value(QStringLiteral("preview/syncHorizontal")).toBool(), false);
    left->setValue(50);
    QCOMPARE(right->value(), 100);
    FileDiffPane second;
    QVERIFY(!second.isSyncHorizontal());
    QVERIFY(!second.syncHorizontalButton()->isChecked());
}

namespace {

// Collects the regions of the paint events a widget receives.
class PaintRecorder : public QObject
{
public:
    QRegion painted;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted += static_cast<QPaintEvent *>(event)->region();
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void FileDiffPaneTest::horizontalScrollRepaintsFoldBars()
{
    QStringList original = propertyLines(60);
    original[64].append(QString(400, QLatin1Char(' ')) + QStringLiteral("// wide"));
    QStringList fixed = original;
    fixed[65].replace(QLatin1String("disabled"), QLatin1String("enabled"));
    FileDiffPane pane;
    pane.setUnified(false);
    pane.resize(1000, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.showTexts(QStringLiteral("a.json"), original.join('\n'), fixed.join('\n'), false, 65);
    CodeView *left = pane.originalView();
    QVERIFY(countKind(left, CodeRow::Kind::Fold) > 0);
    QVERIFY(left->horizontalScrollBar()->maximum() > 100);
    // The first paints after showing cover the whole viewport, so the check starts after them.
    QTest::qWait(300);

    // A horizontal scroll moves the viewport's pixels, which would drag the fold bar's text
    // along; the whole viewport must be painted again.
    PaintRecorder recorder;
    left->viewport()->installEventFilter(&recorder);
    left->horizontalScrollBar()->setValue(60);
    QTRY_VERIFY(!recorder.painted.isEmpty());
    QTest::qWait(100);
    QCOMPARE(recorder.painted.boundingRect(), left->viewport()->rect());
}

QTEST_MAIN(FileDiffPaneTest)
#include "tst_filediffpane.moc"
