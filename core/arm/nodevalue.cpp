// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/arm/nodevalue.h"

namespace compliance {

Value valueFromNode(const JsonNode &node, EvaluationScope &scope, const Origin &base)
{
    Origin origin = base;
    origin.node = &node;

    switch (node.type) {
    case JsonType::Null:
        return Value::null(origin);
    case JsonType::Boolean:
        return Value::boolean(node.boolean, origin);
    case JsonType::Integer:
        return Value::integer(node.integer, origin);
    case JsonType::Double:
        return Value::number(node.number, origin);
    case JsonType::String: {
        Value value = evaluateTemplateString(node.string, scope, origin);
        if (value.isError())
            scope.reportExpressionError(origin, value.unknownReason());
        return value;
    }
    case JsonType::Array: {
        Value::Array items;
        items.reserve(node.children.size());
        for (const JsonNode &child : node.children)
            items.push_back(valueFromNode(child, scope, base));
        return Value::array(std::move(items), origin);
    }
    case JsonType::Object: {
        Value::Object members;
        members.reserve(node.children.size());
        for (const JsonNode &child : node.children)
            members.emplace_back(child.key, valueFromNode(child, scope, base));
        return Value::object(std::move(members), origin);
    }
    }
    return Value::null(origin);
}

Value literalValueFromNode(const JsonNode &node, const Origin &base)
{
    Origin origin = base;
    origin.node = &node;

    switch (node.type) {
    case JsonType::Null:
        return Value::null(origin);
    case JsonType::Boolean:
        return Value::boolean(node.boolean, origin);
    case JsonType::Integer:
        return Value::integer(node.integer, origin);
    case JsonType::Double:
        return Value::number(node.number, origin);
    case JsonType::String:
        return Value::string(node.string, origin);
    case JsonType::Array: {
        Value::Array items;
        items.reserve(node.children.size());
        for (const JsonNode &child : node.children)
            items.push_back(literalValueFromNode(child, base));
        return Value::array(std::move(items), origin);
    }
    case JsonType::Object: {
        Value::Object members;
        members.reserve(node.children.size());
        for (const JsonNode &child : node.children)
            members.emplace_back(child.key, literalValueFromNode(child, base));
        return Value::object(std::move(members), origin);
    }
    }
    return Value::null(origin);
}

} // namespace compliance
