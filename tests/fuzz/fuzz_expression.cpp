// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Parses the input as an ARM template expression and evaluates it in a scope without
// parameters, variables or copy loops. Any value or error is a pass. A crash, an uncaught
// exception, a sanitizer report or a parse failure without a message fails.
#include "core/arm/evaluator.h"
#include "core/arm/expression.h"
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using namespace compliance;

namespace {

class EmptyScope : public EvaluationScope
{
public:
    Value parameter(std::string_view name) override
    {
        return Value::unknown("parameter '" + std::string(name) + "' is not declared");
    }
    Value variable(std::string_view name) override
    {
        return Value::unknown("variable '" + std::string(name) + "' is not declared");
    }
    std::optional<std::int64_t> copyIndex(std::string_view) override { return std::nullopt; }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const ExpressionParseResult parsed = parseExpression(text);
    FUZZ_CHECK(parsed.expression != nullptr || !parsed.error.empty());
    FUZZ_CHECK(parsed.errorOffset <= text.size());

    EmptyScope scope;
    if (parsed.expression) {
        const Value value = evaluateExpression(*parsed.expression, scope, text);
        (void)value.toJsonText();
    }
    // The same text as a template string, the way the template walker evaluates it.
    const std::string templateString = "[" + std::string(text) + "]";
    const Value value = evaluateTemplateString(templateString, scope, Origin {});
    (void)value.toDisplayString();
    return 0;
}
