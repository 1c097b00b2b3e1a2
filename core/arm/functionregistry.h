// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

// Internal to the evaluator: the table of template functions and what each one receives.

#include "core/arm/evaluator.h"

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace compliance {

/// One function call being evaluated: its node, its scope, and its arguments on request.
///
/// Arguments that are evaluated through `argument()` are remembered, so the evaluator can mark
/// the result with the first placeholder source found among them.
class FunctionCall
{
public:
    FunctionCall(const Expression &node, EvaluationScope &scope, std::string_view expressionText);

    /// The function name as written in the template.
    const std::string &name() const { return m_node.text; }
    std::size_t argumentCount() const { return m_node.operands.size(); }
    /// Evaluates argument `index` (0-based).
    Value argument(std::size_t index);
    /// Notes an input value that the result is computed from, for placeholder propagation.
    void noteInput(const Value &value);
    const std::string &placeholderSource() const { return m_placeholderSource; }

    EvaluationScope &scope() { return m_scope; }
    std::string_view expressionText() const { return m_expressionText; }
    /// Origin{Computed} with the full expression text, for newly computed values.
    Origin computedOrigin() const;

    /// Value::error with the message prefixed by the function name, e.g. "concat: ...".
    Value error(const std::string &message) const;
    /// Value::unknown with `reason`, for results that are not known offline.
    Value unknown(const std::string &reason) const;
    /// An error saying that argument `index` (0-based) should be `expected`.
    Value wrongType(std::size_t index, std::string_view expected, const Value &actual) const;

private:
    const Expression &m_node;
    EvaluationScope &m_scope;
    std::string_view m_expressionText;
    std::string m_placeholderSource;
};

/// A function that receives its arguments evaluated, after the evaluator has returned any
/// Unknown or error argument in their place.
using EagerFunction = Value (*)(FunctionCall &call, const std::vector<Value> &arguments);
/// A function that evaluates its own arguments, such as if() and coalesce().
using LazyFunction = Value (*)(FunctionCall &call);

struct FunctionDefinition
{
    EagerFunction eager = nullptr;
    LazyFunction lazy = nullptr;
    std::size_t minArguments = 0;
    std::size_t maxArguments = std::numeric_limits<std::size_t>::max();
};

/// The built-in template functions by name. Look-ups ignore case, as ARM does.
class FunctionRegistry
{
public:
    static const FunctionRegistry &instance();

    const FunctionDefinition *find(std::string_view name) const;

    void addEager(std::string_view name, EagerFunction function, std::size_t minArguments,
                  std::size_t maxArguments = std::numeric_limits<std::size_t>::max());
    void addLazy(std::string_view name, LazyFunction function, std::size_t minArguments,
                 std::size_t maxArguments = std::numeric_limits<std::size_t>::max());

private:
    std::unordered_map<std::string, FunctionDefinition> m_functions; ///< Keys in lower case.
};

/// A short type name for messages: "a string", "an array", ...
std::string describeKind(const Value &value);
/// Returns `text` with its ASCII letters in lower case.
std::string lowerAscii(std::string_view text);

void registerStringFunctions(FunctionRegistry &registry);
void registerLogicalFunctions(FunctionRegistry &registry);
void registerCollectionFunctions(FunctionRegistry &registry);
void registerNumericFunctions(FunctionRegistry &registry);
void registerConversionFunctions(FunctionRegistry &registry);
void registerDeploymentFunctions(FunctionRegistry &registry);
void registerHashFunctions(FunctionRegistry &registry);

} // namespace compliance
