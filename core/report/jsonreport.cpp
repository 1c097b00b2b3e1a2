// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/report/reportwriters.h"

#include <nlohmann/json.hpp>

namespace compliance {

namespace {

// ordered_json keeps the members in the documented order, so the output reads like the README.
using Json = nlohmann::ordered_json;

Json stringOrNull(const std::string &value)
{
    if (value.empty())
        return nullptr;
    return value;
}

Json findingToJson(const Finding &finding)
{
    Json item;
    item["rule"] = finding.ruleId;
    item["outcome"] = std::string(outcomeName(finding.outcome));
    item["file"] = finding.file;
    item["line"] = finding.line;
    item["resource"] = finding.resource;
    item["resolvedName"] = stringOrNull(finding.resolvedName);
    item["reason"] = finding.reason;
    item["fixable"] = finding.isFixable();
    item["parameterFile"] = stringOrNull(finding.parameterFile);
    item["instances"] = finding.instanceCount;
    return item;
}

} // namespace

std::string writeJsonReport(const ScanResult &result)
{
    Json report;
    report["root"] = result.root;

    Json results = Json::array();
    for (const Finding &finding : result.findings)
        results.push_back(findingToJson(finding));
    report["results"] = std::move(results);

    Json errors = Json::array();
    for (const FileError &error : result.errors)
        errors.push_back(
            Json { { "file", error.file }, { "line", error.line }, { "message", error.message } });
    report["errors"] = std::move(errors);

    const OutcomeCounts counts = result.counts();
    report["summary"] = Json { { "Pass", counts.pass },
                               { "Fail", counts.fail },
                               { "NotApplicable", counts.notApplicable },
                               { "Unknown", counts.unknown },
                               { "files", result.filesScanned } };

    // Template text is not guaranteed to be valid UTF-8 in every error message, so invalid
    // bytes become U+FFFD instead of making dump() throw.
    return report.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace compliance
