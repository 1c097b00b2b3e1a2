// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
// The rows of FileDiffPane's views: alignment, folding and the unified view.
#include "ui/filediffpane.h"

#include "ui/difflinkstrip.h"
#include "ui/diffoverview.h"
#include "ui/diffscope.h"

#include <QApplication>
#include <QScrollBar>

#include <algorithm>

namespace compliance {

namespace {

// U+2212 MINUS SIGN lines up with the plus sign, unlike a hyphen.
const QChar kRemovedGlyph(0x2212);
const QChar kAddedGlyph(QLatin1Char('+'));
const QChar kChangedGlyph(QLatin1Char('~'));
// The shown rows past which expanding a fold shows a busy cursor: about 100 ms of rendering.
constexpr std::size_t kBusyCursorRows = 20000;

} // namespace

int FileDiffPane::viewRowOf(int modelRow) const
{
    return modelRow >= 0 && modelRow < static_cast<int>(m_viewRowOfModel.size())
        ? m_viewRowOfModel[modelRow]
        : -1;
}

int FileDiffPane::activeRowOf(int modelRow) const
{
    if (!m_unified)
        return viewRowOf(modelRow);
    return modelRow >= 0 && modelRow < static_cast<int>(m_unifiedRowOfModel.size())
        ? m_unifiedRowOfModel[modelRow]
        : -1;
}

int FileDiffPane::modelRowAt(int row) const
{
    if (m_unified) {
        if (row < 0 || row >= static_cast<int>(m_unifiedSources.size()))
            return -1;
        const int model = m_unifiedSources[row].first;
        return model >= 0 ? model : m_unifiedFoldFirst[row];
    }
    if (row < 0 || row >= static_cast<int>(m_viewRows.size()))
        return -1;
    const DiffViewRow &entry = m_viewRows[row];
    return entry.isFold() ? entry.foldFirst : entry.modelRow;
}

void FileDiffPane::updateOverviewFrame()
{
    const CodeView *view = m_unified ? m_unifiedView : m_fixed;
    const int first = view->topRow();
    const int rows = m_unified ? static_cast<int>(m_unifiedSources.size())
                               : static_cast<int>(m_viewRows.size());
    const int last = std::min(first + view->visibleLineCount() - 1, rows - 1);
    int lastModel = modelRowAt(last);
    // A fold bar at the bottom stands for all the rows it hides.
    if (!m_unified && last >= 0 && m_viewRows[last].isFold())
        lastModel = m_viewRows[last].foldFirst + m_viewRows[last].foldCount - 1;
    m_overview->setVisibleRows(modelRowAt(first), lastModel);
}

int FileDiffPane::topModelRow() const
{
    const CodeView *view = m_unified ? m_unifiedView : m_original;
    return std::max(0, modelRowAt(view->topRow()));
}

void FileDiffPane::updateFoldScopes()
{
    // One scan of the text names every new bar, since a scan per bar is slow on large files.
    QList<int> lines;
    for (const DiffViewRow &entry : m_viewRows) {
        const int line = entry.isFold() ? m_diff.rows()[entry.foldFirst].leftLine : -1;
        if (line >= 0 && !m_foldScopes.contains(line))
            lines.append(line);
    }
    if (lines.isEmpty())
        return;
    const QStringList scopes = DiffScope::describeAll(m_fileName, m_diff.leftLines(), lines);
    for (int i = 0; i < lines.size(); ++i)
        m_foldScopes.insert(lines[i], scopes[i]);
}

QString FileDiffPane::foldLabel(const DiffViewRow &fold) const
{
    const QString scope = m_foldScopes.value(m_diff.rows()[fold.foldFirst].leftLine);
    return scope.isEmpty() ? tr("\u22ef %n hidden lines", nullptr, fold.foldCount)
                           : tr("\u22ef %n hidden lines in %1", nullptr, fold.foldCount).arg(scope);
}

void FileDiffPane::render()
{
    m_viewRows = m_folding.viewRows();
    m_viewRowOfModel.assign(m_diff.rowCount(), -1);
    for (int row = 0; row < static_cast<int>(m_viewRows.size()); ++row) {
        if (!m_viewRows[row].isFold())
            m_viewRowOfModel[m_viewRows[row].modelRow] = row;
    }
    updateFoldScopes();
    renderSides();
    // The unified view renders only when shown, since laying out a large file takes time.
    m_unifiedStale = true;
    if (m_unified)
        renderUnified();

    QVector<DiffLinkStrip::Band> bands;
    QVector<QPair<int, int>> hunks;
    for (const DiffHunk &hunk : m_diff.hunks()) {
        const int first = viewRowOf(hunk.firstRow);
        const int last = viewRowOf(hunk.lastRow);
        bands.append({ first, last, first, last });
        hunks.append({ hunk.firstRow, hunk.lastRow });
    }
    m_linkStrip->setBands(bands);
    m_overview->setHunks(m_diff.rowCount(), hunks);
    updateOverviewFrame();
}

void FileDiffPane::renderSides()
{
    QVector<CodeRow> left;
    QVector<CodeRow> right;
    left.reserve(static_cast<int>(m_viewRows.size()));
    right.reserve(static_cast<int>(m_viewRows.size()));
    for (const DiffViewRow &entry : m_viewRows) {
        if (entry.isFold()) {
            const CodeRow fold = CodeRow::fold(foldLabel(entry), entry.foldCount);
            left.append(fold);
            right.append(fold);
            continue;
        }
        const DiffRow &row = m_diff.rows()[entry.modelRow];
        CodeRow leftRow = CodeRow::line(row.leftLine);
        CodeRow rightRow = CodeRow::line(row.rightLine);
        if (row.leftLine < 0)
            leftRow.kind = CodeRow::Kind::Filler;
        if (row.rightLine < 0)
            rightRow.kind = CodeRow::Kind::Filler;
        if (row.kind == DiffRowKind::Changed) {
            leftRow.glyph = kChangedGlyph;
            rightRow.glyph = kChangedGlyph;
        } else if (row.kind == DiffRowKind::Removed) {
            leftRow.glyph = kRemovedGlyph;
        } else if (row.kind == DiffRowKind::Inserted) {
            rightRow.glyph = kAddedGlyph;
        }
        if (row.kind != DiffRowKind::Same) {
            leftRow.tint = row.leftLine >= 0 ? CodeRow::Tint::Removed : CodeRow::Tint::None;
            rightRow.tint = row.rightLine >= 0 ? CodeRow::Tint::Added : CodeRow::Tint::None;
        }
        left.append(leftRow);
        right.append(rightRow);
    }
    m_original->showRows(m_originalText, m_diff.leftLines(), left);
    m_fixed->showRows(m_fixedText, m_diff.rightLines(), right);

    const auto marksOf = [this](bool leftSide) {
        return [this, leftSide](int row) {
            const int model
                = row < static_cast<int>(m_viewRows.size()) ? m_viewRows[row].modelRow : -1;
            const DiffCharacterMarks &marks = m_diff.characterMarks(model);
            return leftSide ? marks.left : marks.right;
        };
    };
    m_original->setCharacterMarkSource(marksOf(true));
    m_fixed->setCharacterMarkSource(marksOf(false));
}

void FileDiffPane::renderUnified()
{
    m_unifiedStale = false;
    // The unified view's lines are the fixed lines followed by the original lines, so one
    // list serves rows of both files.
    const QStringList &rightLines = m_diff.rightLines();
    const int leftOffset = static_cast<int>(rightLines.size());
    const QStringList lines = rightLines + m_diff.leftLines();
    QVector<CodeRow> rows;
    m_unifiedSources.clear();
    m_unifiedFoldFirst.clear();
    m_unifiedRowOfModel.assign(m_diff.rowCount(), -1);
    const auto append = [&](const CodeRow &row, int model, bool leftSide, int foldFirst) {
        if (model >= 0 && m_unifiedRowOfModel[model] < 0)
            m_unifiedRowOfModel[model] = static_cast<int>(rows.size());
        rows.append(row);
        m_unifiedSources.emplace_back(model, leftSide);
        m_unifiedFoldFirst.push_back(foldFirst);
    };

    const int count = static_cast<int>(m_viewRows.size());
    for (int index = 0; index < count; ++index) {
        const DiffViewRow &entry = m_viewRows[index];
        if (entry.isFold()) {
            append(CodeRow::fold(foldLabel(entry), entry.foldCount), -1, false, entry.foldFirst);
            continue;
        }
        if (m_diff.rows()[entry.modelRow].kind == DiffRowKind::Same) {
            append(CodeRow::line(m_diff.rows()[entry.modelRow].rightLine), entry.modelRow, false,
                   -1);
            continue;
        }
        // A hunk shows all its original lines, then all its fixed lines.
        int end = index;
        while (end + 1 < count && !m_viewRows[end + 1].isFold()
               && m_diff.rows()[m_viewRows[end + 1].modelRow].kind != DiffRowKind::Same)
            ++end;
        for (int side = 0; side < 2; ++side) {
            for (int hunkRow = index; hunkRow <= end; ++hunkRow) {
                const int model = m_viewRows[hunkRow].modelRow;
                const DiffRow &row = m_diff.rows()[model];
                const int line = side == 0 ? row.leftLine : row.rightLine;
                if (line < 0)
                    continue;
                CodeRow shown = CodeRow::line(side == 0 ? leftOffset + line : line);
                shown.gutterLine = line;
                shown.tint = side == 0 ? CodeRow::Tint::Removed : CodeRow::Tint::Added;
                shown.glyph = side == 0 ? kRemovedGlyph : kAddedGlyph;
                append(shown, model, side == 0, -1);
            }
        }
        index = end;
    }
    m_unifiedView->showRows(m_fixedText, lines, rows);
    m_unifiedView->setCharacterMarkSource([this](int row) {
        if (row < 0 || row >= static_cast<int>(m_unifiedSources.size()))
            return QList<DiffRange>();
        const auto [model, leftSide] = m_unifiedSources[row];
        const DiffCharacterMarks &marks = m_diff.characterMarks(model);
        return leftSide ? marks.left : marks.right;
    });
}

bool FileDiffPane::revealHunk(int index)
{
    if (index < 0 || index >= hunkCount())
        return false;
    m_currentHunk = index;
    const DiffHunk &hunk = m_diff.hunks()[index];
    const std::size_t shownRows = m_folding.viewRows().size();
    m_folding.reveal(hunk.firstRow, m_contextLines);
    m_folding.reveal(hunk.lastRow, m_contextLines);
    if (m_folding.viewRows().size() != shownRows)
        render();

    const CodeView *view = m_unified ? m_unifiedView : m_fixed;
    const int row = activeRowOf(hunk.firstRow);
    scrollToRow(row, std::max(0, row - view->visibleLineCount() / 3));
    return true;
}

CodeView *FileDiffPane::revealOriginalLine(int line)
{
    const std::vector<DiffRow> &rows = m_diff.rows();
    const auto found = std::find_if(rows.begin(), rows.end(),
                                    [line](const DiffRow &row) { return row.leftLine == line; });
    if (line < 0 || found == rows.end())
        return nullptr;
    const int modelRow = static_cast<int>(found - rows.begin());
    const std::size_t shownRows = m_folding.viewRows().size();
    m_folding.reveal(modelRow, m_contextLines);
    if (m_folding.viewRows().size() != shownRows)
        render();

    CodeView *view = m_unified ? m_unifiedView : m_original;
    const int row = activeRowOf(modelRow);
    scrollToRow(row, std::max(0, row - view->visibleLineCount() / 3));
    return view;
}

void FileDiffPane::expandFold(int row, int lineCount)
{
    if (row < 0 || row >= static_cast<int>(m_viewRows.size()) || !m_viewRows[row].isFold())
        return;
    expandFoldAt(m_viewRows[row].foldFirst, lineCount);
}

void FileDiffPane::expandFoldAt(int foldFirst, int lineCount)
{
    // Rows above the fold keep their place, so the same scroll value keeps the view steady.
    // The cursor stays on the bar's row, which now shows the first revealed line or the rest
    // of the fold.
    CodeView *view = m_unified ? m_unifiedView : m_original;
    const int top = view->verticalScrollBar()->value();
    int barRow = 0;
    if (m_unified) {
        const auto found
            = std::find(m_unifiedFoldFirst.begin(), m_unifiedFoldFirst.end(), foldFirst);
        barRow = static_cast<int>(found - m_unifiedFoldFirst.begin());
    } else {
        const auto found = std::find_if(m_viewRows.begin(), m_viewRows.end(),
                                        [foldFirst](const DiffViewRow &row) {
                                            return row.isFold() && row.foldFirst == foldFirst;
                                        });
        barRow = static_cast<int>(found - m_viewRows.begin());
    }
    int revealed = 0;
    for (const DiffViewRow &row : m_viewRows) {
        if (row.isFold() && row.foldFirst == foldFirst)
            revealed = lineCount < 0 ? row.foldCount : std::min(lineCount, row.foldCount);
    }
    if (!m_folding.expand(foldFirst, lineCount))
        return;
    // Rendering costs about 5 microseconds per shown row on the development machine, so past
    // kBusyCursorRows the window would freeze visibly without a sign.
    const bool busy = m_viewRows.size() + static_cast<std::size_t>(revealed) > kBusyCursorRows;
    if (busy)
        QApplication::setOverrideCursor(Qt::WaitCursor);
    render();
    if (busy)
        QApplication::restoreOverrideCursor();
    scrollToRow(barRow, top);
}

} // namespace compliance
