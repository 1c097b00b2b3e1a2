// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/scan/templatechecker.h"

#include "core/arm/templatewalker.h"
#include "core/bicep/bicepparser.h"
#include "core/bicep/biceptemplate.h"
#include "core/json/jsonparser.h"
#include "core/rules/deploymentconditions.h"
#include "core/rules/provenance.h"
#include "core/rules/rule.h"
#include "core/scan/parameterlinks.h"
#include "core/scan/sharededits.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <tuple>

namespace compliance {

namespace {

// One finding under construction, with the names of the copy-loop instances it stands for.
struct InstanceGroup
{
    Finding finding;
    std::string firstName;
    std::string lastName;
};

std::string displayName(const DeployedResource &resource)
{
    if (resource.name.isString())
        return resource.name.asString();
    return {};
}

Finding makeFinding(const Rule &rule, const ArmResource &resource, RuleResult verdict,
                    const FileScanResult &result)
{
    Finding finding;
    finding.ruleId = std::string(rule.id());
    finding.severity = std::string(rule.severity());
    finding.outcome = verdict.outcome;
    finding.reason = std::move(verdict.reason);
    finding.fix = std::move(verdict.fix);
    finding.fixUnavailableReason = std::move(verdict.fixUnavailableReason);
    finding.path = result.path;
    finding.file = result.file;
    finding.line = resource.line;
    finding.column = resource.column;
    finding.resource = resource.nameAsWritten;
    finding.resolvedName = displayName(resource);
    finding.provenance = std::move(verdict.provenance);
    // The steps' files relative to the scanned folder, as `file` is relative to it.
    const bool pathEndsWithFile = result.path.size() >= result.file.size()
        && result.path.compare(result.path.size() - result.file.size(), std::string::npos,
                               result.file)
            == 0;
    const std::string root = pathEndsWithFile
        ? result.path.substr(0, result.path.size() - result.file.size())
        : std::string();
    for (ProvenanceStep &step : finding.provenance) {
        const bool inRoot = !root.empty() && step.path.rfind(root, 0) == 0;
        step.file = inRoot ? step.path.substr(root.size()) : step.path;
    }
    return finding;
}

bool sameFix(const Finding &a, const Finding &b)
{
    if (a.fix.has_value() != b.fix.has_value())
        return false;
    return !a.fix || a.fix->edits == b.fix->edits;
}

} // namespace

namespace {

bool anyRuleApplies(std::string_view type)
{
    const auto &rules = registeredRules();
    return std::any_of(rules.begin(), rules.end(),
                       [&](const std::unique_ptr<Rule> &rule) { return rule->appliesTo(type); });
}

// The verdict for a registry deployed by a module from a Bicep registry, which cannot be read.
RuleResult registryModuleVerdict(const DeployedResource &resource, const JsonNode &reference)
{
    // The module call is the one place to point at, so Why starts there.
    std::vector<ProvenanceStep> steps = ProvenanceBuilder(resource).steps();
    if (std::optional<std::string> reason = falseConditionReason(resource))
        return RuleResult {
            Outcome::NotApplicable, std::move(*reason), std::nullopt, {}, std::move(steps)
        };
    return RuleResult { Outcome::Unknown,
                        "The registry is deployed by module '" + reference.string
                            + "' from a Bicep registry, which cannot be read offline, so its "
                              "settings are unknown.",
                        std::nullopt,
                        {},
                        std::move(steps) };
}

// Evaluates the template once, with `parameterSet` or (when null) with its defaults, and appends
// the findings. `moduleFiles` names the files of Bicep modules translated into the template.
void evaluateParameterSet(const SourceFile &source, const JsonNode &root,
                          const ParameterSet *parameterSet, TemplateErrors &errors,
                          FileScanResult &result, const NestedTemplateFiles *moduleFiles = nullptr)
{
    TemplateScope scope(source, root, errors);
    scope.setNestedTemplateFiles(moduleFiles);
    // A .bicepparam file's values are expressions that may read its variables.
    std::optional<TemplateErrors> parameterFileErrors;
    std::optional<TemplateScope> parameterFileScope;
    if (parameterSet && parameterSet->evaluateValues) {
        parameterFileErrors.emplace(*parameterSet->source, parameterSet->relativeName);
        parameterFileErrors->mute();
        parameterFileScope.emplace(*parameterSet->source, *parameterSet->root,
                                   *parameterFileErrors);
    }
    if (parameterSet) {
        const JsonNode *parameters = parameterSet->root->member("parameters");
        for (const JsonNode &parameter : parameters->children) {
            if (!parameter.isObject())
                continue;
            if (parameterFileScope)
                scope.setPassedParameter(parameter.key, parameter, *parameterFileScope,
                                         parameterSet->source.get());
            else
                scope.setParameterFileValue(parameter.key, parameter, *parameterSet->source);
        }
    }

    // Groups are keyed by declaration (node), rule and reported position, in the order they
    // were first seen. The position separates two module calls that deploy one declaration.
    using DeclarationKey = std::tuple<const JsonNode *, const Rule *, int, int>;
    std::vector<InstanceGroup> groups;
    std::map<DeclarationKey, std::vector<std::size_t>> groupsByDeclaration;
    std::map<DeclarationKey, std::int64_t> visits;

    walkTemplate(scope, anyRuleApplies, [&](const ArmResource &resource) {
        for (const std::unique_ptr<Rule> &rule : registeredRules()) {
            if (!rule->appliesTo(resource.type))
                continue;
            const JsonNode *registryModule = resource.node->member(kRegistryModuleMember);
            std::optional<RuleResult> verdict = registryModule
                ? registryModuleVerdict(resource, *registryModule)
                : rule->evaluate(resource);
            if (!verdict)
                continue;
            Finding finding = makeFinding(*rule, resource, std::move(*verdict), result);
            if (parameterSet)
                finding.parameterFile = parameterSet->relativeName;
            const std::string name = finding.resolvedName;

            const DeclarationKey key { resource.node, rule.get(), finding.line, finding.column };
            std::vector<std::size_t> &siblings = groupsByDeclaration[key];
            // A declaration met again without a copy index of its own is in a looped nested
            // deployment or module, so its visits count as the instance index.
            std::int64_t &visit = visits[key];
            const std::int64_t instanceIndex = resource.copyIndex.value_or(visit);
            const bool repeated = resource.copyIndex.has_value() || visit > 0;
            ++visit;

            bool merged = false;
            if (repeated) {
                for (std::size_t index : siblings) {
                    if (groups[index].finding.instances.empty())
                        groups[index].finding.instances.push_back(
                            FindingInstance { 0, groups[index].firstName });
                }
                for (std::size_t index : siblings) {
                    Finding &existing = groups[index].finding;
                    if (existing.outcome == finding.outcome && existing.reason == finding.reason
                        && sameFix(existing, finding)) {
                        ++existing.instanceCount;
                        existing.instances.push_back(FindingInstance { instanceIndex, name });
                        groups[index].lastName = name;
                        merged = true;
                        break;
                    }
                }
            }
            if (!merged) {
                if (repeated)
                    finding.instances.push_back(FindingInstance { instanceIndex, name });
                siblings.push_back(groups.size());
                groups.push_back(InstanceGroup { std::move(finding), name, name });
            }
        }
    });

    for (InstanceGroup &group : groups) {
        if (group.finding.instanceCount > 1 && !group.firstName.empty())
            group.finding.resolvedName = group.firstName + " .. " + group.lastName;
        result.findings.push_back(std::move(group.finding));
    }
}

} // namespace

namespace {

void checkJsonTemplate(const SourceFile &source, FileScanResult &result,
                       const std::vector<ParameterSet> &parameterSets)
{
    const JsonParseResult parsed = parseJson(source.text());
    if (!parsed.ok) {
        result.errors.push_back(FileError { result.file, source.lineOf(parsed.error.offset),
                                            source.columnOf(parsed.error.offset),
                                            "invalid JSON: " + parsed.error.message });
        return;
    }
    const JsonNode &root = parsed.root;
    const JsonNode *schema = root.isObject() ? root.member("$schema") : nullptr;
    if (schema && schema->isString() && isParameterFileSchema(schema->string)) {
        if (auto error = checkParameterFileTemplateLink(source, result.file, root))
            result.errors.push_back(std::move(*error));
        return;
    }
    if (!schema || !schema->isString() || !isDeploymentTemplateSchema(schema->string))
        return; // Other JSON files are not templates.
    result.isTemplate = true;

    TemplateErrors errors(source, result.file);
    // A template with parameter files is evaluated once per file and never with its defaults.
    if (parameterSets.empty()) {
        evaluateParameterSet(source, root, nullptr, errors, result);
    } else {
        for (const ParameterSet &parameterSet : parameterSets)
            evaluateParameterSet(source, root, &parameterSet, errors, result);
    }
    for (const FileError &error : errors.errors())
        result.errors.push_back(error);
}

void addSyntaxError(const SourceFile &source, FileScanResult &result, const BicepSyntaxError &error)
{
    result.errors.push_back(FileError { result.file, source.lineOf(error.offset),
                                        source.columnOf(error.offset),
                                        "invalid Bicep: " + error.message });
}

// A .bicep file is translated to the ARM template it compiles to and evaluated like one.
void checkBicepTemplate(const SourceFile &source, FileScanResult &result,
                        const std::vector<ParameterSet> &parameterSets)
{
    const std::unique_ptr<BicepTemplate> translated = translateBicepFile(source);
    if (!translated->ok) {
        addSyntaxError(source, result, translated->error);
        return;
    }
    result.isTemplate = true;
    for (const BicepTranslator::Notice &notice : translated->notices)
        result.errors.push_back(FileError { result.file, source.lineOf(notice.offset),
                                            source.columnOf(notice.offset), notice.message });

    TemplateErrors errors(source, result.file);
    const NestedTemplateFiles *modules = &translated->moduleFiles;
    if (parameterSets.empty()) {
        evaluateParameterSet(source, translated->root, nullptr, errors, result, modules);
    } else {
        for (const ParameterSet &parameterSet : parameterSets)
            evaluateParameterSet(source, translated->root, &parameterSet, errors, result, modules);
    }
    for (const FileError &error : errors.errors())
        result.errors.push_back(error);
}

} // namespace

void checkTemplate(const SourceFile &source, FileScanResult &result,
                   const std::vector<ParameterSet> &parameterSets)
{
    const std::string extension
        = toLowerAscii(std::filesystem::path(source.path()).extension().string());
    if (extension == ".bicepparam") {
        // Parameter files are evaluated with their template; here only their syntax is checked.
        const BicepParseResult parsed = parseBicep(source.text());
        if (!parsed.ok)
            addSyntaxError(source, result, parsed.error);
        else if (auto error = checkBicepUsingTarget(source, result.file, parsed.program))
            result.errors.push_back(std::move(*error));
        return;
    }
    if (extension == ".bicep")
        checkBicepTemplate(source, result, parameterSets);
    else
        checkJsonTemplate(source, result, parameterSets);
    describeSharedEdits(result.findings);
}

} // namespace compliance
