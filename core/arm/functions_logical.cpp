// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Logical and comparison functions: if, coalesce, and, or, not, true, false, equals, less,
// lessOrEquals, greater, greaterOrEquals.

#include "core/arm/functionregistry.h"

namespace compliance {

namespace {

// Only the chosen branch is evaluated, as in ARM, so an Unknown or an error in the other
// branch does not leak into the result.
Value ifFunction(FunctionCall &call)
{
    const Value condition = call.argument(0);
    if (condition.isUnknown())
        return condition;
    if (!condition.isBoolean())
        return call.wrongType(0, "a boolean condition", condition);
    return call.argument(condition.asBoolean() ? 1 : 2);
}

// Stops at the first non-null argument. An Unknown before it makes the result Unknown,
// because that argument might have been the first non-null one.
Value coalesce(FunctionCall &call)
{
    for (std::size_t i = 0; i < call.argumentCount(); ++i) {
        Value value = call.argument(i);
        if (value.isUnknown() || !value.isNull())
            return value;
    }
    return Value::null();
}

Value combineBooleans(FunctionCall &call, const std::vector<Value> &arguments, bool isAnd)
{
    bool result = isAnd;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        if (!arguments[i].isBoolean())
            return call.wrongType(i, "a boolean", arguments[i]);
        result
            = isAnd ? (result && arguments[i].asBoolean()) : (result || arguments[i].asBoolean());
    }
    return Value::boolean(result);
}

Value andFunction(FunctionCall &call, const std::vector<Value> &arguments)
{
    return combineBooleans(call, arguments, true);
}

Value orFunction(FunctionCall &call, const std::vector<Value> &arguments)
{
    return combineBooleans(call, arguments, false);
}

Value notFunction(FunctionCall &call, const std::vector<Value> &arguments)
{
    if (!arguments[0].isBoolean())
        return call.wrongType(0, "a boolean", arguments[0]);
    return Value::boolean(!arguments[0].asBoolean());
}

Value trueFunction(FunctionCall &, const std::vector<Value> &)
{
    return Value::boolean(true);
}

Value falseFunction(FunctionCall &, const std::vector<Value> &)
{
    return Value::boolean(false);
}

// Strings compare case-sensitively, as ARM's equals() does.
Value equals(FunctionCall &, const std::vector<Value> &arguments)
{
    return Value::boolean(arguments[0] == arguments[1]);
}

enum class Comparison { Less, LessOrEquals, Greater, GreaterOrEquals };

// ARM compares two numbers, or two strings by ordinal order.
Value compare(FunctionCall &call, const std::vector<Value> &arguments, Comparison comparison)
{
    int order = 0;
    if (arguments[0].isNumber() && arguments[1].isNumber()) {
        const double left = arguments[0].asDouble();
        const double right = arguments[1].asDouble();
        if (arguments[0].isInteger() && arguments[1].isInteger())
            order = arguments[0].asInteger() < arguments[1].asInteger()
                ? -1
                : (arguments[0].asInteger() > arguments[1].asInteger() ? 1 : 0);
        else
            order = left < right ? -1 : (left > right ? 1 : 0);
    } else if (arguments[0].isString() && arguments[1].isString()) {
        const int raw = arguments[0].asString().compare(arguments[1].asString());
        order = raw < 0 ? -1 : (raw > 0 ? 1 : 0);
    } else {
        return call.error("expected two integers or two strings, got " + describeKind(arguments[0])
                          + " and " + describeKind(arguments[1]));
    }
    switch (comparison) {
    case Comparison::Less:
        return Value::boolean(order < 0);
    case Comparison::LessOrEquals:
        return Value::boolean(order <= 0);
    case Comparison::Greater:
        return Value::boolean(order > 0);
    case Comparison::GreaterOrEquals:
        return Value::boolean(order >= 0);
    }
    return Value::boolean(false);
}

Value less(FunctionCall &call, const std::vector<Value> &arguments)
{
    return compare(call, arguments, Comparison::Less);
}

Value lessOrEquals(FunctionCall &call, const std::vector<Value> &arguments)
{
    return compare(call, arguments, Comparison::LessOrEquals);
}

Value greater(FunctionCall &call, const std::vector<Value> &arguments)
{
    return compare(call, arguments, Comparison::Greater);
}

Value greaterOrEquals(FunctionCall &call, const std::vector<Value> &arguments)
{
    return compare(call, arguments, Comparison::GreaterOrEquals);
}

} // namespace

void registerLogicalFunctions(FunctionRegistry &registry)
{
    registry.addLazy("if", ifFunction, 3, 3);
    registry.addLazy("coalesce", coalesce, 1);
    registry.addEager("and", andFunction, 2);
    registry.addEager("or", orFunction, 2);
    registry.addEager("not", notFunction, 1, 1);
    registry.addEager("true", trueFunction, 0, 0);
    registry.addEager("false", falseFunction, 0, 0);
    registry.addEager("equals", equals, 2, 2);
    registry.addEager("less", less, 2, 2);
    registry.addEager("lessOrEquals", lessOrEquals, 2, 2);
    registry.addEager("greater", greater, 2, 2);
    registry.addEager("greaterOrEquals", greaterOrEquals, 2, 2);
}

} // namespace compliance
