// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// The fix preview's hunk list, its fix state badge, the walk over changed blocks and the
// labelled line list. The views and the banners are in fixpreview.cpp.
#include "ui/fixpreview.h"

#include "ui/diffrows.h"
#include "ui/edithunklist.h"
#include "ui/filediffpane.h"
#include "ui/fixpreviewlinelist.h"
#include "ui/fixsession.h"

#include <QEvent>
#include <QLabel>
#include <QLayout>
#include <QPalette>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTreeWidget>

#include <algorithm>

namespace compliance {

namespace {

QString lfText(const std::string &text)
{
    QString result = QString::fromStdString(text);
    result.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return result;
}

// The badge's text colour per state, readable on the light or the dark window colour: each
// pair keeps at least 4.5:1 against Fusion's and the built-in palettes' window colours.
QString stateStyle(FixState state, bool dark)
{
    switch (state) {
    case FixState::Available:
        return dark ? QStringLiteral("color: #7cc0ff;") : QStringLiteral("color: #0f5ea8;");
    case FixState::Applied:
        return dark ? QStringLiteral("color: #f0c060;") : QStringLiteral("color: #7a4d00;");
    case FixState::Saved:
        return dark ? QStringLiteral("color: #7ed67e;") : QStringLiteral("color: #107c10;");
    case FixState::Failed:
    case FixState::Stale:
        return dark ? QStringLiteral("color: #ff9a8f; font-weight: bold;")
                    : QStringLiteral("color: #c42b1c; font-weight: bold;");
    case FixState::None:
        break;
    }
    return {};
}

} // namespace

void FixPreview::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The badge's colours depend on whether the window colour is light or dark.
    if (event->type() == QEvent::PaletteChange)
        updateFixState();
}

void FixPreview::updateHunks()
{
    m_hunks.clear();
    std::vector<bool> applied;
    if (m_finding && m_finding->isFixable()) {
        m_hunks = groupEditHunks(m_finding->fix->edits, [this](const std::string &path) {
            return m_session->source(path);
        });
        for (const EditHunk &hunk : m_hunks)
            applied.push_back(m_session->isApplied(hunk.edits));
    }
    m_hunkList->setHunks(m_hunks, applied,
                         [this](const std::string &path) { return displayName(path); });
    // The caller refreshes the views once, so restoring the checks emits nothing.
    if (const auto skipped = m_skippedHunks.find(hunkSelectionKey());
        skipped != m_skippedHunks.end()) {
        const QSignalBlocker blocker(m_hunkList);
        for (const int hunk : skipped->second)
            m_hunkList->setHunkChecked(hunk, false);
    }
    m_hunkList->setVisible(!m_hunks.empty());
    // Show every row up to a few, so the list stays compact above the file tabs.
    const int rows
        = std::min(m_hunkList->topLevelItemCount() + static_cast<int>(m_hunks.size()), 6);
    const int rowHeight = m_hunkList->sizeHintForRow(0) > 0 ? m_hunkList->sizeHintForRow(0)
                                                            : fontMetrics().height() + 4;
    m_hunkList->setFixedHeight(rows * rowHeight + 2 * m_hunkList->frameWidth() + 2);
    // The list's height changes the tabs' place, so the layout moves them before the next paint.
    if (layout())
        layout()->activate();
}

std::vector<TextEdit> FixPreview::checkedFixEdits() const
{
    if (!m_finding || !m_finding->isFixable())
        return {};
    return checkedEdits(m_hunks, m_hunkList->checkedHunks());
}

std::vector<TextEdit> FixPreview::skippedFixEdits() const
{
    if (!m_finding || !m_finding->isFixable())
        return {};
    std::vector<bool> unchecked = m_hunkList->checkedHunks();
    unchecked.flip();
    return checkedEdits(m_hunks, unchecked);
}

std::string FixPreview::hunkSelectionKey() const
{
    // The finding's identity, as indexOfSameFinding compares it, and every edit, so a rescan
    // that changes the fix starts with all hunks checked again.
    if (!m_finding || !m_finding->isFixable())
        return {};
    const Finding &finding = *m_finding;
    std::string key;
    for (const std::string *part : { &finding.path, &finding.ruleId, &finding.resource,
                                     &finding.parameterFile, &finding.resolvedName })
        key += *part + '\x1f';
    for (const TextEdit &edit : finding.fix->edits)
        key += edit.path + '\x1f' + std::to_string(edit.span.begin) + '-'
            + std::to_string(edit.span.end) + '\x1f' + edit.replacement + '\x1e';
    return key;
}

void FixPreview::rememberSkippedHunks()
{
    const std::string key = hunkSelectionKey();
    if (key.empty())
        return;
    const std::vector<bool> checked = m_hunkList->checkedHunks();
    std::set<int> skipped;
    for (std::size_t i = 0; i < checked.size(); ++i) {
        if (!checked[i])
            skipped.insert(static_cast<int>(i));
    }
    if (skipped.empty())
        m_skippedHunks.erase(key);
    else
        m_skippedHunks[key] = std::move(skipped);
}

FixState FixPreview::computeFixState() const
{
    if (!m_finding)
        return FixState::None;
    if (anyShownFileStale())
        return FixState::Stale;
    if (!m_saveError.isEmpty())
        return FixState::Failed;
    if (m_finding->isFixable()) {
        for (const TextEdit &edit : m_finding->fix->edits) {
            if (m_session->isApplied({ edit }))
                return FixState::Applied;
        }
    }
    // A save that skipped some hunks leaves a fix to offer, and the badge still reports the
    // save until the file gets new unsaved edits.
    const std::vector<std::string> lastSaved = m_session->lastSavedPaths();
    const bool saved = std::any_of(m_paths.begin(), m_paths.end(), [&](const std::string &path) {
        return std::find(lastSaved.begin(), lastSaved.end(), path) != lastSaved.end()
            && !m_session->isModified(path);
    });
    if (saved)
        return FixState::Saved;
    return m_finding->isFixable() ? FixState::Available : FixState::None;
}

QString FixPreview::partialHunksNote(FixState state) const
{
    // The planner emits only the edits the rule needs, so a fix with a hunk left out does not
    // make the resource pass. The badge warns before the user saves half a fix.
    const std::size_t total = m_hunks.size();
    if (total < 2 || (state != FixState::Available && state != FixState::Applied))
        return {};
    std::size_t count = 0;
    if (state == FixState::Available) {
        const std::vector<bool> checked = m_hunkList->checkedHunks();
        count = static_cast<std::size_t>(std::count(checked.begin(), checked.end(), true));
    } else {
        count = static_cast<std::size_t>(
            std::count_if(m_hunks.begin(), m_hunks.end(), [this](const EditHunk &hunk) {
                return m_session->isApplied(hunk.edits);
            }));
    }
    if (count == total)
        return {};
    const QString hunks = state == FixState::Available ? tr("%1 of %2 hunks checked")
                                                       : tr("%1 of %2 hunks applied");
    return tr("%1; the rule passes only when every hunk is applied")
        .arg(hunks.arg(count).arg(total));
}

void FixPreview::updateFixState()
{
    const FixState state = computeFixState();
    QString text = fixStateName(state);
    if (const QString partial = partialHunksNote(state); !partial.isEmpty())
        text = tr("%1: %2").arg(text, partial);
    m_stateLabel->setText(text);
    // The status line above shows a failed save's error, so the badge names it only in its
    // tool tip and accessible description.
    const QString detail = state == FixState::Failed ? m_saveError : QString();
    m_stateLabel->setToolTip(detail.isEmpty() ? text : tr("%1: %2").arg(text, detail));
    m_stateLabel->setAccessibleName(tr("Fix state: %1").arg(text));
    m_stateLabel->setAccessibleDescription(detail);
    m_stateLabel->setStyleSheet(
        stateStyle(state, palette().color(QPalette::Window).lightness() < 128));
    if (state == m_state)
        return;
    m_state = state;
    emit fixStateChanged(state);
}

int FixPreview::hunkForPaneBlock(int tab, int block) const
{
    // The pane's changed blocks come from a line diff of the shown texts, which also contains
    // the applied fixes of other findings in the file. So a block is matched to the shown hunk
    // whose lines it overlaps or touches in the scanned text.
    if (tab < 0 || tab >= static_cast<int>(m_paths.size()))
        return -1;
    const DiffRows &diff = m_panes[static_cast<std::size_t>(tab)]->diff();
    if (block < 0 || block >= static_cast<int>(diff.hunks().size()))
        return -1;
    const DiffHunk &changed = diff.hunks()[static_cast<std::size_t>(block)];
    int firstLine = -1; // 0-based lines of the original side.
    int lastLine = -1;
    for (int row = changed.firstRow; row <= changed.lastRow; ++row) {
        const int line = diff.rows()[static_cast<std::size_t>(row)].leftLine;
        if (line < 0)
            continue;
        if (firstLine < 0)
            firstLine = line;
        lastLine = line;
    }
    if (firstLine < 0) {
        // Only added lines: an insertion touches the lines on either side of it.
        int before = -1;
        for (int row = changed.firstRow - 1; row >= 0 && before < 0; --row)
            before = diff.rows()[static_cast<std::size_t>(row)].leftLine;
        firstLine = std::max(0, before);
        lastLine = before + 1;
    }

    const std::vector<bool> checked = m_hunkList->checkedHunks();
    const std::string &path = m_paths[static_cast<std::size_t>(tab)];
    for (std::size_t i = 0; i < m_hunks.size(); ++i) {
        const EditHunk &hunk = m_hunks[i];
        const bool inPreview = checked[i] || m_session->isApplied(hunk.edits);
        // EditHunk lines are 1-based; a hunk without lines stands for the whole file.
        const bool touches = hunk.firstLine <= 0
            || (hunk.firstLine - 1 <= lastLine + 1 && firstLine - 1 <= hunk.lastLine - 1);
        if (hunk.path == path && inPreview && touches)
            return static_cast<int>(i);
    }
    return -1;
}

bool FixPreview::revealAdjacentHunk(bool forward)
{
    const int tabCount = static_cast<int>(m_panes.size());
    if (m_paths.empty() || tabCount == 0)
        return false;
    int tab = std::max(0, m_tabs->currentIndex());
    int block = m_panes[static_cast<std::size_t>(tab)]->currentHunk();
    block = forward ? block + 1 : (block < 0 ? m_panes[tab]->hunkCount() - 1 : block - 1);

    // Past either end of a tab the walk goes on in the next tab with a changed block.
    for (int step = 0; step <= tabCount; ++step) {
        FileDiffPane *pane = m_panes[static_cast<std::size_t>(tab)];
        if (block >= 0 && block < pane->hunkCount()) {
            m_tabs->setCurrentIndex(tab);
            pane->revealHunk(block);
            if (QTreeWidgetItem *item = m_hunkList->hunkItem(hunkForPaneBlock(tab, block))) {
                m_hunkList->setCurrentItem(item);
                m_hunkList->scrollToItem(item);
            }
            if (m_hunkList->isVisible())
                m_hunkList->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
        tab = (tab + (forward ? 1 : tabCount - 1)) % tabCount;
        block = forward ? 0 : m_panes[static_cast<std::size_t>(tab)]->hunkCount() - 1;
    }
    return false;
}

bool FixPreview::isLineListShown() const
{
    return !m_lineList->isHidden();
}

void FixPreview::setLineListShown(bool shown)
{
    m_lineList->setVisible(shown);
    updateLineList();
}

void FixPreview::updateLineList()
{
    if (m_lineList->isHidden())
        return;
    const int tab = m_tabs->currentIndex();
    if (tab < 0 || tab >= static_cast<int>(m_paths.size())) {
        m_lineList->clear();
        return;
    }
    const std::string &path = m_paths[static_cast<std::size_t>(tab)];
    const std::shared_ptr<const SourceFile> source = m_session->source(path);
    if (!source) {
        m_lineList->clear();
        return;
    }
    Result<std::string> fixed = m_session->previewText(path, pendingEdits());
    if (!fixed)
        fixed = m_session->fixedText(path);
    const QString original = lfText(source->text());
    m_lineList->showTexts(displayName(path), original, fixed ? lfText(fixed.value()) : original);
}

} // namespace compliance
