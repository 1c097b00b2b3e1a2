// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/findingrows.h"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>

namespace compliance {

namespace {

int severityRank(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Fail:
        return 3;
    case Outcome::Unknown:
        return 2;
    case Outcome::Pass:
        return 1;
    case Outcome::NotApplicable:
        return 0;
    }
    return 0;
}

bool isLoopFinding(const Finding &finding)
{
    return !finding.instances.empty() || finding.instanceCount > 1;
}

// Returns the number of instances a finding represents. instanceCount covers a finding whose
// instances are not listed.
int instancesOf(const Finding &finding)
{
    return finding.instances.empty() ? finding.instanceCount
                                     : static_cast<int>(finding.instances.size());
}

} // namespace

Outcome FindingRows::worse(Outcome a, Outcome b)
{
    return severityRank(b) > severityRank(a) ? b : a;
}

bool FindingRows::ranksAbove(const Finding &candidate, const Finding &current)
{
    if (candidate.isSuppressed() != current.isSuppressed())
        return current.isSuppressed();
    return severityRank(candidate.outcome) > severityRank(current.outcome);
}

FindingRows::FindingRows(const FileScanResult &file)
{
    using DeclarationKey = std::tuple<std::string, int, int, std::string, std::string>;
    std::map<DeclarationKey, int> loopRows;
    const std::vector<Finding> &findings = file.findings;
    m_rowOfFinding.assign(findings.size(), -1);

    for (int i = 0; i < static_cast<int>(findings.size()); ++i) {
        const Finding &finding = findings[i];
        int row = -1;
        if (isLoopFinding(finding)) {
            const DeclarationKey key { finding.path, finding.line, finding.column, finding.ruleId,
                                       finding.parameterFile };
            const auto [it, inserted] = loopRows.try_emplace(key, size());
            row = it->second;
            if (inserted)
                m_rows.push_back(
                    FindingRow { {}, i, true, finding.outcome, 0, {}, finding.isSuppressed() });
        } else {
            row = size();
            m_rows.push_back(
                FindingRow { {}, i, false, finding.outcome, 1, {}, finding.isSuppressed() });
        }
        m_rowOfFinding[i] = row;

        FindingRow &target = m_rows[row];
        target.findings.push_back(i);
        if (!target.isLoop)
            continue;
        target.suppressed = target.suppressed && finding.isSuppressed();
        if (ranksAbove(finding, findings[target.representative])) {
            target.outcome = finding.outcome;
            target.representative = i;
        }
        target.instanceCount += instancesOf(finding);
        for (int instance = 0; instance < static_cast<int>(finding.instances.size()); ++instance)
            target.instances.push_back(LoopInstanceRef { i, instance });
    }

    for (FindingRow &row : m_rows) {
        std::stable_sort(row.instances.begin(), row.instances.end(),
                         [&findings](const LoopInstanceRef &a, const LoopInstanceRef &b) {
                             return findings[a.findingIndex].instances[a.instanceIndex].copyIndex
                                 < findings[b.findingIndex].instances[b.instanceIndex].copyIndex;
                         });
    }
}

int FindingRows::rowOfFinding(int findingIndex) const
{
    if (findingIndex < 0 || findingIndex >= static_cast<int>(m_rowOfFinding.size()))
        return -1;
    return m_rowOfFinding[findingIndex];
}

} // namespace compliance
