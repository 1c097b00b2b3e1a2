// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#ifdef CV_HAVE_SYNTAX_HIGHLIGHTING

namespace KSyntaxHighlighting {
class Repository;
}

namespace compliance {

/// The process's one syntax repository: KSyntaxHighlighting's installed definitions plus the
/// project's own (Bicep), loaded from the application resources on first use.
KSyntaxHighlighting::Repository &syntaxRepository();

} // namespace compliance

#endif
