// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/findingsfilterquery.h"

#include "core/scan/suppressions.h"

#include <QRegularExpression>

namespace compliance {

namespace {

bool isGlob(const QString &term)
{
    return term.contains(QLatin1Char('*')) || term.contains(QLatin1Char('?'))
        || term.contains(QLatin1Char('/'));
}

// A glob without '/' matches the file name. One with '/' matches the path from the scanned
// folder when it starts with '/', else from any folder in it, so `modules/**` finds every
// `modules` folder, as a user filtering a tree expects.
bool matchesPath(const QString &glob, const QString &relativePath)
{
    if (!glob.contains(QLatin1Char('/'))) {
        const QString name = relativePath.mid(relativePath.lastIndexOf(QLatin1Char('/')) + 1);
        return matchesGlob(glob.toStdString(), name.toStdString());
    }
    if (glob.startsWith(QLatin1Char('/')))
        return matchesGlob(glob.mid(1).toStdString(), relativePath.toStdString());
    const std::string pattern = glob.toStdString();
    for (qsizetype start = 0; start >= 0;) {
        if (matchesGlob(pattern, relativePath.mid(start).toStdString()))
            return true;
        const qsizetype slash = relativePath.indexOf(QLatin1Char('/'), start);
        start = slash < 0 ? -1 : slash + 1;
    }
    return false;
}

} // namespace

FindingsFilterQuery::FindingsFilterQuery(const QString &text)
{
    const QStringList parts
        = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (QString part : parts) {
        Term term;
        if (part.startsWith(QLatin1Char('!'))) {
            term.excluded = true;
            part.remove(0, 1);
        }
        if (part.isEmpty())
            continue;
        term.text = part;
        term.isGlob = isGlob(part);
        m_terms.push_back(term);
    }
}

bool FindingsFilterQuery::matches(const QString &searchText, const QString &relativePath) const
{
    for (const Term &term : m_terms) {
        const bool found = term.isGlob ? matchesPath(term.text, relativePath)
                                       : searchText.contains(term.text, Qt::CaseInsensitive);
        if (found == term.excluded)
            return false;
    }
    return true;
}

} // namespace compliance
