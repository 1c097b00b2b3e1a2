// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/report/reportwriters.h"

#include "core/report/reportpaths.h"

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

Json fixToJson(const Finding &finding, const std::string &root)
{
    if (!finding.isFixable())
        return nullptr;
    Json files = Json::array();
    for (const std::string &path : finding.fix->paths())
        files.push_back(relativeToRoot(path, root));
    return Json { { "description", finding.fix->description },
                  { "files", std::move(files) },
                  { "sharedWith", finding.fix->sharedWith } };
}

// The kind's enumerator name, which the report documents as the step's `kind`.
const char *provenanceKindName(ProvenanceStep::Kind kind)
{
    switch (kind) {
    case ProvenanceStep::Kind::Resource:
        return "Resource";
    case ProvenanceStep::Kind::ModuleCall:
        return "ModuleCall";
    case ProvenanceStep::Kind::Property:
        return "Property";
    case ProvenanceStep::Kind::Literal:
        return "Literal";
    case ProvenanceStep::Kind::ParameterDefault:
        return "ParameterDefault";
    case ProvenanceStep::Kind::ParameterValue:
        return "ParameterValue";
    case ProvenanceStep::Kind::ParameterDeclaration:
        return "ParameterDeclaration";
    case ProvenanceStep::Kind::Variable:
        return "Variable";
    case ProvenanceStep::Kind::Computed:
        return "Computed";
    }
    return "Computed";
}

Json provenanceToJson(const Finding &finding)
{
    Json steps = Json::array();
    for (const ProvenanceStep &step : finding.provenance)
        steps.push_back(Json { { "label", step.label },
                               { "file", stringOrNull(step.file) },
                               { "line", step.line },
                               { "column", step.column },
                               { "kind", provenanceKindName(step.kind) } });
    return steps;
}

Json findingToJson(const Finding &finding, const std::string &root)
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
    item["suppressed"] = stringOrNull(finding.suppressedReason);
    Json instances = Json::array();
    for (const FindingInstance &instance : finding.instances)
        instances.push_back(
            Json { { "copyIndex", instance.copyIndex }, { "name", stringOrNull(instance.name) } });
    item["copyInstances"] = std::move(instances);
    item["fix"] = fixToJson(finding, root);
    item["provenance"] = provenanceToJson(finding);
    // Only the content-trust rule carries the retirement notice.
    item["notice"] = finding.ruleId == "Azure.ACR.ContentTrust"
        ? Json(std::string(kContentTrustRetirementNotice))
        : Json(nullptr);
    return item;
}

Json errorToJson(const FileError &error)
{
    return Json { { "file", error.file }, { "line", error.line }, { "message", error.message } };
}

Json findingsToJson(const std::vector<Finding> &findings, const std::string &root)
{
    Json results = Json::array();
    for (const Finding &finding : findings)
        results.push_back(findingToJson(finding, root));
    return results;
}

} // namespace

std::string writeJsonFindings(const std::vector<Finding> &findings, const std::string &root)
{
    return findingsToJson(findings, root).dump(2, ' ', false, Json::error_handler_t::replace)
        + "\n";
}

std::string writeJsonResults(const std::vector<Finding> &findings,
                             const std::vector<FileError> &errors, const std::string &root)
{
    Json errorItems = Json::array();
    for (const FileError &error : errors)
        errorItems.push_back(errorToJson(error));
    const Json selection { { "results", findingsToJson(findings, root) },
                           { "errors", std::move(errorItems) } };
    return selection.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string writeJsonReport(const ScanResult &result)
{
    Json report;
    report["root"] = result.root;

    report["results"] = findingsToJson(result.findings, result.root);

    Json errors = Json::array();
    for (const FileError &error : result.errors)
        errors.push_back(errorToJson(error));
    report["errors"] = std::move(errors);

    const OutcomeCounts counts = result.counts();
    report["summary"] = Json { { "Pass", counts.pass },
                               { "Fail", counts.fail },
                               { "NotApplicable", counts.notApplicable },
                               { "Unknown", counts.unknown },
                               { "suppressed", counts.suppressed },
                               { "files", result.filesScanned } };

    // Template text is not guaranteed to be valid UTF-8 in every error message, so invalid
    // bytes become U+FFFD instead of making dump() throw.
    return report.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace compliance
