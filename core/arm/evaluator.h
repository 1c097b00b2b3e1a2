// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/arm/expression.h"
#include "core/model/value.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace compliance {

/// What an expression can see: the template's parameters and variables, and loop indexes.
/// The template walker implements it for each template and nested-deployment scope.
class EvaluationScope
{
public:
    virtual ~EvaluationScope() = default;

    /// The parameter's value (Unknown naming the parameter when it is required and has no
    /// value, or when it is not declared).
    virtual Value parameter(std::string_view name) = 0;
    virtual Value variable(std::string_view name) = 0;
    /// copyIndex(loopName): the current index in that loop (the innermost loop for an empty
    /// name), or nullopt outside a loop.
    virtual std::optional<std::int64_t> copyIndex(std::string_view loopName) = 0;

    /// Called for an invalid expression found in a template string; `origin.node` is the string.
    /// The template walker turns these into file errors. The default ignores them.
    virtual void reportExpressionError(const Origin &origin, std::string_view message)
    {
        (void)origin;
        (void)message;
    }
};

/// Evaluates a parsed expression.
///
/// Functions whose value is not known offline (reference(), list*(), unknown functions) give
/// Unknown naming the expression; resourceGroup(), subscription(), deployment() and
/// environment() give placeholder values marked with Value::placeholderSource(). Invalid calls
/// (wrong argument count or types) give Value::error(). `expressionText` is the full string as
/// written, for reasons.
Value evaluateExpression(const Expression &expression, EvaluationScope &scope,
                         std::string_view expressionText);

/// Evaluates one JSON string of a template: an expression string is parsed and evaluated
/// (parse errors give Value::error), "[[..." loses its first bracket, and any other string is a
/// literal. `literalOrigin` becomes the origin of literal results.
Value evaluateTemplateString(std::string_view text, EvaluationScope &scope,
                             const Origin &literalOrigin);

} // namespace compliance
