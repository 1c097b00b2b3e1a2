// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QTextDocument;
class QPalette;

namespace compliance {

/// Syntax colours for code views, from KSyntaxHighlighting when the build has it
/// (CV_HAVE_SYNTAX_HIGHLIGHTING). Without it, every call leaves the text plain.
class CodeHighlighter
{
public:
    /// Attaches one highlighter to `document` for the language of `fileName` (JSON for
    /// templates), with the light or dark theme that matches `palette`. A second call on the
    /// same document reuses its highlighter.
    static void attach(QTextDocument *document, const QString &fileName, const QPalette &palette);

    /// Colours the blocks numbered `first` to `last` of `document`, if it has a highlighter.
    /// Views call this before they paint, because the highlighter colours no block on its own.
    static void highlightBlocks(QTextDocument *document, int first, int last);

    /// Whether this build colours code.
    static bool isAvailable();
};

} // namespace compliance
