// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/viewporthighlighter.h"

#ifdef CV_HAVE_SYNTAX_HIGHLIGHTING

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Theme>

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

namespace compliance {

ViewportHighlighter::ViewportHighlighter(QTextDocument *document)
    : QObject(document)
    , m_document(document)
{
    connect(document, &QTextDocument::contentsChange, this, [this] { reset(); });
}

void ViewportHighlighter::setDefinition(const KSyntaxHighlighting::Definition &definition)
{
    AbstractHighlighter::setDefinition(definition);
    reset();
}

void ViewportHighlighter::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    AbstractHighlighter::setTheme(theme);
    reset();
}

void ViewportHighlighter::reset()
{
    m_endStates.clear();
    // Blocks coloured before carry the old generation, so they are coloured again when shown.
    ++m_generation;
    // Asks the views to repaint, which requests the visible blocks again.
    emit m_document->documentLayout()->update();
}

void ViewportHighlighter::highlightBlocks(int first, int last)
{
    if (!definition().isValid())
        return;
    last = std::min(last, m_document->blockCount() - 1);
    if (first > last)
        return;

    // The states up to the block above `first`, computed without colouring those blocks. The
    // lines are views into one copy of the text, which measured faster on a 60,000-line
    // template than a QString from QTextBlock::text() per line.
    if (blocksWithState() < first) {
        const QString text = m_document->toRawText(); // blocks end in U+2029
        qsizetype offset = m_document->findBlockByNumber(blocksWithState()).position();
        KSyntaxHighlighting::State state
            = m_endStates.empty() ? KSyntaxHighlighting::State() : m_endStates.back();
        m_collectFormats = false;
        while (blocksWithState() < first && offset <= text.size()) {
            qsizetype end = text.indexOf(QChar::ParagraphSeparator, offset);
            if (end < 0)
                end = text.size();
            state = highlightLine(QStringView(text).mid(offset, end - offset), state);
            m_endStates.push_back(state);
            offset = end + 1;
        }
    }

    QTextBlock block = m_document->findBlockByNumber(first);
    int dirtyStart = -1;
    int dirtyEnd = -1;
    for (; block.isValid() && block.blockNumber() <= last; block = block.next()) {
        const int number = block.blockNumber();
        const bool known = number < blocksWithState();
        if (known && block.userState() == m_generation)
            continue;
        const KSyntaxHighlighting::State startState
            = number == 0 ? KSyntaxHighlighting::State() : m_endStates[number - 1];
        m_lineFormats.clear();
        m_collectFormats = true;
        const KSyntaxHighlighting::State endState = highlightLine(block.text(), startState);
        m_collectFormats = false;
        if (!known)
            m_endStates.push_back(endState);
        block.layout()->setFormats(m_lineFormats);
        block.setUserState(m_generation);
        if (dirtyStart < 0)
            dirtyStart = block.position();
        dirtyEnd = block.position() + block.length();
    }
    // Lays out the newly coloured blocks again. This emits no contentsChange, so the states stay.
    if (dirtyStart >= 0)
        m_document->markContentsDirty(dirtyStart, dirtyEnd - dirtyStart);
}

void ViewportHighlighter::applyFormat(int offset, int length,
                                      const KSyntaxHighlighting::Format &format)
{
    if (!m_collectFormats || length == 0)
        return;
    QTextCharFormat textFormat;
    // Folded rows are empty blocks, so the definition meets closing brackets without their
    // opening ones and marks valid text as an error. The scanner reports real syntax errors, so
    // error text is drawn as normal text.
    if (format.textStyle() == KSyntaxHighlighting::Theme::Error) {
        textFormat.setForeground(
            QColor::fromRgba(theme().textColor(KSyntaxHighlighting::Theme::Normal)));
        m_lineFormats.append(QTextLayout::FormatRange { offset, length, textFormat });
        return;
    }
    // The same mapping as KSyntaxHighlighting's SyntaxHighlighter, which sets the theme's text
    // colour even on default text, so the colours do not depend on the palette.
    textFormat.setForeground(format.textColor(theme()));
    if (format.hasBackgroundColor(theme()))
        textFormat.setBackground(format.backgroundColor(theme()));
    if (format.isBold(theme()))
        textFormat.setFontWeight(QFont::Bold);
    if (format.isItalic(theme()))
        textFormat.setFontItalic(true);
    if (format.isUnderline(theme()))
        textFormat.setFontUnderline(true);
    if (format.isStrikeThrough(theme()))
        textFormat.setFontStrikeOut(true);
    QTextLayout::FormatRange range;
    range.start = offset;
    range.length = length;
    range.format = textFormat;
    m_lineFormats.append(range);
}

} // namespace compliance

#endif // CV_HAVE_SYNTAX_HIGHLIGHTING
