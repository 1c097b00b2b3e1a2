// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/arm/functionregistry.h"

namespace compliance {

FunctionCall::FunctionCall(const Expression &node, EvaluationScope &scope,
                           std::string_view expressionText)
    : m_node(node)
    , m_scope(scope)
    , m_expressionText(expressionText)
{ }

Value FunctionCall::argument(std::size_t index)
{
    Value value = evaluateExpression(*m_node.operands.at(index), m_scope, m_expressionText);
    noteInput(value);
    return value;
}

void FunctionCall::noteInput(const Value &value)
{
    if (m_placeholderSource.empty() && value.dependsOnPlaceholder())
        m_placeholderSource = value.placeholderSource();
}

Origin FunctionCall::computedOrigin() const
{
    Origin origin;
    origin.kind = OriginKind::Computed;
    origin.expression = std::string(m_expressionText);
    return origin;
}

Value FunctionCall::error(const std::string &message) const
{
    return Value::error(name() + ": " + message, computedOrigin());
}

Value FunctionCall::unknown(const std::string &reason) const
{
    return Value::unknown(reason, computedOrigin());
}

Value FunctionCall::wrongType(std::size_t index, std::string_view expected,
                              const Value &actual) const
{
    return error("expected " + std::string(expected) + " as argument " + std::to_string(index + 1)
                 + ", got " + describeKind(actual));
}

const FunctionRegistry &FunctionRegistry::instance()
{
    static const FunctionRegistry registry = [] {
        FunctionRegistry table;
        registerStringFunctions(table);
        registerLogicalFunctions(table);
        registerCollectionFunctions(table);
        registerNumericFunctions(table);
        registerConversionFunctions(table);
        registerDeploymentFunctions(table);
        registerHashFunctions(table);
        return table;
    }();
    return registry;
}

const FunctionDefinition *FunctionRegistry::find(std::string_view name) const
{
    const auto it = m_functions.find(lowerAscii(name));
    return it == m_functions.end() ? nullptr : &it->second;
}

void FunctionRegistry::addEager(std::string_view name, EagerFunction function,
                                std::size_t minArguments, std::size_t maxArguments)
{
    FunctionDefinition definition;
    definition.eager = function;
    definition.minArguments = minArguments;
    definition.maxArguments = maxArguments;
    m_functions[lowerAscii(name)] = definition;
}

void FunctionRegistry::addLazy(std::string_view name, LazyFunction function,
                               std::size_t minArguments, std::size_t maxArguments)
{
    FunctionDefinition definition;
    definition.lazy = function;
    definition.minArguments = minArguments;
    definition.maxArguments = maxArguments;
    m_functions[lowerAscii(name)] = definition;
}

std::string describeKind(const Value &value)
{
    switch (value.kind()) {
    case Value::Kind::Null:
        return "null";
    case Value::Kind::Boolean:
        return "a boolean";
    case Value::Kind::Integer:
        return "an integer";
    case Value::Kind::Double:
        return "a number";
    case Value::Kind::String:
        return "a string";
    case Value::Kind::Array:
        return "an array";
    case Value::Kind::Object:
        return "an object";
    case Value::Kind::Unknown:
        return "an unknown value";
    }
    return "a value";
}

std::string lowerAscii(std::string_view text)
{
    std::string lower(text);
    for (char &c : lower) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return lower;
}

} // namespace compliance
