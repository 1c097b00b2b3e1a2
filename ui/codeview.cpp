// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/codeview.h"

#include "ui/codehighlighter.h"

#include <algorithm>

#include <QFontDatabase>
#include <QFontInfo>
#include <QKeyEvent>
#include <QMimeData>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>

namespace compliance {

namespace {

// Character marks are set for this many rows above and below the viewport, so scrolling by a
// page or less needs no new marks.
constexpr int kMarkMargin = 100;

// The gutter delegates painting to its editor, which has the block geometry.
class LineNumberGutter : public QWidget
{
public:
    explicit LineNumberGutter(CodeView *editor)
        : QWidget(editor)
        , m_editor(editor)
    { }

    QSize sizeHint() const override { return QSize(m_editor->gutterWidth(), 0); }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }

private:
    CodeView *m_editor;
};

// Returns the platform's fixed font. Some platform themes, such as Qt 5.15's offscreen one,
// return a proportional font there, so fall back to the fontconfig "monospace" alias.
QFont fixedFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (!QFontInfo(font).fixedPitch()) {
        font.setFamily(QStringLiteral("monospace"));
        font.setStyleHint(QFont::TypeWriter);
        font.setFixedPitch(true);
    }
    return font;
}

} // namespace

CodeView::CodeView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new LineNumberGutter(this))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    // Lets the shorter side of a preview scroll as far as the longer one, so both stay aligned.
    setCenterOnScroll(true);
    setFont(fixedFont());
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // A few lines of context stay in view however small the window gets.
    setMinimumHeight(6 * fontMetrics().height());

    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeView::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeView::updateGutter);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { updateMarks(false); });
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeView::describeCursorRow);
    // Fold bars and filler hatching are painted at fixed viewport positions, while a horizontal
    // scroll moves the viewport's pixels sideways, so the whole viewport is repainted.
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, viewport(),
            qOverload<>(&QWidget::update));
    updateGutterWidth();
}

void CodeView::showRows(const QString &fileText, const QStringList &fileLines,
                        const QVector<CodeRow> &rows)
{
    m_fileText = fileText;
    m_rows = rows;
    m_rowOfLine.fill(-1, fileLines.size());
    m_markedRows.clear();
    m_shownCharacterMarks.clear();
    QStringList shown;
    shown.reserve(rows.size());
    for (int row = 0; row < rows.size(); ++row) {
        const CodeRow &entry = rows[row];
        const bool isLine = entry.kind == CodeRow::Kind::Line && entry.fileLine >= 0
            && entry.fileLine < fileLines.size();
        shown.append(isLine ? fileLines[entry.fileLine] : QString());
        if (isLine)
            m_rowOfLine[entry.fileLine] = row;
        if (entry.tint != CodeRow::Tint::None)
            m_markedRows.append(row);
    }
    setPlainText(shown.join(QLatin1Char('\n')));
    updateGutterWidth();
    updateMarks(true);
    describeCursorRow();
}

QString CodeView::rowDescription(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const CodeRow &entry = m_rows[row];
    switch (entry.kind) {
    case CodeRow::Kind::Fold:
        return entry.hiddenLines > foldStep()
            ? tr("%1. Return shows all of them, Ctrl+Return shows %2 more.")
                  .arg(entry.label)
                  .arg(foldStep())
            : tr("%1. Return shows them.").arg(entry.label);
    case CodeRow::Kind::Filler:
        return tr("Filler row: the other side has lines here that this side does not.");
    case CodeRow::Kind::Line:
        break;
    }
    return {};
}

void CodeView::describeCursorRow()
{
    // Fold bars and fillers are empty blocks, so their meaning reaches screen readers only
    // through the editor's description while the cursor is on them.
    const QString description = rowDescription(textCursor().blockNumber());
    if (description == accessibleDescription())
        return;
    setAccessibleDescription(description);
}

QString CodeView::fileText() const
{
    return m_rows.isEmpty() ? toPlainText() : m_fileText;
}

int CodeView::fileLineAt(int row) const
{
    if (m_rows.isEmpty())
        return row >= 0 && row < blockCount() ? row : -1;
    return row >= 0 && row < m_rows.size() ? m_rows[row].fileLine : -1;
}

int CodeView::rowOfFileLine(int line) const
{
    if (m_rows.isEmpty())
        return line >= 0 && line < blockCount() ? line : -1;
    return m_rowOfLine.value(line, -1);
}

QRect CodeView::rowRect(int row) const
{
    const QTextBlock block = document()->findBlockByNumber(row);
    if (!block.isValid())
        return {};
    const QRectF geometry = blockBoundingGeometry(block).translated(contentOffset());
    return QRect(0, qRound(geometry.top()), viewport()->width(), qRound(geometry.height()));
}

void CodeView::setMarkColours(const CodeMarkColours &colours)
{
    m_colours = colours;
    updateMarks(true);
    viewport()->update();
    m_gutter->update();
}

void CodeView::setCharacterMarkSource(CharacterMarkSource source)
{
    m_characterMarks = std::move(source);
    updateMarks(true);
}

QList<DiffRange> CodeView::shownCharacterMarks(int row) const
{
    return m_shownCharacterMarks.value(row);
}

QPair<int, int> CodeView::visibleRows() const
{
    const int first = std::max(0, firstVisibleBlock().blockNumber());
    return { first, first + visibleLineCount() };
}

void CodeView::updateMarks(bool force)
{
    const auto [first, last] = visibleRows();
    if (!force && first >= m_markedFirst && last <= m_markedLast)
        return;
    m_markedFirst = std::max(0, first - kMarkMargin);
    m_markedLast = last + kMarkMargin;

    QList<QTextEdit::ExtraSelection> selections;
    const auto lineColour = [this](const CodeRow &row) {
        return row.tint == CodeRow::Tint::Removed ? m_colours.removedLine : m_colours.addedLine;
    };
    if (!m_colours.outline) {
        for (int row : std::as_const(m_markedRows)) {
            QTextEdit::ExtraSelection selection;
            selection.format.setBackground(lineColour(m_rows[row]));
            selection.format.setProperty(QTextFormat::FullWidthSelection, true);
            selection.cursor = QTextCursor(document()->findBlockByNumber(row));
            selections.append(selection);
        }
    }

    // Character marks only for the rows around the viewport, since a diff of each changed line
    // costs time on large files.
    m_shownCharacterMarks.clear();
    const int end = std::min(m_markedLast, static_cast<int>(m_rows.size()) - 1);
    for (int row = m_markedFirst; m_characterMarks && row <= end; ++row) {
        const CodeRow &entry = m_rows[row];
        if (entry.tint == CodeRow::Tint::None || entry.kind != CodeRow::Kind::Line)
            continue;
        const QList<DiffRange> ranges = m_characterMarks(row);
        if (ranges.isEmpty())
            continue;
        m_shownCharacterMarks.insert(row, ranges);
        if (m_colours.outline)
            continue;
        const QTextBlock block = document()->findBlockByNumber(row);
        for (const DiffRange &range : ranges) {
            QTextEdit::ExtraSelection selection;
            selection.format.setBackground(
                entry.tint == CodeRow::Tint::Removed ? m_colours.removedText : m_colours.addedText);
            if (m_colours.changedCharacterText.isValid())
                selection.format.setForeground(m_colours.changedCharacterText);
            selection.cursor = QTextCursor(block);
            selection.cursor.setPosition(block.position() + range.start);
            selection.cursor.setPosition(block.position() + range.start + range.length,
                                         QTextCursor::KeepAnchor);
            selections.append(selection);
        }
    }
    setExtraSelections(selections);
}

QRect CodeView::characterRect(int row, const DiffRange &range) const
{
    const QTextBlock block = document()->findBlockByNumber(row);
    if (!block.isValid() || block.layout()->lineCount() == 0)
        return {};
    const QTextLine line = block.layout()->lineAt(0);
    const QRectF geometry = blockBoundingGeometry(block).translated(contentOffset());
    const qreal left = geometry.left() + block.layout()->position().x();
    const qreal start = left + line.cursorToX(range.start);
    const qreal end = left + line.cursorToX(range.start + range.length);
    return QRectF(start, geometry.top(), end - start, geometry.height()).toAlignedRect();
}

QString CodeView::showMoreText()
{
    return tr("Show %1 more lines").arg(foldStep());
}

QRect CodeView::foldLinkRect(int row, bool all) const
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].kind != CodeRow::Kind::Fold)
        return {};
    const QRect bar = rowRect(row);
    const QFontMetrics metrics = fontMetrics();
    const bool hasMore = m_rows[row].hiddenLines > foldStep();
    const int moreLeft = 8 + metrics.horizontalAdvance(m_rows[row].label) + 24;
    const int moreWidth = hasMore ? metrics.horizontalAdvance(showMoreText()) : 0;
    if (!all)
        return hasMore ? QRect(moreLeft, bar.top(), moreWidth, bar.height()) : QRect();
    const int allLeft = hasMore ? moreLeft + moreWidth + 16 : moreLeft;
    return QRect(allLeft, bar.top(), metrics.horizontalAdvance(tr("Show all")), bar.height());
}

void CodeView::showLine(int row, int firstVisibleRow)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, row));
    if (block.isValid())
        setTextCursor(QTextCursor(block));
    // In a QPlainTextEdit the vertical scroll value is the first visible block number.
    verticalScrollBar()->setValue(std::max(0, firstVisibleRow));
}

int CodeView::visibleLineCount() const
{
    return std::max(1, viewport()->height() / std::max(1, fontMetrics().lineSpacing()));
}

void CodeView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect contents = contentsRect();
    m_gutter->setGeometry(QRect(contents.left(), contents.top(), gutterWidth(), contents.height()));
    updateMarks(false);
}

void CodeView::paintEvent(QPaintEvent *event)
{
    // The highlighter colours only what is about to be painted: the blocks in the viewport.
    const QTextBlock first = firstVisibleBlock();
    if (first.isValid()) {
        const QPointF offset = contentOffset();
        const qreal bottom = viewport()->rect().bottom();
        QTextBlock last = first;
        for (QTextBlock block = first; block.isValid(); block = block.next()) {
            if (blockBoundingGeometry(block).translated(offset).top() > bottom)
                break;
            last = block;
        }
        CodeHighlighter::highlightBlocks(document(), first.blockNumber(), last.blockNumber());
    }
    QPlainTextEdit::paintEvent(event);
    if (m_rows.isEmpty())
        return;
    QPainter painter(viewport());
    paintRowDecorations(painter);
}

void CodeView::paintRowDecorations(QPainter &painter)
{
    const QPalette colours = palette();
    const auto [first, last] = visibleRows();
    const int end = std::min(last + 1, static_cast<int>(m_rows.size()) - 1);
    for (int row = first; row <= end; ++row) {
        const CodeRow &entry = m_rows[row];
        const QRect rect = rowRect(row);
        if (entry.kind == CodeRow::Kind::Filler) {
            QColor hatch = colours.color(QPalette::Text);
            hatch.setAlpha(60);
            painter.fillRect(rect, QBrush(hatch, Qt::BDiagPattern));
        } else if (entry.kind == CodeRow::Kind::Fold) {
            painter.fillRect(rect, colours.color(QPalette::AlternateBase));
            painter.setPen(colours.color(QPalette::Mid));
            painter.drawLine(rect.topLeft(), rect.topRight());
            painter.drawLine(rect.bottomLeft(), rect.bottomRight());
            painter.setPen(colours.color(QPalette::Text));
            painter.drawText(rect.adjusted(8, 0, 0, 0), Qt::AlignVCenter, entry.label);
            painter.setPen(colours.color(QPalette::Link));
            if (entry.hiddenLines > foldStep())
                painter.drawText(foldLinkRect(row, false), Qt::AlignVCenter, showMoreText());
            painter.drawText(foldLinkRect(row, true), Qt::AlignVCenter, tr("Show all"));
        } else if (m_colours.outline && entry.tint != CodeRow::Tint::None) {
            const bool removed = entry.tint == CodeRow::Tint::Removed;
            painter.setPen(QPen(removed ? m_colours.removedLine : m_colours.addedLine, 1));
            painter.drawRect(rect.adjusted(0, 0, -1, -1));
            painter.setPen(QPen(removed ? m_colours.removedText : m_colours.addedText, 2));
            for (const DiffRange &range : m_shownCharacterMarks.value(row))
                painter.drawRect(characterRect(row, range).adjusted(1, 1, -1, -1));
        }
    }
}

bool CodeView::isFoldKey(const QKeyEvent *event) const
{
    const int row = textCursor().blockNumber();
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    return enter && row < m_rows.size() && m_rows[row].kind == CodeRow::Kind::Fold;
}

bool CodeView::event(QEvent *event)
{
    // On a fold bar, Return and Ctrl+Return expand it, even where a window shortcut uses them.
    if (event->type() == QEvent::ShortcutOverride && isFoldKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QPlainTextEdit::event(event);
}

void CodeView::keyPressEvent(QKeyEvent *event)
{
    const int row = textCursor().blockNumber();
    if (isFoldKey(event)) {
        emit foldExpandRequested(row, event->modifiers() & Qt::ControlModifier ? foldStep() : -1);
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void CodeView::mousePressEvent(QMouseEvent *event)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    const QPoint position = event->position().toPoint();
#else
    const QPoint position = event->pos();
#endif
    const int row = cursorForPosition(position).blockNumber();
    if (event->button() == Qt::LeftButton && row < m_rows.size()
        && m_rows[row].kind == CodeRow::Kind::Fold) {
        if (foldLinkRect(row, false).contains(position)) {
            emit foldExpandRequested(row, foldStep());
            event->accept();
            return;
        }
        if (foldLinkRect(row, true).contains(position)) {
            emit foldExpandRequested(row, -1);
            event->accept();
            return;
        }
    }
    QPlainTextEdit::mousePressEvent(event);
}

QMimeData *CodeView::createMimeDataFromSelection() const
{
    if (m_rows.isEmpty())
        return QPlainTextEdit::createMimeDataFromSelection();
    // Copies the selected part of each file line, leaving fillers and fold bars out.
    const QTextCursor cursor = textCursor();
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    QStringList pieces;
    for (QTextBlock block = document()->findBlock(start); block.isValid(); block = block.next()) {
        if (block.position() > end)
            break;
        if (m_rows.value(block.blockNumber()).kind != CodeRow::Kind::Line)
            continue;
        const int from = std::max(0, start - block.position());
        const int to = std::min<int>(block.text().size(), end - block.position());
        pieces.append(block.text().mid(from, std::max(0, to - from)));
    }
    auto *data = new QMimeData;
    data->setText(pieces.join(QLatin1Char('\n')));
    return data;
}

int CodeView::gutterWidth() const
{
    int digits = 1;
    const int lines = m_rows.isEmpty() ? blockCount() : static_cast<int>(m_rowOfLine.size());
    for (int count = std::max(1, lines); count >= 10; count /= 10)
        ++digits;
    const int digitWidth = fontMetrics().horizontalAdvance(QLatin1Char('9'));
    const int glyphWidth = m_rows.isEmpty() ? 0 : 2 * digitWidth;
    return 8 + digitWidth * std::max(digits, 3) + glyphWidth;
}

void CodeView::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void CodeView::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void CodeView::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QPalette colours = palette();
    painter.fillRect(event->rect(), colours.color(QPalette::AlternateBase));
    painter.setFont(font());

    const int digitWidth = fontMetrics().horizontalAdvance(QLatin1Char('9'));
    const int glyphWidth = m_rows.isEmpty() ? 0 : 2 * digitWidth;
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int lineHeight = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int row = block.blockNumber();
            CodeRow entry = m_rows.value(row, CodeRow::line(row));
            if (entry.gutterLine >= 0)
                entry.fileLine = entry.gutterLine;
            const bool marked = entry.tint != CodeRow::Tint::None;
            painter.setPen(marked ? colours.color(QPalette::Text)
                                  : colours.color(QPalette::PlaceholderText));
            if (entry.fileLine >= 0) {
                painter.drawText(0, top, m_gutter->width() - 4 - glyphWidth, lineHeight,
                                 Qt::AlignRight, QString::number(entry.fileLine + 1));
            }
            if (!entry.glyph.isNull()) {
                painter.drawText(m_gutter->width() - glyphWidth, top, glyphWidth, lineHeight,
                                 Qt::AlignCenter, QString(entry.glyph));
            }
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

} // namespace compliance
