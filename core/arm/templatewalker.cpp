// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/arm/templatewalker.h"

#include "core/arm/nodevalue.h"

#include <algorithm>
#include <memory>

namespace compliance {

namespace {

constexpr std::int64_t kMaxCopyCount = 800; // ARM rejects larger copy counts.

struct Enclosing
{
    std::string type; // Full type of the parent resource, for child resources.
    std::vector<DeploymentCondition> conditions;
    // Set inside a template read from another file (a Bicep module): findings report at this
    // offset of the walked file, the module call, rather than in the module's file.
    const SourceFile *anchorFile = nullptr;
    std::size_t anchorOffset = 0;
    // The copy-loop instance of the module call, which its resources report as theirs.
    std::optional<std::int64_t> anchorCopyIndex;
    std::int64_t anchorCopyCount = 1;
    // The parameters of the module call in the walked file, while walking that module itself.
    const JsonNode *callParameters = nullptr;
};

class Walker
{
public:
    Walker(const ResourceTypeFilter &wanted, const ResourceVisitor &visit)
        : m_wanted(wanted)
        , m_visit(visit)
    { }

    void walkResources(TemplateScope &scope, const JsonNode &resources, const Enclosing &enclosing);

private:
    void walkDeclaration(TemplateScope &scope, const JsonNode &resource,
                         const JsonNode *symbolicKey, const Enclosing &enclosing);
    void walkCopies(TemplateScope &scope, const JsonNode &resource, const JsonNode *symbolicKey,
                    const Enclosing &enclosing, const std::string &type);
    void walkInstance(TemplateScope &scope, const JsonNode &resource, const JsonNode *symbolicKey,
                      const Enclosing &enclosing, const std::string &type,
                      std::optional<std::int64_t> copyIndex, std::int64_t copyCount);
    void walkNestedDeployment(TemplateScope &scope, const JsonNode &deployment,
                              const Enclosing &enclosing, const ArmResource &instance,
                              std::size_t declarationOffset);

    const ResourceTypeFilter &m_wanted;
    const ResourceVisitor &m_visit;
    std::vector<std::unique_ptr<TemplateScope>> m_nestedScopes;
    std::vector<std::unique_ptr<TemplateErrors>> m_moduleErrors;
};

std::string resolvedType(const JsonNode &resource, const Enclosing &enclosing)
{
    const JsonNode *type = resource.member("type");
    if (!type || !type->isString())
        return {};
    // A child resource declared inside its parent gives only the last type segment.
    if (!enclosing.type.empty() && type->string.find('/') == std::string::npos)
        return enclosing.type + "/" + type->string;
    return type->string;
}

void Walker::walkResources(TemplateScope &scope, const JsonNode &resources,
                           const Enclosing &enclosing)
{
    for (const JsonNode &resource : resources.children) {
        if (!resource.isObject())
            continue;
        // In languageVersion 2.0 the resources are members keyed by symbolic name.
        const JsonNode *symbolicKey = resources.isObject() ? &resource : nullptr;
        walkDeclaration(scope, resource, symbolicKey, enclosing);
    }
}

// The expression as the user wrote it. The nodes of a Bicep file contain ARM translations, and
// their spans cover the Bicep text, which reasons quote instead.
std::string writtenExpression(const SourceFile &file, const JsonNode &node)
{
    if (isBicepPath(file.path()) && node.span.size() > 0 && node.span.end <= file.text().size())
        return std::string(file.textOf(node.span));
    return node.string;
}

bool isKnownFalse(const Value &condition)
{
    return condition.isBoolean() && !condition.asBoolean();
}

void Walker::walkDeclaration(TemplateScope &scope, const JsonNode &resource,
                             const JsonNode *symbolicKey, const Enclosing &enclosing)
{
    const std::string type = resolvedType(resource, enclosing);
    const bool isDeployment = equalsIgnoreCase(type, "Microsoft.Resources/deployments");
    if (!isDeployment && !m_wanted(type)) {
        if (const JsonNode *children = resource.member("resources");
            children && (children->isArray() || children->isObject()))
            walkResources(scope, *children,
                          Enclosing { type, enclosing.conditions, enclosing.anchorFile,
                                      enclosing.anchorOffset, enclosing.anchorCopyIndex,
                                      enclosing.anchorCopyCount });
        return;
    }

    // A resource whose condition is false is not evaluated by ARM, so errors in its
    // expressions are no errors of the deployment. The condition is checked once here without a
    // copy index; conditions that depend on the index are checked per instance.
    bool notDeployed
        = std::any_of(enclosing.conditions.begin(), enclosing.conditions.end(),
                      [](const DeploymentCondition &c) { return isKnownFalse(c.value); });
    if (const JsonNode *condition = resource.member("condition"); condition && !notDeployed) {
        const Origin literal { OriginKind::Literal, &scope.file(), nullptr, {}, nullptr, {} };
        scope.errors().mute();
        notDeployed = isKnownFalse(valueFromNode(*condition, scope, literal));
        scope.errors().unmute();
    }
    if (notDeployed)
        scope.errors().mute();
    walkCopies(scope, resource, symbolicKey, enclosing, type);
    if (notDeployed)
        scope.errors().unmute();
}

void Walker::walkCopies(TemplateScope &scope, const JsonNode &resource, const JsonNode *symbolicKey,
                        const Enclosing &enclosing, const std::string &type)
{
    const JsonNode *copy = resource.member("copy");
    if (!copy || !copy->isObject()) {
        walkInstance(scope, resource, symbolicKey, enclosing, type, std::nullopt, 1);
        return;
    }

    const Origin literal { OriginKind::Literal, &scope.file(), nullptr, {}, nullptr, {} };
    const JsonNode *countNode = copy->member("count");
    const JsonNode *nameNode = copy->member("name");
    const std::string loopName
        = nameNode && nameNode->isString() ? nameNode->string : std::string();
    const Value count = countNode ? valueFromNode(*countNode, scope, literal) : Value();

    if (!count.isInteger()) {
        // The number of instances is unknown: evaluate the declaration once, without a copy
        // index, and let its findings state that the count decides whether it is deployed.
        // Errors are muted because expressions that need the index cannot be evaluated.
        Enclosing uncounted = enclosing;
        const std::string written = countNode && countNode->isString()
            ? writtenExpression(scope.file(), *countNode)
            : std::string("count");
        Value unresolved = count.isUnknown()
            ? count
            : Value::unknown("the copy count is " + count.toJsonText() + ", not an integer");
        uncounted.conditions.push_back(
            DeploymentCondition { written, "copy loop '" + loopName + "'", unresolved });
        scope.errors().mute();
        walkInstance(scope, resource, symbolicKey, uncounted, type, std::nullopt, 1);
        scope.errors().unmute();
        return;
    }

    std::int64_t instances = count.asInteger();
    if (instances > kMaxCopyCount) {
        scope.errors().add(countNode->span.begin,
                           "copy count " + std::to_string(instances) + " of loop '" + loopName
                               + "' exceeds ARM's maximum of 800; the first 800 are evaluated");
        instances = kMaxCopyCount;
    }
    for (std::int64_t index = 0; index < instances; ++index) {
        scope.pushCopyIndex(loopName, index);
        walkInstance(scope, resource, symbolicKey, enclosing, type, index, instances);
        scope.popCopyIndex();
    }
}

void Walker::walkInstance(TemplateScope &scope, const JsonNode &resource,
                          const JsonNode *symbolicKey, const Enclosing &enclosing,
                          const std::string &type, std::optional<std::int64_t> copyIndex,
                          std::int64_t copyCount)
{
    const Origin literal { OriginKind::Literal, &scope.file(), nullptr, {}, nullptr, {} };

    ArmResource instance;
    instance.scope = &scope;
    instance.file = &scope.file();
    instance.node = &resource;
    instance.type = type;
    const std::size_t declarationOffset
        = symbolicKey ? symbolicKey->keySpan.begin : resource.span.begin;
    const SourceFile &reportFile = enclosing.anchorFile ? *enclosing.anchorFile : scope.file();
    const std::size_t reportOffset
        = enclosing.anchorFile ? enclosing.anchorOffset : declarationOffset;
    instance.line = reportFile.lineOf(reportOffset);
    instance.column = reportFile.columnOf(reportOffset);
    instance.copyIndex = copyIndex ? copyIndex : enclosing.anchorCopyIndex;
    instance.copyCount = copyIndex ? copyCount : enclosing.anchorCopyCount;
    instance.conditions = enclosing.conditions;
    instance.callerFile = enclosing.anchorFile;
    instance.callParameters = enclosing.callParameters;

    if (const JsonNode *existing = resource.member("existing"))
        instance.existing = existing->type == JsonType::Boolean && existing->boolean;

    if (const JsonNode *condition = resource.member("condition")) {
        const std::string written = condition->isString()
            ? writtenExpression(scope.file(), *condition)
            : (condition->type == JsonType::Boolean ? (condition->boolean ? "true" : "false")
                                                    : "condition");
        instance.conditions.insert(
            instance.conditions.begin(),
            DeploymentCondition { written, "the resource",
                                  valueFromNode(*condition, scope, literal) });
    }

    const bool notDeployed
        = std::any_of(instance.conditions.begin(), instance.conditions.end(),
                      [](const DeploymentCondition &c) { return isKnownFalse(c.value); });
    if (notDeployed)
        scope.errors().mute();
    if (const JsonNode *name = resource.member("name"); name && name->isString()) {
        // A Bicep name that is an expression reads as the Bicep text, not its ARM translation.
        const bool translated = !name->string.empty() && name->string.front() == '[';
        instance.nameAsWritten = translated ? writtenExpression(scope.file(), *name) : name->string;
        instance.name = valueFromNode(*name, scope, literal);
    }

    if (m_wanted(instance.type))
        m_visit(instance);

    const bool isDeployment = equalsIgnoreCase(instance.type, "Microsoft.Resources/deployments");
    if (isDeployment && !instance.existing)
        walkNestedDeployment(scope, resource,
                             Enclosing { {},
                                         instance.conditions,
                                         enclosing.anchorFile,
                                         enclosing.anchorOffset,
                                         enclosing.anchorCopyIndex,
                                         enclosing.anchorCopyCount },
                             instance, declarationOffset);

    if (const JsonNode *children = resource.member("resources");
        children && (children->isArray() || children->isObject())) {
        walkResources(scope, *children,
                      Enclosing { instance.type, instance.conditions, enclosing.anchorFile,
                                  enclosing.anchorOffset, enclosing.anchorCopyIndex,
                                  enclosing.anchorCopyCount });
    }
    if (notDeployed)
        scope.errors().unmute();
}

void Walker::walkNestedDeployment(TemplateScope &scope, const JsonNode &deployment,
                                  const Enclosing &enclosing, const ArmResource &instance,
                                  std::size_t declarationOffset)
{
    const std::vector<DeploymentCondition> &conditions = enclosing.conditions;
    const JsonNode *properties = deployment.member("properties");
    const JsonNode *nested = properties ? properties->member("template") : nullptr;
    if (!nested || !nested->isObject())
        return; // A linked template (templateLink) is not read.

    const JsonNode *resources = nested->member("resources");
    if (!resources)
        return;

    std::vector<DeploymentCondition> nestedConditions = conditions;
    if (const JsonNode *name = deployment.member("name"); name && name->isString()) {
        for (DeploymentCondition &condition : nestedConditions) {
            if (condition.owner == "the resource")
                condition.owner = "deployment '" + name->string + "'";
        }
    }

    bool innerScope = false;
    if (const JsonNode *options = properties->member("expressionEvaluationOptions")) {
        const JsonNode *scopeNode = options->member("scope");
        innerScope
            = scopeNode && scopeNode->isString() && equalsIgnoreCase(scopeNode->string, "inner");
    }

    // Findings of an inline template report at their own declarations; findings of a template
    // read from another file report at the deployment that calls it.
    const NestedTemplateFiles *files = scope.nestedTemplateFiles();
    const auto moduleFile = files ? files->find(nested) : NestedTemplateFiles::const_iterator();
    const bool fromOtherFile = files && moduleFile != files->end();
    Enclosing nestedEnclosing = enclosing;
    nestedEnclosing.conditions = nestedConditions;
    if (fromOtherFile && !nestedEnclosing.anchorFile) {
        nestedEnclosing.anchorFile = &scope.file();
        nestedEnclosing.anchorOffset = declarationOffset;
        nestedEnclosing.anchorCopyIndex = instance.copyIndex;
        nestedEnclosing.anchorCopyCount = instance.copyCount;
        nestedEnclosing.callParameters = properties->member("parameters");
    } else if (fromOtherFile) {
        nestedEnclosing.callParameters = nullptr; // a module called by a module
    }

    if (!innerScope) {
        // Outer scope: the nested template reads the enclosing template's parameters and
        // variables.
        walkResources(scope, *resources, nestedEnclosing);
        return;
    }

    std::unique_ptr<TemplateScope> inner;
    if (fromOtherFile) {
        // The module file is also checked on its own, so its expression errors are reported
        // there; here they are dropped.
        auto errors = std::make_unique<TemplateErrors>(*moduleFile->second, std::string());
        errors->mute();
        inner = std::make_unique<TemplateScope>(*moduleFile->second, *nested, *errors);
        m_moduleErrors.push_back(std::move(errors));
    } else {
        inner = std::make_unique<TemplateScope>(scope.file(), *nested, scope.errors());
    }
    inner->setNestedTemplateFiles(files);
    if (const JsonNode *passed = properties->member("parameters"); passed && passed->isObject()) {
        for (const JsonNode &parameter : passed->children) {
            if (parameter.isObject())
                inner->setPassedParameter(parameter.key, parameter, scope,
                                          fromOtherFile ? &scope.file() : nullptr);
        }
    }
    TemplateScope &innerRef = *inner;
    m_nestedScopes.push_back(std::move(inner));
    walkResources(innerRef, *resources, nestedEnclosing);
}

} // namespace

void walkTemplate(TemplateScope &rootScope, const ResourceTypeFilter &wanted,
                  const ResourceVisitor &visit)
{
    const JsonNode *resources = rootScope.templateNode().member("resources");
    if (!resources || !(resources->isArray() || resources->isObject()))
        return;
    Walker walker(wanted, visit);
    walker.walkResources(rootScope, *resources, Enclosing {});
}

bool isDeploymentTemplateSchema(std::string_view schema)
{
    const std::string lower = toLowerAscii(schema);
    return lower.find("deploymenttemplate.json") != std::string::npos;
}

} // namespace compliance
