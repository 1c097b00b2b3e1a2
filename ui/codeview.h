// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/diffrows.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QPlainTextEdit>
#include <QStringList>
#include <QTextBlock>
#include <QVector>

#include <functional>

namespace compliance {

/// The content of one row (text block) of a CodeView.
struct CodeRow
{
    enum class Kind {
        Line, ///< A line of the file.
        Filler, ///< Space that stands for a line of the other side; no text.
        Fold, ///< A bar that stands for hidden lines; no text.
    };
    enum class Tint { None, Removed, Added };

    Kind kind = Kind::Line;
    int fileLine = -1; ///< 0-based line of the file, -1 for fillers and fold bars.
    /// The 0-based line whose number the gutter shows, when it is not `fileLine`.
    int gutterLine = -1;
    Tint tint = Tint::None;
    QChar glyph; ///< Drawn in the gutter: `+`, `−`, `~` or none.
    QString label; ///< The text of a fold bar.
    int hiddenLines = 0; ///< The number of lines a fold bar hides.

    /// Returns a row that shows the 0-based `line` of the file.
    static CodeRow line(int line)
    {
        CodeRow row;
        row.fileLine = line;
        return row;
    }
    /// Returns a fold bar row with `label` that hides `hiddenLines` lines.
    static CodeRow fold(const QString &label, int hiddenLines)
    {
        CodeRow row;
        row.kind = Kind::Fold;
        row.label = label;
        row.hiddenLines = hiddenLines;
        return row;
    }
};

/// The colours of diff marks in a CodeView.
struct CodeMarkColours
{
    QColor removedLine;
    QColor addedLine;
    QColor removedText; ///< Stronger, for the changed characters.
    QColor addedText;
    /// The text colour on changed characters, readable on both stronger fills. Syntax colours
    /// are not: red strings on a red fill, for example.
    QColor changedCharacterText;
    bool outline = false; ///< Draw outlines instead of fills, for high-contrast palettes.
};

/// A read-only code editor with a line-number gutter, no wrapping and the fixed system font.
///
/// With showRows() it shows one side of an aligned diff, one CodeRow per text block. Fillers and
/// fold bars are empty blocks, and the gutter shows the file's line numbers. fileText() and
/// copying leave fillers and fold bars out, so a copy across a fold bar skips the folded lines.
class CodeView : public QPlainTextEdit
{
    Q_OBJECT

public:
    /// Returns the changed character ranges of a row, for the rows in view.
    using CharacterMarkSource = std::function<QList<DiffRange>(int row)>;

    explicit CodeView(QWidget *parent = nullptr);

    /// Shows `rows` of the file whose text is `fileText`, split into `fileLines`.
    void showRows(const QString &fileText, const QStringList &fileLines,
                  const QVector<CodeRow> &rows);
    /// Returns the file's text as given to showRows(), or the plain text without rows.
    QString fileText() const;
    const QVector<CodeRow> &rows() const { return m_rows; }
    /// Returns the 0-based file line shown on `row`, or -1 for fillers and fold bars.
    int fileLineAt(int row) const;
    /// Returns the row that shows the 0-based file `line`, or -1 when it is folded away.
    int rowOfFileLine(int line) const;
    /// Returns the first row in the viewport.
    int topRow() const { return firstVisibleBlock().blockNumber(); }
    /// Returns the geometry of `row` in viewport coordinates.
    QRect rowRect(int row) const;

    /// Sets the mark colours and redraws the marks.
    void setMarkColours(const CodeMarkColours &colours);
    const CodeMarkColours &markColours() const { return m_colours; }
    /// Sets where the changed characters of visible rows come from.
    void setCharacterMarkSource(CharacterMarkSource source);
    /// Requests the character marks of the rows in view again, after the source changed.
    void refreshCharacterMarks() { updateMarks(true); }
    /// Rows (text blocks) with a removed or added tint, ascending.
    const QList<int> &markedLines() const { return m_markedRows; }
    /// Returns the changed character ranges drawn on `row` so far.
    QList<DiffRange> shownCharacterMarks(int row) const;

    /// The number of lines that "Show more lines" on a fold bar and Ctrl+Enter reveal.
    static constexpr int foldStep() { return 20; }
    /// Returns the area of a fold bar that expands it by foldStep() lines, or fully when `all`.
    /// The first is empty when the bar hides no more than foldStep() lines.
    QRect foldLinkRect(int row, bool all) const;

    /// Returns what a screen reader is told about `row` besides its text: the label and keys of
    /// a fold bar, or that a filler row stands for lines only the other side has. Empty for a
    /// line of the file.
    QString rowDescription(int row) const;

    /// Puts the cursor on `row` and scrolls so `firstVisibleRow` is the top row.
    void showLine(int row, int firstVisibleRow);
    /// Returns how many whole lines fit in the viewport.
    int visibleLineCount() const;

    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);

signals:
    /// Requests to show `lineCount` more hidden lines of the fold bar on `row`, or all of them
    /// when `lineCount` is negative.
    void foldExpandRequested(int row, int lineCount);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    QMimeData *createMimeDataFromSelection() const override;

private:
    void updateGutterWidth();
    void describeCursorRow();
    void updateGutter(const QRect &rect, int dy);
    void updateMarks(bool force);
    void paintRowDecorations(QPainter &painter);
    QPair<int, int> visibleRows() const;
    bool isFoldKey(const QKeyEvent *event) const;
    static QString showMoreText();
    QRect characterRect(int row, const DiffRange &range) const;

    QWidget *m_gutter = nullptr;
    QString m_fileText;
    QVector<CodeRow> m_rows;
    QVector<int> m_rowOfLine;
    QList<int> m_markedRows;
    CodeMarkColours m_colours;
    CharacterMarkSource m_characterMarks;
    QHash<int, QList<DiffRange>> m_shownCharacterMarks;
    int m_markedFirst = -1; ///< First row of the window whose character marks are set.
    int m_markedLast = -1;
};

} // namespace compliance
