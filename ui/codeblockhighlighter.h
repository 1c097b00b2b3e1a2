// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

class QPalette;
class QTextDocument;

namespace compliance {

/// Colours the fenced code blocks of a document built with QTextDocument::setMarkdown, using
/// each block's fence language (`json`, `bicep`, ...) and the light or dark theme that matches
/// `palette`. Returns the number of code lines coloured; 0 when the build has no
/// KSyntaxHighlighting or no block names a known language.
int highlightCodeBlocks(QTextDocument *document, const QPalette &palette);

} // namespace compliance
