// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace compliance {

/// A parsed findings filter: space-separated terms that must all match.
///
/// A term with `*`, `?` or `/` is a path glob with the suppression file's syntax (`*` and `?`
/// within a folder name, `**` across folders). A glob without `/` matches the file name in any
/// folder, so `*.bicep` matches `infra/main.bicep`. A glob with `/` matches from any folder
/// (`modules/**` matches `infra/modules/acr.bicep`), or from the scanned folder when it starts
/// with `/`. Any other term is a case-insensitive substring of the row's message, rule,
/// resource or path. A term that starts with `!` must not match.
class FindingsFilterQuery
{
public:
    FindingsFilterQuery() = default;
    explicit FindingsFilterQuery(const QString &text);

    bool isEmpty() const { return m_terms.isEmpty(); }

    /// Returns whether a row with `searchText` (its message, rule, resource and path) and
    /// `relativePath` passes the filter. An empty filter passes every row.
    bool matches(const QString &searchText, const QString &relativePath) const;

private:
    struct Term
    {
        QString text;
        bool isGlob = false;
        bool excluded = false; ///< Written with a leading `!`: rows it matches are hidden.
    };
    QList<Term> m_terms;
};

} // namespace compliance
