// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/codeview.h"
#include "ui/difffolding.h"
#include "ui/diffrows.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

#include <vector>

class QLabel;
class QSplitter;
class QStackedWidget;
class QToolButton;

namespace compliance {

class DiffLinkStrip;
class DiffOverview;

/// The original and the fixed text of one file, aligned row by row, side by side in a splitter
/// or in one unified view when the pane is narrow.
///
/// Fillers stand for the lines one side lacks, so both sides have the same rows and scroll
/// together. Changed rows and characters are tinted, unchanged stretches far from a change fold
/// into bars, a strip joins the hunks of both sides and an overview strip on the right edge
/// shows every hunk of the file. Colours follow the palette: light, dark or high contrast.
///
/// A fold bar expands fully on a click on "Show all" or on Enter. It expands by
/// CodeView::foldStep() (20) lines on a click on "Show 20 more lines", which bars of more than
/// 20 lines offer, or on Ctrl+Enter.
class FileDiffPane : public QWidget
{
    Q_OBJECT

public:
    explicit FileDiffPane(QWidget *parent = nullptr);

    /// Shows the two texts of the file named `displayName` and scrolls to `focusLine` (0-based
    /// in the original text), or to the first change when `focusLine` is negative. `unsaved`
    /// adds "(unsaved)" to the fixed side's header.
    void showTexts(const QString &displayName, const QString &originalText,
                   const QString &fixedText, bool unsaved, int focusLine);
    /// Clears both views and resets the headers.
    void clear();

    /// The texts last shown, without fillers or fold bars.
    const QString &originalText() const { return m_originalText; }
    const QString &fixedText() const { return m_fixedText; }
    /// The aligned rows of the texts shown.
    const DiffRows &diff() const { return m_diff; }
    /// The rows on screen of both side views: diff rows and fold bars.
    const std::vector<DiffViewRow> &viewRows() const { return m_viewRows; }
    /// Returns the row on screen of diff row `modelRow`, or -1 when it is folded away.
    int viewRowOf(int modelRow) const;

    /// The number of hunks: runs of rows that differ between the two texts.
    int hunkCount() const { return static_cast<int>(m_diff.hunks().size()); }
    /// The hunk last revealed with revealHunk, or -1 when none was.
    int currentHunk() const { return m_currentHunk; }
    /// Unfolds hunk `index` (0-based) with its context, scrolls both views to it and makes it
    /// current. Returns false and changes nothing when `index` is out of range.
    bool revealHunk(int index);
    /// Unfolds and scrolls to the 0-based `line` of the original text and puts the cursor of
    /// the view in use (the original side, or the unified view) on it. Returns that view, or
    /// null when the line is out of range.
    CodeView *revealOriginalLine(int line);

    /// Sets how many unchanged lines stay around each hunk when the rest folds, and stores
    /// it in the settings (`preview/contextLines`). Folds the texts again.
    void setContextLines(int lines);
    int contextLines() const { return m_contextLines; }
    /// Expands the fold bar on view row `row` by `lineCount` lines, or fully when negative.
    void expandFold(int row, int lineCount);

    /// Sets whether horizontal scrolling of one side scrolls the other, stored in the settings
    /// (`preview/syncHorizontal`).
    void setSyncHorizontal(bool sync);
    bool isSyncHorizontal() const { return m_syncHorizontal; }

    /// Below this pane width in pixels the pane switches to the unified view on its own.
    static constexpr int unifiedWidthThreshold() { return 900; }
    /// Shows the unified view (true) or the side-by-side views, and stops the automatic
    /// switch on resize until setUnifiedAutomatic().
    void setUnified(bool unified);
    /// Lets the pane width pick the unified or side-by-side view again.
    void setUnifiedAutomatic();
    bool isUnified() const { return m_unified; }

    CodeView *originalView() const { return m_original; }
    CodeView *fixedView() const { return m_fixed; }
    CodeView *unifiedView() const { return m_unifiedView; }
    QLabel *originalTitle() const { return m_originalTitle; }
    QLabel *fixedTitle() const { return m_fixedTitle; }
    QLabel *unifiedTitle() const { return m_unifiedTitle; }
    QSplitter *splitter() const { return m_splitter; }
    DiffLinkStrip *linkStrip() const { return m_linkStrip; }
    DiffOverview *overview() const { return m_overview; }
    QToolButton *syncHorizontalButton() const { return m_syncButton; }
    /// The notice shown when character marks are incomplete for a large file.
    QLabel *characterMarkNotice() const { return m_markNotice; }

signals:
    /// Emitted when the pane switches between the unified and the side-by-side views.
    void unifiedChanged(bool unified);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildLayout();
    void syncScrolling();
    void scrollToFocus();
    void scrollToRow(int row, int top);
    int activeRowOf(int modelRow) const;
    int topModelRow() const;
    int modelRowAt(int row) const;
    void updateOverviewFrame();
    void expandFoldAt(int foldFirst, int lineCount);
    void applyColours();
    void applyUnified(bool unified);
    void render();
    void renderSides();
    void renderUnified();
    void updateFoldScopes();
    QString foldLabel(const DiffViewRow &fold) const;
    void showAllCharacterMarks();

    QLabel *m_originalTitle;
    QLabel *m_fixedTitle;
    QLabel *m_unifiedTitle;
    CodeView *m_original;
    CodeView *m_fixed;
    CodeView *m_unifiedView;
    QSplitter *m_splitter;
    QStackedWidget *m_stack;
    DiffLinkStrip *m_linkStrip;
    DiffOverview *m_overview;
    QToolButton *m_syncButton;
    QLabel *m_markNotice;

    QString m_fileName; ///< The shown file's name, which picks the syntax; empty when cleared.
    QString m_displayName; ///< The name given to showTexts(); empty when cleared.
    QString m_originalText;
    QString m_fixedText;
    DiffRows m_diff;
    DiffFolding m_folding;
    std::vector<DiffViewRow> m_viewRows;
    /// The place named on fold bars, by the 0-based original line the bar starts at.
    QHash<int, QString> m_foldScopes;
    std::vector<int> m_viewRowOfModel; ///< -1 for folded rows.
    /// Per row of the unified view: the diff row shown and whether it is the left line.
    std::vector<std::pair<int, bool>> m_unifiedSources;
    int m_contextLines = 3;
    int m_currentHunk = -1;
    bool m_syncing = false;
    bool m_syncHorizontal = true;
    bool m_unified = false;
    bool m_unifiedForced = false;
    bool m_unifiedStale = true; ///< The unified view shows older rows; it renders when shown.
    std::vector<int> m_unifiedRowOfModel; ///< The first unified row of each diff row, or -1.
    std::vector<int> m_unifiedFoldFirst; ///< Per unified row: the fold's first row, or -1.
    int m_focusRow = 0; ///< The diff row to open on.
    bool m_scrollPending = false;
};

} // namespace compliance
