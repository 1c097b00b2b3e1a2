// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QSplitter;

namespace compliance {

class CodeView;

/// The original and the fixed text of one file side by side in a splitter, each under a header
/// with the file name, with changed lines marked and both views scrolling together. The syntax
/// colours and marks follow the palette, light or dark.
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

    CodeView *originalView() const { return m_original; }
    CodeView *fixedView() const { return m_fixed; }
    QLabel *originalTitle() const { return m_originalTitle; }
    QLabel *fixedTitle() const { return m_fixedTitle; }
    QSplitter *splitter() const { return m_splitter; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void syncScrolling();
    void scrollToFocus();
    void applyColours();

    QLabel *m_originalTitle;
    QLabel *m_fixedTitle;
    CodeView *m_original;
    CodeView *m_fixed;
    QSplitter *m_splitter;
    QString m_fileName; ///< The shown file's name, which picks the syntax; empty when cleared.
    QList<int> m_changedOld;
    QList<int> m_changedNew;
    bool m_syncing = false;
    int m_focusLine = 0; ///< 0-based line in the original text to open on.
    int m_fixedFocusLine = 0; ///< The same line in the fixed text.
    int m_firstChange = -1; ///< 0-based first changed line of the fixed text, or -1.
    bool m_scrollPending = false;
};

} // namespace compliance
