// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/scan/sharededits.h"

#include <string>

namespace compliance {

namespace {

bool overlaps(const TextEdit &a, const TextEdit &b)
{
    if (a.path != b.path)
        return false;
    // Two insertions at one offset write into the same place, so they count as shared.
    const bool sameInsertionPoint
        = a.span.begin == b.span.begin && (a.span.size() == 0 || b.span.size() == 0);
    return sameInsertionPoint || (a.span.begin < b.span.end && b.span.begin < a.span.end);
}

bool sharesEdit(const Fix &a, const Fix &b)
{
    for (const TextEdit &left : a.edits) {
        for (const TextEdit &right : b.edits) {
            if (overlaps(left, right))
                return true;
        }
    }
    return false;
}

std::string describeResource(const Finding &finding)
{
    const std::string &name
        = finding.resolvedName.empty() ? finding.resource : finding.resolvedName;
    std::string text = "'" + name + "' at line " + std::to_string(finding.line);
    if (finding.instanceCount > 1)
        text += " (" + std::to_string(finding.instanceCount) + " copy-loop instances)";
    text += finding.parameterFile.empty() ? std::string(", evaluated with the template defaults")
                                          : ", evaluated with " + finding.parameterFile;
    return text;
}

} // namespace

void describeSharedEdits(std::vector<Finding> &findings)
{
    for (std::size_t i = 0; i < findings.size(); ++i) {
        if (!findings[i].isFixable())
            continue;
        // The planner's notes (a shared parameter, a called module) come first and stay.
        Fix &fix = *findings[i].fix;
        if (findings[i].instanceCount > 1) {
            fix.sharedWith.insert(fix.sharedWith.begin(),
                                  "all " + std::to_string(findings[i].instanceCount)
                                      + " instances of this copy loop");
        }
        for (std::size_t j = 0; j < findings.size(); ++j) {
            if (j == i || !findings[j].isFixable() || !sharesEdit(fix, *findings[j].fix))
                continue;
            fix.sharedWith.push_back(describeResource(findings[j]));
        }
    }
}

} // namespace compliance
