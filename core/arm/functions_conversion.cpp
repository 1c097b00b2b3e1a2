// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Conversion functions: string, int, bool, json, null, array, base64, base64ToString.

#include "core/arm/functionregistry.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>

namespace compliance {

namespace {

Value valueFromJson(const nlohmann::json &json, const Origin &origin)
{
    switch (json.type()) {
    case nlohmann::json::value_t::boolean:
        return Value::boolean(json.get<bool>(), origin);
    case nlohmann::json::value_t::number_integer:
        return Value::integer(json.get<std::int64_t>(), origin);
    case nlohmann::json::value_t::number_unsigned: {
        const auto number = json.get<std::uint64_t>();
        if (number <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
            return Value::integer(static_cast<std::int64_t>(number), origin);
        return Value::number(static_cast<double>(number), origin);
    }
    case nlohmann::json::value_t::number_float:
        return Value::number(json.get<double>(), origin);
    case nlohmann::json::value_t::string:
        return Value::string(json.get<std::string>(), origin);
    case nlohmann::json::value_t::array: {
        Value::Array items;
        for (const auto &item : json)
            items.push_back(valueFromJson(item, origin));
        return Value::array(std::move(items), origin);
    }
    case nlohmann::json::value_t::object: {
        Value::Object members;
        for (const auto &[name, member] : json.items())
            members.emplace_back(name, valueFromJson(member, origin));
        return Value::object(std::move(members), origin);
    }
    default:
        return Value::null(origin);
    }
}

Value stringFunction(FunctionCall &, const std::vector<Value> &arguments)
{
    return Value::string(arguments[0].toDisplayString());
}

Value intFunction(FunctionCall &call, const std::vector<Value> &arguments)
{
    const Value &value = arguments[0];
    if (value.isInteger())
        return Value::integer(value.asInteger());
    if (!value.isString())
        return call.wrongType(0, "a string or an integer", value);
    const std::string &text = value.asString();
    std::int64_t number = 0;
    const char *begin = text.data();
    const char *end = text.data() + text.size();
    if (begin != end && *begin == '+')
        ++begin;
    const auto [stop, status] = std::from_chars(begin, end, number);
    if (status != std::errc() || stop != end || begin == end)
        return call.error("'" + text + "' is not an integer");
    return Value::integer(number);
}

Value boolFunction(FunctionCall &call, const std::vector<Value> &arguments)
{
    const Value &value = arguments[0];
    if (value.isBoolean())
        return Value::boolean(value.asBoolean());
    if (value.isInteger())
        return Value::boolean(value.asInteger() != 0);
    if (value.isString()) {
        const std::string lower = lowerAscii(value.asString());
        if (lower == "true")
            return Value::boolean(true);
        if (lower == "false")
            return Value::boolean(false);
        return call.error("'" + value.asString() + "' is not 'true' or 'false'");
    }
    return call.wrongType(0, "a string or an integer", value);
}

// Deeper JSON would overflow the stack in the recursive conversion and comparisons of values.
constexpr int kMaxJsonDepth = 256;

// Returns the deepest nesting of '[' and '{' outside string literals.
int jsonNestingDepth(std::string_view text)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

// The parsed data gets the call's Computed origin: it is new, not read from a template node.
Value jsonFunction(FunctionCall &call, const std::vector<Value> &arguments)
{
    if (!arguments[0].isString())
        return call.wrongType(0, "a string of JSON text", arguments[0]);
    if (jsonNestingDepth(arguments[0].asString()) > kMaxJsonDepth)
        return call.error("the JSON text is nested deeper than " + std::to_string(kMaxJsonDepth)
                          + " levels");
    const nlohmann::json parsed = nlohmann::json::parse(arguments[0].asString(), nullptr, false);
    if (parsed.is_discarded())
        return call.error("invalid JSON text '" + arguments[0].asString() + "'");
    return valueFromJson(parsed, call.computedOrigin());
}

Value nullFunction(FunctionCall &, const std::vector<Value> &)
{
    return Value::null();
}

Value arrayFunction(FunctionCall &, const std::vector<Value> &arguments)
{
    if (arguments[0].isArray())
        return arguments[0];
    return Value::array({ arguments[0] });
}

constexpr std::string_view kBase64Alphabet
    = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

Value base64(FunctionCall &call, const std::vector<Value> &arguments)
{
    if (!arguments[0].isString())
        return call.wrongType(0, "a string", arguments[0]);
    const std::string &input = arguments[0].asString();
    std::string encoded;
    for (std::size_t i = 0; i < input.size(); i += 3) {
        std::uint32_t chunk = static_cast<unsigned char>(input[i]) << 16;
        if (i + 1 < input.size())
            chunk |= static_cast<unsigned char>(input[i + 1]) << 8;
        if (i + 2 < input.size())
            chunk |= static_cast<unsigned char>(input[i + 2]);
        encoded += kBase64Alphabet[(chunk >> 18) & 63];
        encoded += kBase64Alphabet[(chunk >> 12) & 63];
        encoded += i + 1 < input.size() ? kBase64Alphabet[(chunk >> 6) & 63] : '=';
        encoded += i + 2 < input.size() ? kBase64Alphabet[chunk & 63] : '=';
    }
    return Value::string(std::move(encoded));
}

Value base64ToString(FunctionCall &call, const std::vector<Value> &arguments)
{
    if (!arguments[0].isString())
        return call.wrongType(0, "a string", arguments[0]);
    const std::string &input = arguments[0].asString();
    std::string decoded;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const char c : input) {
        if (c == '=')
            break;
        const std::size_t sextet = kBase64Alphabet.find(c);
        if (sextet == std::string_view::npos)
            return call.error("invalid base64 character '" + std::string(1, c) + "'");
        buffer = (buffer << 6) | static_cast<std::uint32_t>(sextet);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            decoded += static_cast<char>((buffer >> bits) & 0xFF);
        }
    }
    return Value::string(std::move(decoded));
}

} // namespace

void registerConversionFunctions(FunctionRegistry &registry)
{
    registry.addEager("string", stringFunction, 1, 1);
    registry.addEager("int", intFunction, 1, 1);
    registry.addEager("bool", boolFunction, 1, 1);
    registry.addEager("json", jsonFunction, 1, 1);
    registry.addEager("null", nullFunction, 0, 0);
    registry.addEager("array", arrayFunction, 1, 1);
    registry.addEager("base64", base64, 1, 1);
    registry.addEager("base64ToString", base64ToString, 1, 1);
}

} // namespace compliance
