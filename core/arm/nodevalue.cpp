// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/arm/nodevalue.h"

#include "core/arm/templatescope.h"

namespace compliance {

namespace {

// Converts `node`, evaluating strings with `scope`, or taking them literally when it is null.
Value convertNode(const JsonNode &node, EvaluationScope *scope, const Origin &base)
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
        if (!scope)
            return Value::string(node.string, origin);
        Value value = evaluateTemplateString(node.string, *scope, origin);
        if (value.isError())
            scope->reportExpressionError(origin, value.unknownReason());
        // A value computed from a Bicep file's translated expression names the Bicep text.
        Origin &computed = value.origin();
        if (computed.kind == OriginKind::Computed && computed.expression == node.string && base.file
            && isBicepPath(base.file->path()) && node.span.size() > 0
            && node.span.end <= base.file->text().size())
            computed.expression = std::string(base.file->textOf(node.span));
        return value;
    }
    case JsonType::Array: {
        Value::Array items;
        items.reserve(node.children.size());
        for (const JsonNode &child : node.children)
            items.push_back(convertNode(child, scope, base));
        return Value::array(std::move(items), origin);
    }
    case JsonType::Object: {
        Value::Object members;
        members.reserve(node.children.size());
        for (const JsonNode &child : node.children)
            members.emplace_back(child.key, convertNode(child, scope, base));
        return Value::object(std::move(members), origin);
    }
    }
    return Value::null(origin);
}

} // namespace

Value valueFromNode(const JsonNode &node, EvaluationScope &scope, const Origin &base)
{
    return convertNode(node, &scope, base);
}

Value literalValueFromNode(const JsonNode &node, const Origin &base)
{
    return convertNode(node, nullptr, base);
}

} // namespace compliance
