// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/filediffpane.h"

#include "ui/codehighlighter.h"
#include "ui/codeview.h"
#include "ui/linediff.h"

#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace compliance {

FileDiffPane::FileDiffPane(QWidget *parent)
    : QWidget(parent)
    , m_originalTitle(new QLabel(tr("Original"), this))
    , m_fixedTitle(new QLabel(tr("Fixed"), this))
    , m_original(new CodeView(this))
    , m_fixed(new CodeView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    syncScrolling();
    // Tab leaves the read-only views instead of being swallowed by them.
    m_original->setTabChangesFocus(true);
    m_fixed->setTabChangesFocus(true);
    m_original->setAccessibleName(tr("Original text"));
    m_fixed->setAccessibleName(tr("Fixed text"));
    m_originalTitle->setBuddy(m_original);
    m_fixedTitle->setBuddy(m_fixed);

    const auto addColumn = [this](QLabel *title, CodeView *view) {
        // A long path in the title must not widen the window past the screen; it is clipped.
        title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        auto *column = new QWidget(m_splitter);
        auto *layout = new QVBoxLayout(column);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(title);
        layout->addWidget(view, 1);
        m_splitter->addWidget(column);
    };
    addColumn(m_originalTitle, m_original);
    addColumn(m_fixedTitle, m_fixed);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
}

void FileDiffPane::syncScrolling()
{
    const auto link = [this](QScrollBar *from, QScrollBar *to) {
        connect(from, &QScrollBar::valueChanged, this, [this, to](int value) {
            if (m_syncing)
                return;
            m_syncing = true;
            to->setValue(value);
            m_syncing = false;
        });
    };
    link(m_original->verticalScrollBar(), m_fixed->verticalScrollBar());
    link(m_fixed->verticalScrollBar(), m_original->verticalScrollBar());
    link(m_original->horizontalScrollBar(), m_fixed->horizontalScrollBar());
    link(m_fixed->horizontalScrollBar(), m_original->horizontalScrollBar());
}

void FileDiffPane::clear()
{
    m_original->clear();
    m_fixed->clear();
    m_original->setMarkedLines({}, {});
    m_fixed->setMarkedLines({}, {});
    m_fileName.clear();
    m_changedOld.clear();
    m_changedNew.clear();
    m_originalTitle->setText(tr("Original"));
    m_fixedTitle->setText(tr("Fixed"));
    m_original->setAccessibleName(tr("Original text"));
    m_fixed->setAccessibleName(tr("Fixed text"));
}

void FileDiffPane::showTexts(const QString &displayName, const QString &originalText,
                             const QString &fixedText, bool unsaved, int focusLine)
{
    m_fileName = QFileInfo(displayName).fileName();
    CodeHighlighter::attach(m_original->document(), m_fileName, palette());
    CodeHighlighter::attach(m_fixed->document(), m_fileName, palette());
    m_original->setPlainText(originalText);
    m_fixed->setPlainText(fixedText);
    m_originalTitle->setText(tr("Original: %1").arg(displayName));
    m_originalTitle->setToolTip(m_originalTitle->text());
    m_fixedTitle->setText(unsaved ? tr("Fixed: %1 (unsaved)").arg(displayName)
                                  : tr("Fixed: %1").arg(displayName));
    m_fixedTitle->setToolTip(m_fixedTitle->text());
    m_original->setAccessibleName(tr("Original text of %1").arg(displayName));
    m_fixed->setAccessibleName(tr("Fixed text of %1").arg(displayName));

    const LineDiff diff = LineDiff::compute(originalText.split(QLatin1Char('\n')),
                                            fixedText.split(QLatin1Char('\n')));
    m_changedOld = diff.changedOldLines();
    m_changedNew = diff.changedNewLines();
    applyColours();

    m_focusLine = std::max(0, focusLine);
    if (focusLine < 0 && !diff.changedOldLines().isEmpty())
        m_focusLine = diff.changedOldLines().front();
    m_fixedFocusLine = diff.mapOldToNew(m_focusLine);
    m_firstChange = diff.changedNewLines().isEmpty() ? -1 : diff.changedNewLines().front();
    // A pane in a hidden tab has no final size yet, so it scrolls when it is shown.
    m_scrollPending = !isVisible();
    if (!m_scrollPending)
        scrollToFocus();
}

void FileDiffPane::applyColours()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_original->setMarkedLines(m_changedOld,
                               dark ? QColor(0x5c, 0x26, 0x26) : QColor(0xff, 0xd7, 0xd5));
    m_fixed->setMarkedLines(m_changedNew,
                            dark ? QColor(0x1f, 0x4a, 0x2a) : QColor(0xd4, 0xf8, 0xd4));
}

void FileDiffPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange || m_fileName.isEmpty())
        return;
    // attach() picks the light or dark theme from the palette and keeps the highlighter.
    CodeHighlighter::attach(m_original->document(), m_fileName, palette());
    CodeHighlighter::attach(m_fixed->document(), m_fileName, palette());
    applyColours();
    m_original->viewport()->update();
    m_fixed->viewport()->update();
}

void FileDiffPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_scrollPending) {
        m_scrollPending = false;
        scrollToFocus();
    }
}

void FileDiffPane::scrollToFocus()
{
    // Open on the focus line, but move down to the first change when both do not fit on one
    // screen, since an inserted policy often lands far below the declaration.
    const int visible = m_fixed->visibleLineCount();
    int top = std::max(0, m_fixedFocusLine - 2);
    if (m_firstChange >= 0 && (m_firstChange < top || m_firstChange >= top + visible - 2))
        top = std::max(0, m_firstChange - visible / 3);
    m_syncing = true;
    m_original->showLine(m_focusLine, top);
    m_fixed->showLine(m_fixedFocusLine, top);
    m_original->horizontalScrollBar()->setValue(0);
    m_fixed->horizontalScrollBar()->setValue(0);
    m_syncing = false;
}

} // namespace compliance
