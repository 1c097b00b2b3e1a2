// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace compliance {

/// Names the place in a template where a line sits, for the bars of folded lines.
class DiffScope
{
public:
    /// Returns the key path of the object or array that contains the start of the 0-based
    /// `line` of a JSON (or JSON with comments) text, such as `resources[0].properties`, or an
    /// empty string at the top level. A small scanner over strings, comments and brackets
    /// computes it, so it also works on text that does not parse.
    static QString jsonPath(const QStringList &lines, int line);

    /// Returns the nearest declaration of a Bicep text whose braces or brackets enclose the
    /// 0-based `line`, as its keyword and name (`resource registry`), or an empty string.
    static QString bicepDeclaration(const QStringList &lines, int line);

    /// Returns jsonPath() or bicepDeclaration(), picked by the extension of `fileName`.
    static QString describe(const QString &fileName, const QStringList &lines, int line);

    /// Returns jsonPath() for each of `ascendingLines` from one pass over the text.
    static QStringList jsonPaths(const QStringList &lines, const QList<int> &ascendingLines);
    /// Returns bicepDeclaration() for each of `ascendingLines` from one pass over the text.
    static QStringList bicepDeclarations(const QStringList &lines,
                                         const QList<int> &ascendingLines);
    /// Returns describe() for each of `ascendingLines` from one pass over the text.
    static QStringList describeAll(const QString &fileName, const QStringList &lines,
                                   const QList<int> &ascendingLines);
};

} // namespace compliance
