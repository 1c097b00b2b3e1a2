// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Integer functions: add, sub, mul, div, mod, min, max, range.

#include "core/arm/functionregistry.h"

namespace compliance {

namespace {

enum class Operation { Add, Subtract, Multiply, Divide, Modulo };

Value arithmetic(FunctionCall &call, const std::vector<Value> &arguments, Operation operation)
{
    for (std::size_t i = 0; i < 2; ++i) {
        if (!arguments[i].isInteger())
            return call.wrongType(i, "an integer", arguments[i]);
    }
    const std::int64_t left = arguments[0].asInteger();
    const std::int64_t right = arguments[1].asInteger();
    std::int64_t result = 0;
    bool overflow = false;
    switch (operation) {
    case Operation::Add:
        overflow = __builtin_add_overflow(left, right, &result);
        break;
    case Operation::Subtract:
        overflow = __builtin_sub_overflow(left, right, &result);
        break;
    case Operation::Multiply:
        overflow = __builtin_mul_overflow(left, right, &result);
        break;
    case Operation::Divide:
    case Operation::Modulo:
        if (right == 0)
            return call.error("division by zero");
        if (left == std::numeric_limits<std::int64_t>::min() && right == -1)
            overflow = true;
        else
            result = operation == Operation::Divide ? left / right : left % right;
        break;
    }
    if (overflow)
        return call.error("the result of " + std::to_string(left) + " and " + std::to_string(right)
                          + " is outside the 64-bit integer range");
    return Value::integer(result);
}

Value add(FunctionCall &call, const std::vector<Value> &arguments)
{
    return arithmetic(call, arguments, Operation::Add);
}

Value sub(FunctionCall &call, const std::vector<Value> &arguments)
{
    return arithmetic(call, arguments, Operation::Subtract);
}

Value mul(FunctionCall &call, const std::vector<Value> &arguments)
{
    return arithmetic(call, arguments, Operation::Multiply);
}

Value div(FunctionCall &call, const std::vector<Value> &arguments)
{
    return arithmetic(call, arguments, Operation::Divide);
}

Value mod(FunctionCall &call, const std::vector<Value> &arguments)
{
    return arithmetic(call, arguments, Operation::Modulo);
}

// min() and max() take integers, or one array of integers.
Value extreme(FunctionCall &call, const std::vector<Value> &arguments, bool maximum)
{
    const bool fromArray = arguments.size() == 1 && arguments[0].isArray();
    const Value::Array &values = fromArray ? arguments[0].items() : arguments;
    if (values.empty())
        return call.error("expected at least one integer, got an empty array");
    const Value *best = nullptr;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!values[i].isInteger()) {
            if (fromArray)
                return call.error("expected an array of integers, found " + describeKind(values[i])
                                  + " in it");
            return call.wrongType(i, "an integer", values[i]);
        }
        if (best == nullptr
            || (maximum ? values[i].asInteger() > best->asInteger()
                        : values[i].asInteger() < best->asInteger()))
            best = &values[i];
    }
    return Value::integer(best->asInteger());
}

Value min(FunctionCall &call, const std::vector<Value> &arguments)
{
    return extreme(call, arguments, false);
}

Value max(FunctionCall &call, const std::vector<Value> &arguments)
{
    return extreme(call, arguments, true);
}

// NOTE: this cap keeps a typo from exhausting memory. It is meant to match ARM's own limit for
// range(), which was not checked.
constexpr std::int64_t kMaxRangeCount = 10000;

Value range(FunctionCall &call, const std::vector<Value> &arguments)
{
    for (std::size_t i = 0; i < 2; ++i) {
        if (!arguments[i].isInteger())
            return call.wrongType(i, "an integer", arguments[i]);
    }
    const std::int64_t start = arguments[0].asInteger();
    const std::int64_t count = arguments[1].asInteger();
    if (count < 0 || count > kMaxRangeCount)
        return call.error("count " + std::to_string(count) + " is outside 0 to "
                          + std::to_string(kMaxRangeCount));
    if (start > std::numeric_limits<std::int32_t>::max() - count)
        return call.error("start " + std::to_string(start) + " plus count " + std::to_string(count)
                          + " exceeds 2147483647");
    Value::Array items;
    for (std::int64_t i = 0; i < count; ++i)
        items.push_back(Value::integer(start + i, call.computedOrigin()));
    return Value::array(std::move(items));
}

} // namespace

void registerNumericFunctions(FunctionRegistry &registry)
{
    registry.addEager("add", add, 2, 2);
    registry.addEager("sub", sub, 2, 2);
    registry.addEager("mul", mul, 2, 2);
    registry.addEager("div", div, 2, 2);
    registry.addEager("mod", mod, 2, 2);
    registry.addEager("min", min, 1);
    registry.addEager("max", max, 1);
    registry.addEager("range", range, 2, 2);
}

} // namespace compliance
