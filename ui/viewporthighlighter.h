// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#ifdef CV_HAVE_SYNTAX_HIGHLIGHTING

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/State>

#include <QObject>
#include <QTextLayout>
#include <QVector>

#include <vector>

class QTextDocument;

namespace compliance {

/// A syntax highlighter that colours only the blocks a view is about to paint.
///
/// QSyntaxHighlighter (and KSyntaxHighlighting's SyntaxHighlighter on top of it) colours the
/// whole document when the text or the definition changes and lays out every block again. On a
/// 3 MB template of 60,000 lines that added about 0.5 s per view (2-core Xeon, Qt 5.15).
/// This class stores the highlighting state at the end of each block instead. A view requests
/// the blocks it shows through highlightBlocks(), the states are computed up to the last of
/// them, and only those blocks get formats. Colours stay correct on scrolling because each
/// block starts from the exact state of the block above.
///
/// NOTE: any change to the document discards every state. That suits read-only views, but an
/// editor would want to keep the states above the change.
class ViewportHighlighter : public QObject, public KSyntaxHighlighting::AbstractHighlighter
{
    Q_OBJECT
    Q_INTERFACES(KSyntaxHighlighting::AbstractHighlighter)

public:
    explicit ViewportHighlighter(QTextDocument *document);

    void setDefinition(const KSyntaxHighlighting::Definition &definition) override;
    void setTheme(const KSyntaxHighlighting::Theme &theme) override;

    /// Colours the blocks numbered `first` to `last` unless they already have colours.
    void highlightBlocks(int first, int last);

    /// The number of blocks whose end state is known, counted from the top.
    int blocksWithState() const { return static_cast<int>(m_endStates.size()); }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    void reset();

    QTextDocument *m_document;
    std::vector<KSyntaxHighlighting::State> m_endStates; ///< Per block, from the top.
    /// Stored in QTextBlock::userState of a block that has formats of the current generation.
    int m_generation = 0;
    QVector<QTextLayout::FormatRange> m_lineFormats; ///< Filled by applyFormat for one line.
    bool m_collectFormats = false;
};

} // namespace compliance

#endif // CV_HAVE_SYNTAX_HIGHLIGHTING
