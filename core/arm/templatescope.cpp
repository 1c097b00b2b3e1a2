// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/arm/templatescope.h"

#include "core/arm/nodevalue.h"

#include <algorithm>

namespace compliance {

namespace {

// Each variable or parameter that reads another nests one evaluation deeper on the stack.
// A chain this long is no real template, and following it could overflow the stack.
constexpr std::size_t kMaxReferenceDepth = 200;

const std::string &referenceDepthMessage()
{
    static const std::string message = "a chain of more than " + std::to_string(kMaxReferenceDepth)
        + " variables and parameters that read each other is not evaluated; shorten the chain";
    return message;
}

} // namespace

std::string toLowerAscii(std::string_view text)
{
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) {
        return static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    });
    return lower;
}

bool isBicepPath(std::string_view path)
{
    const std::string lower = toLowerAscii(path);
    const auto endsWith = [&](std::string_view suffix) {
        return lower.size() >= suffix.size()
            && lower.compare(lower.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    return endsWith(".bicep") || endsWith(".bicepparam");
}

namespace {

// True when a parameter declaration, or the type definition its `$ref` names, sets
// `"nullable": true` (languageVersion 2.0).
bool isNullable(const JsonNode &templateNode, const JsonNode &declaration)
{
    const auto flagged = [](const JsonNode &node) {
        const JsonNode *nullable = node.member("nullable");
        return nullable && nullable->type == JsonType::Boolean && nullable->boolean;
    };
    if (flagged(declaration))
        return true;

    const JsonNode *ref = declaration.member("$ref");
    constexpr std::string_view prefix = "#/definitions/";
    if (!ref || !ref->isString() || ref->string.rfind(prefix, 0) != 0)
        return false;
    const JsonNode *definitions = templateNode.member("definitions");
    const JsonNode *definition = definitions
        ? definitions->member(std::string_view(ref->string).substr(prefix.size()))
        : nullptr;
    return definition && flagged(*definition);
}

} // namespace

TemplateErrors::TemplateErrors(const SourceFile &file, std::string relativeFile)
    : m_file(file)
    , m_relativeFile(std::move(relativeFile))
{ }

void TemplateErrors::add(std::size_t offset, std::string message)
{
    if (m_muteDepth > 0)
        return;
    const int line = m_file.lineOf(offset);
    if (!m_seen.emplace(line, message).second)
        return;
    m_errors.push_back(
        FileError { m_relativeFile, line, m_file.columnOf(offset), std::move(message) });
}

TemplateScope::TemplateScope(const SourceFile &file, const JsonNode &templateNode,
                             TemplateErrors &errors)
    : m_file(file)
    , m_template(templateNode)
    , m_errors(errors)
{ }

void TemplateScope::setPassedParameter(const std::string &name, const JsonNode &valueNode,
                                       EvaluationScope &outer, const SourceFile *valueFile)
{
    m_passed[toLowerAscii(name)] = PassedParameter { &valueNode, &outer, nullptr, valueFile };
}

void TemplateScope::setParameterFileValue(const std::string &name, const JsonNode &valueNode,
                                          const SourceFile &parameterFile)
{
    m_passed[toLowerAscii(name)] = PassedParameter { &valueNode, nullptr, &parameterFile };
}

// Reported once for the template, and Unknown (not an error) above it, so each link of the
// chain does not report it again.
Value TemplateScope::referenceDepthLimit(std::string_view name)
{
    m_errors.add(m_template.span.begin, referenceDepthMessage());
    return Value::unknown("'" + std::string(name) + "' is read through more than "
                          + std::to_string(kMaxReferenceDepth)
                          + " variables and parameters in a chain, which is not evaluated");
}

Value TemplateScope::parameter(std::string_view name)
{
    const std::string key = toLowerAscii(name);
    if (auto cached = m_parameterCache.find(key); cached != m_parameterCache.end())
        return cached->second;

    if (m_inProgress.size() >= kMaxReferenceDepth)
        return referenceDepthLimit(name);
    if (!m_inProgress.insert("p:" + key).second)
        return Value::error("parameter '" + std::string(name) + "' refers to itself");
    Value value = checkAllowedValues(evaluateParameter(key, name), name);
    m_inProgress.erase("p:" + key);

    m_parameterCache.emplace(key, value);
    return value;
}

// Azure rejects a deployment whose parameter value is not among the declaration's
// allowedValues, so such a value decides nothing; it is Unknown with the reason. Only string
// values against a list of literal strings are checked. Case is ignored, so a value that
// differs from an allowed one only in case is not reported. Whether Azure accepts such a
// value is not checked here.
// NOTE: numbers, arrays and allowedValues written as expressions are not checked.
Value TemplateScope::checkAllowedValues(Value value, std::string_view name) const
{
    if (!value.isString())
        return value;
    const JsonNode *parameters = m_template.member("parameters");
    const JsonNode *declaration = parameters ? parameters->member(name) : nullptr;
    const JsonNode *allowed = declaration ? declaration->member("allowedValues") : nullptr;
    if (!allowed || !allowed->isArray() || allowed->children.empty())
        return value;
    std::string listed;
    for (const JsonNode &entry : allowed->children) {
        if (!entry.isString() || entry.string.starts_with('['))
            return value;
        if (equalsIgnoreCase(entry.string, value.asString()))
            return value;
        listed += (listed.empty() ? "'" : ", '") + entry.string + "'";
    }
    return Value::unknown("parameter '" + std::string(name) + "' is '" + value.asString()
                              + "', which is not among its allowedValues (" + listed
                              + "), so Azure rejects the deployment; add the value to "
                                "allowedValues or pass an allowed one",
                          value.origin());
}

Value TemplateScope::evaluateParameter(const std::string &key, std::string_view name)
{
    const JsonNode *parameters = m_template.member("parameters");
    const JsonNode *declaration = parameters ? parameters->member(name) : nullptr;

    if (auto passed = m_passed.find(key); passed != m_passed.end()) {
        Value value = evaluatePassedParameter(passed->second, name, declaration);
        // ARM treats a null passed for a parameter with a default as no value, so the default
        // applies. Bicep relies on this for optional module parameters (`x: settings.?x`).
        if (!value.isNull() || !declaration || !declaration->member("defaultValue"))
            return value;
    }

    if (!declaration)
        return Value::unknown("parameter '" + std::string(name) + "' is not declared");

    if (const JsonNode *defaultValue = declaration->member("defaultValue")) {
        Origin origin {
            OriginKind::ParameterDefault, &m_file, defaultValue, declaration->key, declaration, {}
        };
        return valueFromNode(*defaultValue, *this, origin);
    }

    // languageVersion 2.0: a nullable parameter without a value is null.
    if (isNullable(m_template, *declaration))
        return Value::null(Origin {
            OriginKind::ParameterDefault, &m_file, nullptr, declaration->key, declaration, {} });

    return Value::unknown("parameter '" + declaration->key + "' is required and has no value");
}

Value TemplateScope::evaluatePassedParameter(const PassedParameter &passed, std::string_view name,
                                             const JsonNode *declaration)
{
    const JsonNode &valueNode = *passed.valueNode;
    if (valueNode.member("reference"))
        return Value::unknown("parameter '" + std::string(name)
                              + "' is a Key Vault reference, only known at deployment");

    const JsonNode *value = valueNode.member("value");
    if (!value)
        return Value::unknown("parameter '" + std::string(name)
                              + "' is passed without a 'value' member");

    if (passed.parameterFile) {
        Origin origin { OriginKind::ParameterValue,
                        passed.parameterFile,
                        value,
                        std::string(name),
                        declaration,
                        {},
                        &m_file };
        return literalValueFromNode(*value, origin);
    }
    // A value passed from another file (a Bicep module call) is edited in that file, and the
    // declaration's allowedValues in this one.
    Origin origin { OriginKind::ParameterValue,
                    passed.valueFile ? passed.valueFile : &m_file,
                    value,
                    std::string(name),
                    declaration,
                    {},
                    passed.valueFile ? &m_file : nullptr };
    return valueFromNode(*value, *passed.outer, origin);
}

Value TemplateScope::variable(std::string_view name)
{
    const std::string key = toLowerAscii(name);
    if (auto cached = m_variableCache.find(key); cached != m_variableCache.end())
        return cached->second;

    const JsonNode *variables = m_template.member("variables");
    const JsonNode *node
        = variables && !equalsIgnoreCase(name, "copy") ? variables->member(name) : nullptr;
    if (!node) {
        // Variables built by a loop are declared in the `copy` array of `variables`.
        const JsonNode *loops = variables ? variables->member("copy") : nullptr;
        for (const JsonNode &loop :
             loops && loops->isArray() ? loops->children : std::vector<JsonNode> {}) {
            const JsonNode *loopName = loop.member("name");
            if (loopName && loopName->isString() && equalsIgnoreCase(loopName->string, name)) {
                Value value = evaluateCopyVariable(loop, name);
                m_variableCache.emplace(key, value);
                return value;
            }
        }
        return Value::unknown("variable '" + std::string(name) + "' is not declared");
    }

    if (m_inProgress.size() >= kMaxReferenceDepth)
        return referenceDepthLimit(name);
    if (!m_inProgress.insert("v:" + key).second)
        return Value::error("variable '" + std::string(name) + "' refers to itself");
    Origin origin { OriginKind::Variable, &m_file, node, node->key, nullptr, {} };
    Value value = valueFromNode(*node, *this, origin);
    m_inProgress.erase("v:" + key);

    m_variableCache.emplace(key, value);
    return value;
}

Value TemplateScope::evaluateCopyVariable(const JsonNode &loop, std::string_view name)
{
    const std::string key = "v:" + toLowerAscii(name);
    if (!m_inProgress.insert(key).second)
        return Value::error("variable '" + std::string(name) + "' refers to itself");

    const Origin origin { OriginKind::Variable, &m_file, &loop, std::string(name), nullptr, {} };
    const JsonNode *countNode = loop.member("count");
    const JsonNode *input = loop.member("input");
    const Value count = countNode ? valueFromNode(*countNode, *this, origin) : Value();

    Value result;
    if (!input) {
        result = Value::error("variable loop '" + std::string(name) + "' has no 'input'");
    } else if (count.isUnknown()) {
        result = count;
    } else if (!count.isInteger() || count.asInteger() < 0) {
        result = Value::error("variable loop '" + std::string(name)
                              + "' needs a non-negative integer count");
    } else {
        Value::Array items;
        for (std::int64_t index = 0; index < count.asInteger(); ++index) {
            pushCopyIndex(std::string(name), index);
            items.push_back(valueFromNode(*input, *this, origin));
            popCopyIndex();
        }
        Origin computed = origin;
        computed.kind = OriginKind::Computed;
        computed.node = nullptr;
        result = Value::array(std::move(items), computed);
    }
    m_inProgress.erase(key);
    return result;
}

std::optional<std::int64_t> TemplateScope::copyIndex(std::string_view loopName)
{
    if (m_copyIndexes.empty())
        return std::nullopt;
    if (loopName.empty())
        return m_copyIndexes.back().second;
    for (auto it = m_copyIndexes.rbegin(); it != m_copyIndexes.rend(); ++it) {
        if (equalsIgnoreCase(it->first, loopName))
            return it->second;
    }
    return std::nullopt;
}

void TemplateScope::reportExpressionError(const Origin &origin, std::string_view message)
{
    const std::size_t offset = origin.node ? origin.node->span.begin : 0;
    std::string text(message);
    if (origin.node && origin.node->isString())
        text += " in expression " + origin.node->string;
    m_errors.add(offset, std::move(text));
}

void TemplateScope::pushCopyIndex(std::string loopName, std::int64_t index)
{
    m_copyIndexes.emplace_back(std::move(loopName), index);
}

void TemplateScope::popCopyIndex()
{
    if (!m_copyIndexes.empty())
        m_copyIndexes.pop_back();
}

} // namespace compliance
