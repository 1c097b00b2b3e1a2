// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/model/value.h"

#include <nlohmann/json.hpp>

#include <cctype>

namespace compliance {

namespace {

const Value::Array &emptyArray()
{
    static const Value::Array empty;
    return empty;
}

const Value::Object &emptyObject()
{
    static const Value::Object empty;
    return empty;
}

bool namesEqualIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto left = static_cast<unsigned char>(a[i]);
        const auto right = static_cast<unsigned char>(b[i]);
        if (std::tolower(left) != std::tolower(right))
            return false;
    }
    return true;
}

// Template text can hold invalid UTF-8 (a substring of a multi-byte character, say), which
// dump() would throw on; it becomes U+FFFD instead.
std::string compactJson(const nlohmann::json &json)
{
    return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string scalarToJsonText(const Value &value)
{
    switch (value.kind()) {
    case Value::Kind::Boolean:
        return value.asBoolean() ? "true" : "false";
    case Value::Kind::Integer:
        return std::to_string(value.asInteger());
    case Value::Kind::Double:
        return compactJson(nlohmann::json(value.asDouble()));
    case Value::Kind::String:
        return compactJson(nlohmann::json(value.asString()));
    default:
        return "null";
    }
}

std::string toOrderedText(const Value &value)
{
    // Objects print in member order, as the template wrote them, and nlohmann escapes strings.
    switch (value.kind()) {
    case Value::Kind::Array: {
        std::string text = "[";
        bool first = true;
        for (const Value &item : value.items()) {
            if (!first)
                text += ',';
            first = false;
            text += toOrderedText(item);
        }
        return text + "]";
    }
    case Value::Kind::Object: {
        std::string text = "{";
        bool first = true;
        for (const auto &[name, member] : value.members()) {
            if (!first)
                text += ',';
            first = false;
            text += compactJson(nlohmann::json(name)) + ":" + toOrderedText(member);
        }
        return text + "}";
    }
    case Value::Kind::Unknown:
        return "<unknown: " + value.unknownReason() + ">";
    default:
        return scalarToJsonText(value);
    }
}

} // namespace

Value Value::null(Origin origin)
{
    Value value;
    value.m_kind = Kind::Null;
    value.m_origin = std::move(origin);
    return value;
}

Value Value::boolean(bool boolean, Origin origin)
{
    Value value;
    value.m_kind = Kind::Boolean;
    value.m_boolean = boolean;
    value.m_origin = std::move(origin);
    return value;
}

Value Value::integer(std::int64_t integer, Origin origin)
{
    Value value;
    value.m_kind = Kind::Integer;
    value.m_integer = integer;
    value.m_origin = std::move(origin);
    return value;
}

Value Value::number(double number, Origin origin)
{
    Value value;
    value.m_kind = Kind::Double;
    value.m_double = number;
    value.m_origin = std::move(origin);
    return value;
}

Value Value::string(std::string text, Origin origin)
{
    Value value;
    value.m_kind = Kind::String;
    value.m_string = std::move(text);
    value.m_origin = std::move(origin);
    return value;
}

Value Value::array(Array items, Origin origin)
{
    Value value;
    value.m_kind = Kind::Array;
    value.m_array = std::make_shared<const Array>(std::move(items));
    value.m_origin = std::move(origin);
    return value;
}

Value Value::object(Object members, Origin origin)
{
    Value value;
    value.m_kind = Kind::Object;
    value.m_object = std::make_shared<const Object>(std::move(members));
    value.m_origin = std::move(origin);
    return value;
}

Value Value::unknown(std::string reason, Origin origin)
{
    Value value;
    value.m_kind = Kind::Unknown;
    value.m_string = std::move(reason);
    value.m_origin = std::move(origin);
    return value;
}

Value Value::error(std::string message, Origin origin)
{
    Value value = unknown(std::move(message), std::move(origin));
    value.m_isError = true;
    return value;
}

const Value::Array &Value::items() const
{
    return m_kind == Kind::Array && m_array ? *m_array : emptyArray();
}

const Value::Object &Value::members() const
{
    return m_kind == Kind::Object && m_object ? *m_object : emptyObject();
}

const Value *Value::member(std::string_view name) const
{
    if (m_kind != Kind::Object)
        return nullptr;
    for (const auto &[memberName, memberValue] : members()) {
        if (namesEqualIgnoreCase(memberName, name))
            return &memberValue;
    }
    return nullptr;
}

Value Value::withOrigin(Origin origin) const
{
    Value copy = *this;
    copy.m_origin = std::move(origin);
    return copy;
}

bool Value::operator==(const Value &other) const
{
    // Integer 1 and double 1.0 are the same JSON number.
    if (isNumber() && other.isNumber()) {
        if (isInteger() && other.isInteger())
            return m_integer == other.m_integer;
        return asDouble() == other.asDouble();
    }
    if (m_kind != other.m_kind)
        return false;
    switch (m_kind) {
    case Kind::Null:
        return true;
    case Kind::Boolean:
        return m_boolean == other.m_boolean;
    case Kind::String:
        return m_string == other.m_string;
    case Kind::Array:
        return items() == other.items();
    case Kind::Object: {
        // Member order does not matter, and names compare case-insensitively, as ARM does.
        if (members().size() != other.members().size())
            return false;
        for (const auto &[name, member] : members()) {
            const Value *otherMember = other.member(name);
            if (otherMember == nullptr || !(member == *otherMember))
                return false;
        }
        return true;
    }
    case Kind::Unknown:
        return m_isError == other.m_isError && m_string == other.m_string;
    default:
        return false;
    }
}

std::string Value::toJsonText() const
{
    return toOrderedText(*this);
}

std::string Value::toDisplayString() const
{
    if (m_kind == Kind::String)
        return m_string;
    return toJsonText();
}

} // namespace compliance
