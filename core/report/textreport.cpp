// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/report/reportwriters.h"

#include <sstream>

namespace compliance {

namespace {

// Keeps one finding on one line, because tools split the report by lines, and marks control
// characters, so that a template string cannot send escape sequences to the terminal.
std::string oneLine(std::string_view text)
{
    std::string line = markControlCharacters(text);
    for (char &c : line) {
        if (c == '\n' || c == '\r')
            c = ' ';
    }
    return line;
}

} // namespace

std::string writeTextReport(const ScanResult &result)
{
    std::ostringstream out;
    for (const Finding &finding : result.findings) {
        out << oneLine(finding.file) << ':' << finding.line << ": " << outcomeName(finding.outcome)
            << ' ' << finding.ruleId << ' ' << oneLine(finding.resource);
        if (!finding.resolvedName.empty() && finding.resolvedName != finding.resource)
            out << " (" << oneLine(finding.resolvedName) << ')';
        if (!finding.parameterFile.empty())
            out << " [parameters " << oneLine(finding.parameterFile) << ']';
        if (finding.instanceCount > 1)
            out << " [" << finding.instanceCount << " instances]";
        out << ": " << oneLine(finding.reason);
        if (finding.isSuppressed())
            out << " [suppressed: " << oneLine(finding.suppressedReason) << ']';
        out << '\n';
    }

    for (const FileError &error : result.errors)
        out << oneLine(error.file) << ':' << error.line << ": error: " << oneLine(error.message)
            << '\n';

    const OutcomeCounts counts = result.counts();
    out << result.filesScanned << (result.filesScanned == 1 ? " file" : " files")
        << " scanned: " << counts.pass << " Pass, " << counts.fail << " Fail, "
        << counts.notApplicable << " NotApplicable, " << counts.unknown << " Unknown, "
        << result.errors.size() << " errors";
    if (counts.suppressed > 0)
        out << ", " << counts.suppressed << " suppressed";
    if (result.cancelled)
        out << " (scan cancelled)";
    out << '\n';

    if (!result.findings.empty())
        out << "Note: " << kContentTrustRetirementNotice << '\n';
    return out.str();
}

} // namespace compliance
