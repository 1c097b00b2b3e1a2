// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/scan/scanner.h"

#include <vector>

namespace compliance {

/// One copy-loop instance under a loop row: instance `instanceIndex` of finding `findingIndex`.
struct LoopInstanceRef
{
    int findingIndex = 0;
    int instanceIndex = 0;
};

/// One finding row of a file. A loop row represents every finding of one declaration with a
/// `copy` loop and has one child per instance, sorted by copy index.
struct FindingRow
{
    std::vector<int> findings; ///< Indexes into the file's findings, in scan order.
    int representative = 0; ///< The finding whose fix the row shows: the first worst one.
    bool isLoop = false;
    /// The worst outcome among the row's findings that are not suppressed, or among all of
    /// them when every one is.
    Outcome outcome = Outcome::Unknown;
    int instanceCount = 1; ///< Number of instances the row represents.
    std::vector<LoopInstanceRef> instances;
    bool suppressed = false; ///< Whether the suppression file accepts every finding of the row.
};

/// The finding rows of one scanned file, in the order their first finding was reported.
///
/// Findings of one declaration (same path, line, column, rule and parameter file) that come
/// from a `copy` loop share a loop row. Any other finding gets a row of its own.
class FindingRows
{
public:
    FindingRows() = default;
    explicit FindingRows(const FileScanResult &file);

    int size() const { return static_cast<int>(m_rows.size()); }
    const FindingRow &at(int row) const { return m_rows[row]; }
    /// Returns the row that shows the finding at `findingIndex`, or -1.
    int rowOfFinding(int findingIndex) const;

    /// Returns the worse of two outcomes, ranking Fail above Unknown, Pass and NotApplicable.
    static Outcome worse(Outcome a, Outcome b);
    /// Returns whether `candidate` should represent a row instead of `current`: a finding
    /// that is not suppressed ranks above every suppressed one, then the worse outcome wins.
    static bool ranksAbove(const Finding &candidate, const Finding &current);

private:
    std::vector<FindingRow> m_rows;
    std::vector<int> m_rowOfFinding;
};

} // namespace compliance
