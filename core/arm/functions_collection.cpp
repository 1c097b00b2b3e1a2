// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Array and object functions: createArray, createObject, union, intersection, contains, empty,
// length, first, last, take, skip, items, tryGet, and the lambda functions (filter, map, ...),
// which give unknown values.
//
// Elements and members are copied as they are, so each keeps the origin of the node it came from.

#include "core/arm/functionregistry.h"
#include "core/arm/utf16index.h"

#include <algorithm>

namespace compliance {

namespace {

// createArray and createObject keep unknown items and member values in place, so a known
// member of the result can still be read. Only an unknown property name makes the object
// unknown. Bicep object and array literals inside expressions are translated to these calls.
// NOTE: functions that compare or print a whole value (equals, string) see such an item as it
// is, so their results on a partly unknown value are not marked unknown.
Value createArray(FunctionCall &call)
{
    Value::Array items;
    for (std::size_t i = 0; i < call.argumentCount(); ++i)
        items.push_back(call.argument(i));
    return Value::array(std::move(items));
}

Value createObject(FunctionCall &call)
{
    const std::size_t count = call.argumentCount();
    if (count % 2 != 0)
        return call.error("expected an even number of arguments (name, value pairs), got "
                          + std::to_string(count));
    Value::Object members;
    for (std::size_t i = 0; i < count; i += 2) {
        const Value name = call.argument(i);
        if (name.isUnknown())
            return name;
        if (!name.isString())
            return call.wrongType(i, "a string property name", name);
        const auto existing = std::find_if(members.begin(), members.end(), [&](const auto &m) {
            return lowerAscii(m.first) == lowerAscii(name.asString());
        });
        if (existing != members.end())
            return call.error("property '" + name.asString() + "' is given more than once");
        members.emplace_back(name.asString(), call.argument(i + 1));
    }
    return Value::object(std::move(members));
}

// Objects merge recursively. A member that is an object on both sides merges, and any other
// member takes the later value.
Value mergeObjects(const Value &left, const Value &right)
{
    Value::Object members = left.members();
    for (const auto &[name, value] : right.members()) {
        // A structured binding cannot be captured on every compiler, so the lambda gets a copy.
        const std::string key = lowerAscii(name);
        const auto existing = std::find_if(members.begin(), members.end(), [&key](const auto &m) {
            return lowerAscii(m.first) == key;
        });
        if (existing == members.end())
            members.emplace_back(name, value);
        else if (existing->second.isObject() && value.isObject())
            existing->second = mergeObjects(existing->second, value);
        else
            existing->second = value;
    }
    return Value::object(std::move(members));
}

bool containsItem(const Value::Array &items, const Value &item)
{
    return std::find(items.begin(), items.end(), item) != items.end();
}

Value unionFunction(FunctionCall &call, const std::vector<Value> &arguments)
{
    if (arguments[0].isArray()) {
        Value::Array items;
        for (std::size_t i = 0; i < arguments.size(); ++i) {
            if (!arguments[i].isArray())
                return call.wrongType(i, "an array, because argument 1 is an array", arguments[i]);
            for (const Value &item : arguments[i].items()) {
                if (!containsItem(items, item))
                    items.push_back(item);
            }
        }
        return Value::array(std::move(items));
    }
    if (!arguments[0].isObject())
        return call.wrongType(0, "an array or an object", arguments[0]);
    Value merged = Value::object({});
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        if (!arguments[i].isObject())
            return call.wrongType(i, "an object, because argument 1 is an object", arguments[i]);
        merged = mergeObjects(merged, arguments[i]);
    }
    return merged;
}

Value intersection(FunctionCall &call, const std::vector<Value> &arguments)
{
    if (arguments[0].isArray()) {
        Value::Array items;
        for (const Value &item : arguments[0].items()) {
            bool inAll = !containsItem(items, item);
            for (std::size_t i = 1; i < arguments.size() && inAll; ++i) {
                if (!arguments[i].isArray())
                    return call.wrongType(i, "an array", arguments[i]);
                inAll = containsItem(arguments[i].items(), item);
            }
            if (inAll)
                items.push_back(item);
        }
        return Value::array(std::move(items));
    }
    if (!arguments[0].isObject())
        return call.wrongType(0, "an array or an object", arguments[0]);
    Value::Object members;
    for (const auto &[name, value] : arguments[0].members()) {
        bool inAll = true;
        for (std::size_t i = 1; i < arguments.size() && inAll; ++i) {
            if (!arguments[i].isObject())
                return call.wrongType(i, "an object", arguments[i]);
            const Value *other = arguments[i].member(name);
            inAll = other != nullptr && *other == value;
        }
        if (inAll)
            members.emplace_back(name, value);
    }
    return Value::object(std::move(members));
}

// Strings match case-sensitively and object property names case-insensitively, as in ARM.
Value contains(FunctionCall &call, const std::vector<Value> &arguments)
{
    const Value &container = arguments[0];
    const Value &item = arguments[1];
    if (container.isArray())
        return Value::boolean(containsItem(container.items(), item));
    if (container.isObject()) {
        if (!item.isString())
            return call.wrongType(1, "a string property name", item);
        return Value::boolean(container.member(item.asString()) != nullptr);
    }
    if (container.isString()) {
        if (!item.isString() && !item.isInteger())
            return call.wrongType(1, "a string", item);
        return Value::boolean(container.asString().find(item.toDisplayString())
                              != std::string::npos);
    }
    return call.wrongType(0, "a string, an array or an object", container);
}

Value empty(FunctionCall &call, const std::vector<Value> &arguments)
{
    const Value &value = arguments[0];
    if (value.isNull())
        return Value::boolean(true);
    if (value.isString())
        return Value::boolean(value.asString().empty());
    if (value.isArray())
        return Value::boolean(value.items().empty());
    if (value.isObject())
        return Value::boolean(value.members().empty());
    return call.wrongType(0, "a string, an array, an object or null", value);
}

Value length(FunctionCall &call, const std::vector<Value> &arguments)
{
    const Value &value = arguments[0];
    if (value.isString()) // In UTF-16 code units, as ARM counts.
        return Value::integer(static_cast<std::int64_t>(utf16Length(value.asString())));
    if (value.isArray())
        return Value::integer(static_cast<std::int64_t>(value.items().size()));
    if (value.isObject())
        return Value::integer(static_cast<std::int64_t>(value.members().size()));
    return call.wrongType(0, "a string, an array or an object", value);
}

Value endElement(FunctionCall &call, const Value &value, bool last)
{
    if (value.isArray()) {
        const auto &items = value.items();
        if (items.empty())
            return Value::null();
        return last ? items.back() : items.front();
    }
    if (value.isString()) {
        const std::string &text = value.asString();
        if (text.empty())
            return Value::string({});
        return Value::string(std::string(1, last ? text.back() : text.front()));
    }
    return call.wrongType(0, "a string or an array", value);
}

Value first(FunctionCall &call, const std::vector<Value> &arguments)
{
    return endElement(call, arguments[0], false);
}

Value last(FunctionCall &call, const std::vector<Value> &arguments)
{
    return endElement(call, arguments[0], true);
}

Value slice(FunctionCall &call, const std::vector<Value> &arguments, bool take)
{
    if (!arguments[1].isInteger())
        return call.wrongType(1, "an integer count", arguments[1]);
    const std::int64_t requested = arguments[1].asInteger();
    const Value &value = arguments[0];
    std::size_t size = 0;
    if (value.isArray())
        size = value.items().size();
    else if (value.isString())
        size = value.asString().size();
    else
        return call.wrongType(0, "a string or an array", value);
    // Counts below zero act as zero and counts past the end as the whole length, as in ARM.
    const std::size_t count = static_cast<std::size_t>(
        std::clamp<std::int64_t>(requested, 0, static_cast<std::int64_t>(size)));
    const std::size_t begin = take ? 0 : count;
    const std::size_t end = take ? count : size;
    if (value.isString())
        return Value::string(value.asString().substr(begin, end - begin));
    const auto &items = value.items();
    return Value::array(Value::Array(items.begin() + static_cast<std::ptrdiff_t>(begin),
                                     items.begin() + static_cast<std::ptrdiff_t>(end)));
}

Value take(FunctionCall &call, const std::vector<Value> &arguments)
{
    return slice(call, arguments, true);
}

Value skip(FunctionCall &call, const std::vector<Value> &arguments)
{
    return slice(call, arguments, false);
}

// items() returns {key, value} objects sorted by key.
Value items(FunctionCall &call, const std::vector<Value> &arguments)
{
    if (!arguments[0].isObject())
        return call.wrongType(0, "an object", arguments[0]);
    Value::Object members = arguments[0].members();
    // NOTE: keys sort by their lower-case form, so keys that differ only in case keep template
    // order. ARM's order for such keys was not checked.
    std::stable_sort(members.begin(), members.end(), [](const auto &a, const auto &b) {
        return lowerAscii(a.first) < lowerAscii(b.first);
    });
    Value::Array entries;
    for (const auto &[name, value] : members) {
        Value::Object entry;
        entry.emplace_back("key", Value::string(name, call.computedOrigin()));
        entry.emplace_back("value", value);
        entries.push_back(Value::object(std::move(entry), call.computedOrigin()));
    }
    return Value::array(std::move(entries));
}

// filter(), map(), reduce() and the other functions that take a lambda() are not evaluated, so
// their results are unknown, and the reason names the function.
Value lambdaFunction(FunctionCall &call)
{
    return call.unknown(call.name() + "(...) applies a lambda, which is not evaluated offline");
}

// tryGet(value, key, ...) walks properties and indexes, giving null where one is missing.
Value tryGet(FunctionCall &call, const std::vector<Value> &arguments)
{
    Value current = arguments[0];
    for (std::size_t i = 1; i < arguments.size(); ++i) {
        const Value &key = arguments[i];
        if (current.isObject() && key.isString()) {
            const Value *member = current.member(key.asString());
            if (member == nullptr)
                return Value::null();
            current = *member;
        } else if (current.isArray() && key.isInteger()) {
            const auto &elements = current.items();
            if (key.asInteger() < 0
                || key.asInteger() >= static_cast<std::int64_t>(elements.size()))
                return Value::null();
            current = elements[static_cast<std::size_t>(key.asInteger())];
        } else if (current.isNull()) {
            return Value::null();
        } else {
            return call.error("cannot look up " + key.toJsonText() + " in "
                              + describeKind(current));
        }
    }
    return current;
}

} // namespace

void registerCollectionFunctions(FunctionRegistry &registry)
{
    registry.addLazy("createArray", createArray, 0);
    registry.addLazy("createObject", createObject, 0);
    registry.addEager("union", unionFunction, 1);
    registry.addEager("intersection", intersection, 1);
    registry.addEager("contains", contains, 2, 2);
    registry.addEager("empty", empty, 1, 1);
    registry.addEager("length", length, 1, 1);
    registry.addEager("first", first, 1, 1);
    registry.addEager("last", last, 1, 1);
    registry.addEager("take", take, 2, 2);
    registry.addEager("skip", skip, 2, 2);
    registry.addEager("items", items, 1, 1);
    registry.addEager("tryGet", tryGet, 2);
    for (const char *name :
         { "filter", "groupBy", "map", "mapValues", "reduce", "sort", "toObject" })
        registry.addLazy(name, lambdaFunction, 2);
}

} // namespace compliance
