// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/finding.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace compliance {

/// The name of the suppression file, looked up in the scanned folder.
inline constexpr std::string_view kSuppressionFileName = ".complianceviewer.json";

/// One entry of the suppression file: which findings to skip, and why.
///
/// Each pattern is optional; an entry matches a finding when every pattern it has matches.
/// `file` and `parameterFile` are globs over paths relative to the scanned folder (`*` and `?`
/// within one path segment, `**` across segments); `resource` is a glob over the resolved name
/// and over the name as written.
struct Suppression
{
    std::string rule; ///< A rule id; empty or "*" for every rule.
    std::string file;
    std::string resource;
    std::string parameterFile;
    std::string reason;
    int line = 0; ///< The entry's line in the suppression file.
};

/// The suppressions of one scanned folder, with the findings each one matched.
class Suppressions
{
public:
    /// Reads `folder`/.complianceviewer.json. A missing file gives no suppressions and no
    /// error; an invalid one gives errors naming the file, line and what to change.
    static Suppressions load(const std::filesystem::path &folder);
    /// Parses the text of a suppression file; `relativeName` names it in errors.
    static Suppressions parse(std::string_view text, const std::string &relativeName);

    const std::vector<Suppression> &entries() const { return m_entries; }
    const std::vector<FileError> &errors() const { return m_errors; }

    /// Marks every finding an entry matches (the first matching entry gives the reason) and
    /// counts the match. Call it once per finding, from one thread.
    void apply(std::vector<Finding> &findings);
    /// Notices for the entries that matched no finding, so stale entries get removed.
    std::vector<FileError> unusedEntries() const;

private:
    std::vector<Suppression> m_entries;
    std::vector<int> m_matchCounts;
    std::vector<FileError> m_errors;
};

/// Matches `text` against `pattern`: `*` and `?` stop at '/', `**` crosses it.
bool matchesGlob(std::string_view pattern, std::string_view text);

} // namespace compliance
