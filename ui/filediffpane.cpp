// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/filediffpane.h"

#include "ui/codehighlighter.h"
#include "ui/diffcolours.h"
#include "ui/difflinkstrip.h"
#include "ui/diffoverview.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace compliance {

namespace {

const QString kContextLinesKey = QStringLiteral("preview/contextLines");
const QString kSyncHorizontalKey = QStringLiteral("preview/syncHorizontal");

} // namespace

FileDiffPane::FileDiffPane(QWidget *parent)
    : QWidget(parent)
    , m_originalTitle(new QLabel(tr("Original"), this))
    , m_fixedTitle(new QLabel(tr("Fixed"), this))
    , m_unifiedTitle(new QLabel(tr("Changes"), this))
    , m_original(new CodeView(this))
    , m_fixed(new CodeView(this))
    , m_unifiedView(new CodeView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_stack(new QStackedWidget(this))
    , m_linkStrip(new DiffLinkStrip(m_original, m_fixed, this))
    , m_overview(new DiffOverview(this))
    , m_syncButton(new QToolButton(this))
    , m_markNotice(new QLabel(this))
{
    const QSettings settings;
    m_contextLines = std::max(0, settings.value(kContextLinesKey, 3).toInt());
    m_syncHorizontal = settings.value(kSyncHorizontalKey, true).toBool();

    // Tab leaves the read-only views instead of being swallowed by them.
    for (CodeView *view : { m_original, m_fixed, m_unifiedView })
        view->setTabChangesFocus(true);
    m_original->setObjectName(QStringLiteral("originalView"));
    m_fixed->setObjectName(QStringLiteral("fixedView"));
    m_unifiedView->setObjectName(QStringLiteral("unifiedView"));
    m_linkStrip->setObjectName(QStringLiteral("diffLinkStrip"));
    m_linkStrip->setAccessibleName(tr("Links between changed lines"));
    m_overview->setObjectName(QStringLiteral("diffOverview"));
    m_overview->setAccessibleName(tr("Overview of changes"));
    m_overview->setToolTip(tr("Click to jump to a change"));
    m_syncButton->setObjectName(QStringLiteral("syncHorizontalButton"));
    m_syncButton->setAccessibleName(tr("Scroll both sides horizontally together"));
    m_syncButton->setToolTip(m_syncButton->accessibleName());
    m_syncButton->setText(QStringLiteral("\u2194"));
    m_syncButton->setCheckable(true);
    m_syncButton->setChecked(m_syncHorizontal);
    m_syncButton->setAutoRaise(true);
    // NOTE: the button takes no keyboard focus, so Tab still moves between the two views.
    m_syncButton->setFocusPolicy(Qt::NoFocus);
    m_markNotice->setObjectName(QStringLiteral("characterMarkNotice"));
    m_markNotice->setAccessibleName(tr("Character marks notice"));
    m_markNotice->setText(
        tr("Character marks incomplete for this large file. <a href=\"all\">Show all</a>"));
    m_markNotice->hide();
    m_unifiedTitle->setObjectName(QStringLiteral("unifiedTitle"));
    m_originalTitle->setBuddy(m_original);
    m_unifiedTitle->setBuddy(m_unifiedView);
    m_fixedTitle->setBuddy(m_fixed);
    buildLayout();
    applyColours();
    clear();
    syncScrolling();

    connect(m_syncButton, &QToolButton::toggled, this, &FileDiffPane::setSyncHorizontal);
    connect(m_markNotice, &QLabel::linkActivated, this, &FileDiffPane::showAllCharacterMarks);
    connect(m_overview, &DiffOverview::hunkActivated, this, &FileDiffPane::revealHunk);
    for (CodeView *view : { m_fixed, m_unifiedView }) {
        connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this,
                &FileDiffPane::updateOverviewFrame);
    }
    const auto expandFrom = [this](CodeView *view) {
        connect(view, &CodeView::foldExpandRequested, this, [this, view](int row, int count) {
            const bool unified = view == m_unifiedView;
            const int first = unified ? m_unifiedFoldFirst.at(row) : m_viewRows.at(row).foldFirst;
            expandFoldAt(first, count);
        });
    };
    expandFrom(m_original);
    expandFrom(m_fixed);
    expandFrom(m_unifiedView);
}

void FileDiffPane::buildLayout()
{
    const auto addColumn = [this](QLabel *title, QWidget *header, QWidget *side, CodeView *view) {
        // A long path in the title must not widen the window past the screen; it is clipped.
        title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        auto *column = new QWidget(m_splitter);
        auto *layout = new QVBoxLayout(column);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *titleRow = new QHBoxLayout;
        titleRow->addWidget(title, 1);
        if (header)
            titleRow->addWidget(header);
        layout->addLayout(titleRow);
        auto *body = new QHBoxLayout;
        body->setSpacing(0);
        if (side)
            body->addWidget(side);
        body->addWidget(view, 1);
        layout->addLayout(body, 1);
        m_splitter->addWidget(column);
    };
    addColumn(m_originalTitle, nullptr, nullptr, m_original);
    addColumn(m_fixedTitle, m_syncButton, m_linkStrip, m_fixed);
    m_splitter->setChildrenCollapsible(false);
    // Titles of equal height keep the rows of both sides at the same height on screen.
    const int titleHeight
        = std::max(m_syncButton->sizeHint().height(), m_originalTitle->sizeHint().height());
    m_originalTitle->setFixedHeight(titleHeight);
    m_fixedTitle->setFixedHeight(titleHeight);
    m_stack->addWidget(m_splitter);
    auto *unifiedPage = new QWidget(m_stack);
    auto *unifiedLayout = new QVBoxLayout(unifiedPage);
    unifiedLayout->setContentsMargins(0, 0, 0, 0);
    m_unifiedTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    unifiedLayout->addWidget(m_unifiedTitle);
    unifiedLayout->addWidget(m_unifiedView, 1);
    m_stack->addWidget(unifiedPage);

    auto *body = new QHBoxLayout;
    body->setSpacing(2);
    body->addWidget(m_stack, 1);
    body->addWidget(m_overview);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_markNotice);
    layout->addLayout(body, 1);
}

void FileDiffPane::syncScrolling()
{
    const auto link = [this](QScrollBar *from, QScrollBar *to, bool horizontal) {
        connect(from, &QScrollBar::valueChanged, this, [this, to, horizontal](int value) {
            if (m_syncing || (horizontal && !m_syncHorizontal))
                return;
            m_syncing = true;
            to->setValue(value);
            m_syncing = false;
        });
    };
    // Both sides have the same rows, so the same scroll value shows the same rows.
    link(m_original->verticalScrollBar(), m_fixed->verticalScrollBar(), false);
    link(m_fixed->verticalScrollBar(), m_original->verticalScrollBar(), false);
    link(m_original->horizontalScrollBar(), m_fixed->horizontalScrollBar(), true);
    link(m_fixed->horizontalScrollBar(), m_original->horizontalScrollBar(), true);
}

void FileDiffPane::setSyncHorizontal(bool sync)
{
    m_syncHorizontal = sync;
    m_syncButton->setChecked(sync);
    QSettings().setValue(kSyncHorizontalKey, sync);
    if (sync)
        m_fixed->horizontalScrollBar()->setValue(m_original->horizontalScrollBar()->value());
}

void FileDiffPane::setContextLines(int lines)
{
    m_contextLines = std::max(0, lines);
    QSettings().setValue(kContextLinesKey, m_contextLines);
    if (m_fileName.isEmpty())
        return;
    m_folding.reset(m_diff, m_contextLines, { m_focusRow });
    render();
    scrollToFocus();
}

void FileDiffPane::clear()
{
    m_fileName.clear();
    m_displayName.clear();
    m_originalText.clear();
    m_fixedText.clear();
    m_diff = DiffRows();
    m_foldScopes.clear();
    m_folding.reset(m_diff, m_contextLines);
    m_currentHunk = -1;
    render();
    m_originalTitle->setText(tr("Original"));
    m_fixedTitle->setText(tr("Fixed"));
    m_unifiedTitle->setText(tr("Changes"));
    m_original->setAccessibleName(tr("Original text"));
    m_fixed->setAccessibleName(tr("Fixed text"));
    m_unifiedView->setAccessibleName(tr("Unified changes"));
}

void FileDiffPane::showTexts(const QString &displayName, const QString &originalText,
                             const QString &fixedText, bool unsaved, int focusLine)
{
    // Lines shown before stay shown when the same file comes back with the same original text,
    // as after Apply or a hunk's check box, so lines the user unfolded do not fold again. A diff
    // without hunks shows every line unfolded, so it has no unfolding to keep.
    std::vector<int> shownLeftLines;
    if (!m_fileName.isEmpty() && displayName == m_displayName && originalText == m_originalText
        && !m_diff.hunks().empty()) {
        for (int row = 0; row < m_diff.rowCount(); ++row) {
            const int line = m_diff.rows()[row].leftLine;
            if (line >= 0 && !m_folding.isHidden(row))
                shownLeftLines.push_back(line);
        }
    }
    m_displayName = displayName;
    m_fileName = QFileInfo(displayName).fileName();
    for (CodeView *view : { m_original, m_fixed, m_unifiedView })
        CodeHighlighter::attach(view->document(), m_fileName, palette());
    m_originalText = originalText;
    m_fixedText = fixedText;
    m_diff = DiffRows::compute(DiffRows::splitLines(originalText), DiffRows::splitLines(fixedText));
    m_foldScopes.clear();
    m_originalTitle->setText(tr("Original: %1").arg(displayName));
    m_originalTitle->setToolTip(m_originalTitle->text());
    m_fixedTitle->setText(unsaved ? tr("Fixed: %1 (unsaved)").arg(displayName)
                                  : tr("Fixed: %1").arg(displayName));
    m_fixedTitle->setToolTip(m_fixedTitle->text());
    m_unifiedTitle->setText(unsaved ? tr("Changes: %1 (unsaved)").arg(displayName)
                                    : tr("Changes: %1").arg(displayName));
    m_unifiedTitle->setToolTip(m_unifiedTitle->text());
    m_original->setAccessibleName(tr("Original text of %1").arg(displayName));
    m_fixed->setAccessibleName(tr("Fixed text of %1").arg(displayName));
    m_unifiedView->setAccessibleName(tr("Unified changes of %1").arg(displayName));

    m_currentHunk = -1;
    m_focusRow = std::max(0, m_diff.rowForLeftLine(std::max(0, focusLine)));
    if (focusLine < 0 && !m_diff.hunks().empty())
        m_focusRow = m_diff.hunks().front().firstRow;
    m_folding.reset(m_diff, m_contextLines, { m_focusRow });
    if (!shownLeftLines.empty()) {
        std::vector<int> shownRows;
        shownRows.reserve(shownLeftLines.size());
        for (const int line : shownLeftLines)
            shownRows.push_back(m_diff.rowForLeftLine(line));
        m_folding.unhide(shownRows);
    }
    render();
    m_markNotice->setVisible(!m_diff.characterMarksComplete());

    // A pane in a hidden tab has no final size yet, so it scrolls when it is shown.
    m_scrollPending = !isVisible();
    if (!m_scrollPending)
        scrollToFocus();
}

void FileDiffPane::showAllCharacterMarks()
{
    m_diff.setMarkingLimited(false);
    m_markNotice->hide();
    for (CodeView *view : { m_original, m_fixed, m_unifiedView })
        view->refreshCharacterMarks();
}

void FileDiffPane::applyColours()
{
    const CodeMarkColours colours = DiffColours::forPalette(palette());
    for (CodeView *view : { m_original, m_fixed, m_unifiedView })
        view->setMarkColours(colours);
    m_overview->setColour(palette().color(QPalette::Highlight));
    m_linkStrip->update();
}

void FileDiffPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    if (!m_fileName.isEmpty()) {
        // attach() picks the light or dark theme from the palette and keeps the highlighter.
        for (CodeView *view : { m_original, m_fixed, m_unifiedView })
            CodeHighlighter::attach(view->document(), m_fileName, palette());
    }
    applyColours();
}

void FileDiffPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_unifiedForced)
        applyUnified(width() < unifiedWidthThreshold());
}

void FileDiffPane::setUnified(bool unified)
{
    m_unifiedForced = true;
    applyUnified(unified);
}

void FileDiffPane::setUnifiedAutomatic()
{
    m_unifiedForced = false;
    applyUnified(width() < unifiedWidthThreshold());
}

void FileDiffPane::applyUnified(bool unified)
{
    if (unified == m_unified)
        return;
    const int top = topModelRow();
    const bool hadFocus
        = m_original->hasFocus() || m_fixed->hasFocus() || m_unifiedView->hasFocus();
    m_unified = unified;
    // Focusing the original view, as pane cycling with F6 does, reaches the unified view.
    // NOTE: the fixed view gets no proxy, because F6 cycling compares the focus widget with
    // it and would stay on the unified view. It takes focus while hidden until callers that
    // cycle focus use unifiedView() in unified mode.
    m_original->setFocusProxy(unified ? m_unifiedView : nullptr);
    if (unified && m_unifiedStale)
        renderUnified();
    m_stack->setCurrentIndex(unified ? 1 : 0);
    updateOverviewFrame();
    if (hadFocus)
        (unified ? m_unifiedView : m_fixed)->setFocus();
    const int row = activeRowOf(top);
    if (row >= 0)
        scrollToRow(row, row);
    emit unifiedChanged(unified);
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
    const CodeView *view = m_unified ? m_unifiedView : m_fixed;
    const int visible = view->visibleLineCount();
    const int focus = std::max(0, activeRowOf(m_focusRow));
    const int firstChange
        = m_diff.hunks().empty() ? -1 : activeRowOf(m_diff.hunks().front().firstRow);
    int top = std::max(0, focus - 2);
    if (firstChange >= 0 && (firstChange < top || firstChange >= top + visible - 2))
        top = std::max(0, firstChange - visible / 3);
    scrollToRow(focus, top);
    m_syncing = true;
    m_original->horizontalScrollBar()->setValue(0);
    m_fixed->horizontalScrollBar()->setValue(0);
    m_unifiedView->horizontalScrollBar()->setValue(0);
    m_syncing = false;
}

void FileDiffPane::scrollToRow(int row, int top)
{
    m_syncing = true;
    if (m_unified) {
        m_unifiedView->showLine(row, top);
    } else {
        m_original->showLine(row, top);
        m_fixed->showLine(row, top);
    }
    m_syncing = false;
}

} // namespace compliance
