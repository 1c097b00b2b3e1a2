// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QStringList>
#include <QVector>

namespace compliance {

/// The lines that differ between two texts, from a Myers diff on whole lines.
/// Line numbers are 0-based.
class LineDiff
{
public:
    static LineDiff compute(const QStringList &oldLines, const QStringList &newLines);

    /// Lines of the old text that were removed or replaced, ascending.
    const QList<int> &changedOldLines() const { return m_changedOld; }
    /// Lines of the new text that were inserted or replaced, ascending.
    const QList<int> &changedNewLines() const { return m_changedNew; }

    /// Returns the new line that corresponds to `oldLine`: the same line when unchanged, or
    /// the line after the nearest unchanged line above it.
    int mapOldToNew(int oldLine) const;
    /// Returns the new line matched to the unchanged `oldLine`, or -1 when it was removed or
    /// replaced.
    int matchedNewLine(int oldLine) const { return m_newForOld.value(oldLine, -1); }

private:
    QList<int> m_changedOld;
    QList<int> m_changedNew;
    QVector<int> m_newForOld; ///< -1 for old lines that were removed.
};

} // namespace compliance
