// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/report/reportwriters.h"

#include <sstream>

namespace compliance {

std::string writeTextReport(const ScanResult &result)
{
    std::ostringstream out;
    for (const Finding &finding : result.findings) {
        out << finding.file << ':' << finding.line << ": " << outcomeName(finding.outcome) << ' '
            << finding.ruleId << ' ' << finding.resource;
        if (!finding.resolvedName.empty() && finding.resolvedName != finding.resource)
            out << " (" << finding.resolvedName << ')';
        if (!finding.parameterFile.empty())
            out << " [parameters " << finding.parameterFile << ']';
        if (finding.instanceCount > 1)
            out << " [" << finding.instanceCount << " instances]";
        out << ": " << finding.reason << '\n';
    }

    for (const FileError &error : result.errors)
        out << error.file << ':' << error.line << ": error: " << error.message << '\n';

    const OutcomeCounts counts = result.counts();
    out << result.filesScanned << " files scanned: " << counts.pass << " Pass, " << counts.fail
        << " Fail, " << counts.notApplicable << " NotApplicable, " << counts.unknown << " Unknown, "
        << result.errors.size() << " errors";
    if (result.cancelled)
        out << " (scan cancelled)";
    out << '\n';

    if (!result.findings.empty())
        out << "Note: " << kContentTrustRetirementNotice << '\n';
    return out.str();
}

} // namespace compliance
