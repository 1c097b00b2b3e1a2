// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/arm/evaluator.h"

#include "core/arm/functionregistry.h"

namespace compliance {

namespace {

Origin computedOrigin(std::string_view expressionText)
{
    Origin origin;
    origin.kind = OriginKind::Computed;
    origin.expression = std::string(expressionText);
    return origin;
}

// A value built without an origin is new: it points at the expression that computed it.
void markComputed(Value &value, std::string_view expressionText)
{
    Origin &origin = value.origin();
    if (origin.kind == OriginKind::Computed && origin.node == nullptr && origin.expression.empty())
        origin.expression = std::string(expressionText);
}

std::string argumentCountMessage(const FunctionDefinition &definition, std::size_t given)
{
    const std::size_t min = definition.minArguments;
    const std::size_t max = definition.maxArguments;
    const auto plural = [](std::size_t n) {
        return n == 1 ? " argument" : " arguments";
    };
    std::string expected;
    if (min == max)
        expected = std::to_string(min) + plural(min);
    else if (max == std::numeric_limits<std::size_t>::max())
        expected = "at least " + std::to_string(min) + plural(min);
    else
        expected = std::to_string(min) + " to " + std::to_string(max) + " arguments";
    return "expected " + expected + ", got " + std::to_string(given);
}

bool startsWithIgnoreCase(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size()
        && lowerAscii(text.substr(0, prefix.size())) == lowerAscii(prefix);
}

Value evaluateUnregisteredCall(const Expression &node, std::string_view expressionText)
{
    const Origin origin = computedOrigin(expressionText);
    if (node.text.find('.') != std::string::npos)
        return Value::unknown(
            "user-defined function " + node.text + "(...) is not evaluated offline", origin);
    // listKeys(), listSecrets() and every other list* function read the deployed resource.
    if (startsWithIgnoreCase(node.text, "list"))
        return Value::unknown(node.text + "(...) is only known at deployment", origin);
    return Value::unknown(node.text
                              + "(...) is not a known template function, so its value is "
                                "only known at deployment",
                          origin);
}

Value evaluateCall(const Expression &node, EvaluationScope &scope, std::string_view expressionText)
{
    const FunctionDefinition *definition = FunctionRegistry::instance().find(node.text);
    if (definition == nullptr)
        return evaluateUnregisteredCall(node, expressionText);

    FunctionCall call(node, scope, expressionText);
    const std::size_t count = node.operands.size();
    if (count < definition->minArguments || count > definition->maxArguments)
        return call.error(argumentCountMessage(*definition, count));

    Value result;
    if (definition->lazy != nullptr) {
        result = definition->lazy(call);
    } else {
        std::vector<Value> arguments;
        arguments.reserve(count);
        for (std::size_t i = 0; i < count; ++i)
            arguments.push_back(call.argument(i));
        for (const Value &argument : arguments) {
            if (argument.isUnknown())
                return argument;
        }
        result = definition->eager(call, arguments);
    }

    markComputed(result, expressionText);
    if (!result.dependsOnPlaceholder() && !call.placeholderSource().empty())
        result.setPlaceholderSource(call.placeholderSource());
    return result;
}

// The member keeps its own origin; it inherits the container's placeholder mark.
Value selectMember(const Value &container, const Value &member)
{
    Value selected = member;
    if (!selected.dependsOnPlaceholder() && container.dependsOnPlaceholder())
        selected.setPlaceholderSource(container.placeholderSource());
    return selected;
}

Value missingMember(const Value &container, const std::string &description,
                    std::string_view expressionText)
{
    const Origin origin = computedOrigin(expressionText);
    if (container.dependsOnPlaceholder()) {
        Value value = Value::unknown(description + " of " + container.placeholderSource()
                                         + " is only known at deployment",
                                     origin);
        value.setPlaceholderSource(container.placeholderSource());
        return value;
    }
    return Value::error(description + " does not exist in " + container.toJsonText(), origin);
}

Value accessProperty(const Value &container, const std::string &name,
                     std::string_view expressionText)
{
    if (container.isUnknown())
        return container;
    if (!container.isObject())
        return Value::error("cannot read property '" + name + "' of " + describeKind(container),
                            computedOrigin(expressionText));
    if (const Value *member = container.member(name))
        return selectMember(container, *member);
    return missingMember(container, "property '" + name + "'", expressionText);
}

Value accessIndex(const Value &container, const Value &index, std::string_view expressionText)
{
    if (container.isUnknown())
        return container;
    if (index.isUnknown())
        return index;
    if (container.isObject() && index.isString()) {
        // A key chosen by a placeholder (resourceGroup().location) names a real member only at
        // deployment, so a miss is unknown rather than an error.
        if (index.dependsOnPlaceholder() && container.member(index.asString()) == nullptr) {
            Value value = Value::unknown("the member selected by " + index.placeholderSource()
                                             + " is only known at deployment",
                                         computedOrigin(expressionText));
            value.setPlaceholderSource(index.placeholderSource());
            return value;
        }
        return accessProperty(container, index.asString(), expressionText);
    }
    if (container.isArray() && index.isInteger()) {
        const auto &items = container.items();
        const std::int64_t position = index.asInteger();
        if (position < 0 || position >= static_cast<std::int64_t>(items.size()))
            return Value::error("index " + std::to_string(position)
                                    + " is outside the array of length "
                                    + std::to_string(items.size()),
                                computedOrigin(expressionText));
        return selectMember(container, items[static_cast<std::size_t>(position)]);
    }
    return Value::error("cannot index " + describeKind(container) + " with " + describeKind(index),
                        computedOrigin(expressionText));
}

} // namespace

Value evaluateExpression(const Expression &expression, EvaluationScope &scope,
                         std::string_view expressionText)
{
    switch (expression.kind) {
    case Expression::Kind::String:
        return Value::string(expression.text, computedOrigin(expressionText));
    case Expression::Kind::Integer:
        return Value::integer(expression.integer, computedOrigin(expressionText));
    case Expression::Kind::Call:
        return evaluateCall(expression, scope, expressionText);
    case Expression::Kind::Property: {
        const Value container
            = evaluateExpression(*expression.operands.at(0), scope, expressionText);
        return accessProperty(container, expression.text, expressionText);
    }
    case Expression::Kind::Index: {
        const Value container
            = evaluateExpression(*expression.operands.at(0), scope, expressionText);
        const Value index = evaluateExpression(*expression.operands.at(1), scope, expressionText);
        Value result = accessIndex(container, index, expressionText);
        if (!result.dependsOnPlaceholder() && index.dependsOnPlaceholder())
            result.setPlaceholderSource(index.placeholderSource());
        return result;
    }
    }
    return Value::error("invalid expression node", computedOrigin(expressionText));
}

Value evaluateTemplateString(std::string_view text, EvaluationScope &scope,
                             const Origin &literalOrigin)
{
    // "[[...]" is the escape for a literal string that starts with '[' and ends with ']'.
    if (text.size() >= 2 && text.front() == '[' && text.back() == ']' && text[1] == '[')
        return Value::string(std::string(text.substr(1)), literalOrigin);
    if (!isExpressionString(text))
        return Value::string(std::string(text), literalOrigin);

    const std::string_view inner = text.substr(1, text.size() - 2);
    const ExpressionParseResult parsed = parseExpression(inner);
    Value result;
    if (!parsed.expression) {
        // Offsets in messages count from the start of the JSON string, bracket included.
        result = Value::error("invalid expression " + std::string(text) + ": " + parsed.error
                                  + " (at offset " + std::to_string(parsed.errorOffset + 1) + ")",
                              computedOrigin(text));
    } else {
        result = evaluateExpression(*parsed.expression, scope, text);
    }
    if (result.isError())
        scope.reportExpressionError(literalOrigin, result.unknownReason());
    return result;
}

} // namespace compliance
