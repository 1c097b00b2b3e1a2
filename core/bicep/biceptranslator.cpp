// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/bicep/biceptranslator.h"

#include "core/arm/templatescope.h"

namespace compliance {

namespace {

using Kind = BicepExpression::Kind;

constexpr std::string_view kSchema
    = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";
// The apiVersion Bicep writes for the nested deployments of modules.
constexpr std::string_view kDeploymentsApiVersion = "2022-09-01";

JsonNode objectNode(Span span)
{
    JsonNode node;
    node.type = JsonType::Object;
    node.span = span;
    return node;
}

JsonNode withKey(JsonNode node, std::string key, Span keySpan = {})
{
    node.key = std::move(key);
    node.keySpan = keySpan;
    return node;
}

// The ARM parameter type for a Bicep type name; user-defined types are objects or arrays
// that the evaluator does not check.
std::string armParameterType(const BicepDeclaration &declaration)
{
    bool secure = false;
    for (const BicepDecorator &decorator : declaration.decorators)
        secure = secure || decorator.name == "secure";
    const std::string &type = declaration.typeName;
    if (type == "string")
        return secure ? "securestring" : "string";
    if (type == "int" || type == "bool" || type == "array")
        return type;
    return secure ? "secureObject" : "object";
}

} // namespace

bool isRegistryModulePath(std::string_view path)
{
    const std::string lower = toLowerAscii(path);
    for (std::string_view prefix : { "br:", "br/", "ts:", "ts/" }) {
        if (lower.rfind(prefix, 0) == 0)
            return true;
    }
    return false;
}

BicepTranslator::BicepTranslator(const BicepProgram &program, ModuleLoader loader)
    : m_program(program)
    , m_loader(std::move(loader))
    , m_symbols(BicepSymbols::collect(program))
    , m_expressions(m_symbols)
{ }

JsonNode BicepTranslator::syntheticString(std::string key, std::string value, Span span)
{
    JsonNode node;
    node.type = JsonType::String;
    node.string = std::move(value);
    node.span = span;
    return withKey(std::move(node), std::move(key));
}

JsonNode BicepTranslator::translate()
{
    JsonNode root = objectNode({});
    root.children.push_back(syntheticString("$schema", std::string(kSchema), {}));
    JsonNode parameters = withKey(objectNode({}), "parameters");
    JsonNode variables = withKey(objectNode({}), "variables");
    JsonNode resources = withKey(objectNode({}), "resources");

    for (const auto &declaration : m_program.declarations) {
        switch (declaration->kind) {
        case BicepDeclaration::Kind::Parameter:
            parameters.children.push_back(translateParameter(*declaration));
            break;
        case BicepDeclaration::Kind::Variable:
            if (declaration->value) {
                variables.children.push_back(
                    withKey(m_expressions.translateValue(*declaration->value), declaration->name,
                            declaration->nameSpan));
            }
            break;
        case BicepDeclaration::Kind::Resource:
        case BicepDeclaration::Kind::Module:
            resources.children.push_back(translateResource(*declaration));
            break;
        default:
            break;
        }
    }
    root.children.push_back(std::move(parameters));
    root.children.push_back(std::move(variables));
    root.children.push_back(std::move(resources));
    return root;
}

JsonNode BicepTranslator::translateParameter(const BicepDeclaration &declaration)
{
    JsonNode node = withKey(objectNode(declaration.span), declaration.name, declaration.nameSpan);
    node.children.push_back(
        syntheticString("type", armParameterType(declaration), declaration.nameSpan));
    if (declaration.value)
        node.children.push_back(
            withKey(m_expressions.translateValue(*declaration.value), "defaultValue"));
    for (const BicepDecorator &decorator : declaration.decorators) {
        if (decorator.name == "allowed" && decorator.arguments.size() == 1)
            node.children.push_back(withKey(
                m_expressions.translateValue(*decorator.arguments.front()), "allowedValues"));
    }
    const auto alias = m_symbols.typeAliases.find(declaration.typeName);
    const bool nullableAlias = alias != m_symbols.typeAliases.end() && alias->second;
    if (declaration.nullable || nullableAlias) {
        JsonNode nullable;
        nullable.type = JsonType::Boolean;
        nullable.boolean = true;
        nullable.span = declaration.nameSpan;
        node.children.push_back(withKey(std::move(nullable), "nullable"));
    }
    return node;
}

JsonNode BicepTranslator::translateResource(const BicepDeclaration &declaration)
{
    const BicepExpression *body = declaration.value.get();
    const BicepExpression *loop = nullptr;
    const BicepExpression *condition = nullptr;
    if (body && body->kind == Kind::For) {
        loop = body;
        body = loop->operands[1].get();
    }
    if (body && body->kind == Kind::If) {
        condition = body->operands[0].get();
        body = body->operands[1].get();
    }

    // The loop's items are read outside the loop; its variables are in scope inside it.
    std::string items;
    if (loop) {
        items = m_expressions.toArm(*loop->operands[0]);
        const std::string index = "copyIndex(" + armStringLiteral(declaration.name) + ")";
        m_symbols.locals.emplace_back(loop->names[0], items + "[" + index + "]");
        if (loop->names.size() > 1)
            m_symbols.locals.emplace_back(loop->names[1], index);
    }

    const Span typeSpan = declaration.pathSpan;
    JsonNode node = objectNode(body ? body->span : declaration.span);
    const bool isModule = declaration.kind == BicepDeclaration::Kind::Module;
    if (body && body->kind == Kind::Object && !isModule) {
        JsonNode translated = m_expressions.translateValue(*body);
        if (translated.isObject())
            node.children = std::move(translated.children);
        JsonNode children = withKey(objectNode(body->span), "resources");
        for (const auto &child : body->resources)
            children.children.push_back(translateResource(*child));
        if (!children.children.empty())
            node.children.push_back(std::move(children));
    }

    if (isModule) {
        translateModuleBody(declaration, body, node);
    } else {
        const std::string &path = declaration.path;
        const std::size_t at = path.find('@');
        node.children.push_back(syntheticString("type", path.substr(0, at), typeSpan));
        if (at != std::string::npos) {
            // The apiVersion's span is the version inside the type string, so a fix that
            // raises it rewrites only that part.
            const Span versionSpan { typeSpan.begin + 1 + at + 1, typeSpan.end - 1 };
            node.children.push_back(
                syntheticString("apiVersion", path.substr(at + 1), versionSpan));
        }
    }
    if (declaration.existing) {
        JsonNode existing;
        existing.type = JsonType::Boolean;
        existing.boolean = true;
        existing.span = declaration.span;
        node.children.push_back(withKey(std::move(existing), "existing"));
    }
    if (condition)
        node.children.push_back(withKey(m_expressions.translateValue(*condition), "condition"));
    if (loop) {
        JsonNode copy = withKey(objectNode(loop->span), "copy");
        copy.children.push_back(syntheticString("name", declaration.name, loop->span));
        copy.children.push_back(
            withKey(expressionNode("length(" + items + ")", loop->operands[0]->span), "count"));
        node.children.push_back(std::move(copy));
        m_symbols.locals.resize(m_symbols.locals.size() - loop->names.size());
    }
    // The declaration's first line is where findings report.
    return withKey(std::move(node), declaration.name,
                   Span { declaration.span.begin, declaration.nameSpan.end });
}

void BicepTranslator::translateModuleBody(const BicepDeclaration &declaration,
                                          const BicepExpression *body, JsonNode &node)
{
    const BicepExpression *name = nullptr;
    const BicepExpression *params = nullptr;
    if (body && body->kind == Kind::Object) {
        for (const BicepExpression::Property &property : body->properties) {
            if (property.key == "name")
                name = property.value.get();
            else if (property.key == "params")
                params = property.value.get();
        }
    }

    if (isRegistryModulePath(declaration.path)) {
        // A registry module that deploys a container registry becomes a registry whose settings
        // are unknown. Any other registry module is reported as a notice.
        if (toLowerAscii(declaration.path).find("container-registry") == std::string::npos) {
            m_notices.push_back(Notice { declaration.span.begin,
                                         "module '" + declaration.name + "' comes from '"
                                             + declaration.path
                                             + "', a registry that cannot be read offline; "
                                               "its resources are not checked" });
            return;
        }
        node.children.push_back(syntheticString("type", "Microsoft.ContainerRegistry/registries",
                                                declaration.pathSpan));
        node.children.push_back(syntheticString(std::string(kRegistryModuleMember),
                                                declaration.path, declaration.pathSpan));
        const BicepExpression *registryName = nullptr;
        if (params && params->kind == Kind::Object) {
            for (const BicepExpression::Property &property : params->properties) {
                if (property.key == "name")
                    registryName = property.value.get();
            }
        }
        if (registryName || name)
            node.children.push_back(withKey(
                m_expressions.translateValue(registryName ? *registryName : *name), "name"));
        return;
    }

    std::optional<JsonNode> moduleTemplate = m_loader(declaration, m_notices);
    if (!moduleTemplate)
        return;
    node.children.push_back(
        syntheticString("type", "Microsoft.Resources/deployments", declaration.pathSpan));
    node.children.push_back(
        syntheticString("apiVersion", std::string(kDeploymentsApiVersion), declaration.pathSpan));
    if (name)
        node.children.push_back(withKey(m_expressions.translateValue(*name), "name"));

    JsonNode properties = withKey(objectNode(node.span), "properties");
    JsonNode options = withKey(objectNode(node.span), "expressionEvaluationOptions");
    options.children.push_back(syntheticString("scope", "inner", node.span));
    properties.children.push_back(std::move(options));
    // Without a `params` object there is nothing to insert passed values into: no span.
    const bool hasParams = params && params->kind == Kind::Object;
    JsonNode parameters = withKey(objectNode(hasParams ? params->span : Span {}), "parameters");
    if (params && params->kind == Kind::Object) {
        for (const BicepExpression::Property &property : params->properties) {
            if (property.spread || property.keyExpression)
                continue;
            JsonNode passed
                = withKey(objectNode(property.value->span), property.key, property.keySpan);
            passed.children.push_back(
                withKey(m_expressions.translateValue(*property.value), "value"));
            parameters.children.push_back(std::move(passed));
        }
    }
    properties.children.push_back(std::move(parameters));
    properties.children.push_back(withKey(std::move(*moduleTemplate), "template"));
    node.children.push_back(std::move(properties));
}

} // namespace compliance
