// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/filediffpane.h"

#include "ui/codehighlighter.h"
#include "ui/codeview.h"
#include "ui/linediff.h"

#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QScrollBar>

#include <algorithm>

namespace compliance {

FileDiffPane::FileDiffPane(QWidget *parent)
    : QWidget(parent)
    , m_originalTitle(new QLabel(tr("Original"), this))
    , m_fixedTitle(new QLabel(tr("Fixed"), this))
    , m_original(new CodeView(this))
    , m_fixed(new CodeView(this))
{
    syncScrolling();
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_originalTitle, 0, 0);
    layout->addWidget(m_fixedTitle, 0, 1);
    layout->addWidget(m_original, 1, 0);
    layout->addWidget(m_fixed, 1, 1);
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
    m_originalTitle->setText(tr("Original"));
    m_fixedTitle->setText(tr("Fixed"));
}

void FileDiffPane::showTexts(const QString &displayName, const QString &originalText,
                             const QString &fixedText, bool unsaved, int focusLine)
{
    const QString fileName = QFileInfo(displayName).fileName();
    CodeHighlighter::attach(m_original->document(), fileName, palette());
    CodeHighlighter::attach(m_fixed->document(), fileName, palette());
    m_original->setPlainText(originalText);
    m_fixed->setPlainText(fixedText);
    m_originalTitle->setText(tr("Original: %1").arg(displayName));
    m_fixedTitle->setText(unsaved ? tr("Fixed: %1 (unsaved)").arg(displayName)
                                  : tr("Fixed: %1").arg(displayName));

    const LineDiff diff = LineDiff::compute(originalText.split(QLatin1Char('\n')),
                                            fixedText.split(QLatin1Char('\n')));
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_original->setMarkedLines(diff.changedOldLines(),
                               dark ? QColor(0x5c, 0x26, 0x26) : QColor(0xff, 0xd7, 0xd5));
    m_fixed->setMarkedLines(diff.changedNewLines(),
                            dark ? QColor(0x1f, 0x4a, 0x2a) : QColor(0xd4, 0xf8, 0xd4));

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
