// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace compliance {

class SourceFile;
struct JsonNode;

/// The source kind of a resolved value, so findings can point at it and fixes can edit it.
enum class OriginKind {
    Literal,          ///< Written in place, in the resource or the template body.
    ParameterDefault, ///< A parameter's `defaultValue`.
    ParameterValue,   ///< A value passed in: a nested deployment's `parameters` or a parameter file.
    Variable,         ///< A template variable.
    Computed,         ///< The result of an expression; no single span holds it.
};

/// The source of a Value: the file and JSON node it was read from, when there is one.
struct Origin
{
    OriginKind kind = OriginKind::Computed;
    const SourceFile *file = nullptr;
    const JsonNode *node = nullptr; ///< The node holding the value; null for Computed.
    std::string name;               ///< Parameter or variable name for those kinds.
    /// For parameter kinds: the parameter's declaration object (for `allowedValues`).
    const JsonNode *declaration = nullptr;
    /// For Computed: the expression text as written, for reasons and tooltips.
    std::string expression;
    /// The file that contains `declaration` when it is not `file` (a value from a parameter file).
    const SourceFile *declarationFile = nullptr;

    bool isEditable() const { return node != nullptr && file != nullptr; }
};

/// A value produced by evaluating a template: JSON data, or Unknown with a reason.
///
/// Arrays and objects share their payload, so copies are cheap. Object member names keep their
/// case; look-ups ignore it, as ARM does. A value computed from a placeholder function
/// (resourceGroup(), subscription(), deployment(), environment()) carries the function's name in
/// `placeholderSource()`, so a rule can refuse to decide on it.
class Value
{
public:
    enum class Kind { Null, Boolean, Integer, Double, String, Array, Object, Unknown };
    using Array = std::vector<Value>;
    using Member = std::pair<std::string, Value>;
    using Object = std::vector<Member>;

    Value() = default;

    static Value null(Origin origin = {});
    static Value boolean(bool value, Origin origin = {});
    static Value integer(std::int64_t value, Origin origin = {});
    static Value number(double value, Origin origin = {});
    static Value string(std::string value, Origin origin = {});
    static Value array(Array items, Origin origin = {});
    static Value object(Object members, Origin origin = {});
    /// An unresolvable value. `reason` names the expression or parameter, e.g.
    /// "parameter 'registrySku' is required and has no value".
    static Value unknown(std::string reason, Origin origin = {});
    /// An invalid expression (bad syntax, wrong argument count): Unknown, and also reported
    /// as an error of the file.
    static Value error(std::string message, Origin origin = {});

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isBoolean() const { return m_kind == Kind::Boolean; }
    bool isInteger() const { return m_kind == Kind::Integer; }
    bool isNumber() const { return m_kind == Kind::Integer || m_kind == Kind::Double; }
    bool isString() const { return m_kind == Kind::String; }
    bool isArray() const { return m_kind == Kind::Array; }
    bool isObject() const { return m_kind == Kind::Object; }
    bool isUnknown() const { return m_kind == Kind::Unknown; }
    bool isError() const { return m_kind == Kind::Unknown && m_isError; }

    bool asBoolean() const { return m_boolean; }
    std::int64_t asInteger() const { return m_integer; }
    double asDouble() const { return m_kind == Kind::Integer ? double(m_integer) : m_double; }
    const std::string &asString() const { return m_string; }
    const Array &items() const;
    const Object &members() const;
    /// The reason for Unknown values, the message for errors.
    const std::string &unknownReason() const { return m_string; }

    /// The member named `name` (case-insensitive), or nullptr. Only for objects.
    const Value *member(std::string_view name) const;

    const Origin &origin() const { return m_origin; }
    Origin &origin() { return m_origin; }
    Value withOrigin(Origin origin) const;

    const std::string &placeholderSource() const { return m_placeholderSource; }
    void setPlaceholderSource(std::string function) { m_placeholderSource = std::move(function); }
    bool dependsOnPlaceholder() const { return !m_placeholderSource.empty(); }

    /// Deep equality of the data, ignoring origins; strings compare case-sensitively.
    bool operator==(const Value &other) const;

    /// The value as compact JSON text (Unknown prints as `<unknown: reason>`), for messages.
    std::string toJsonText() const;
    /// The value as ARM's string() function shows it: strings unquoted, others as JSON.
    std::string toDisplayString() const;

private:
    Kind m_kind = Kind::Null;
    bool m_boolean = false;
    bool m_isError = false;
    std::int64_t m_integer = 0;
    double m_double = 0.0;
    std::string m_string;
    std::shared_ptr<const Array> m_array;
    std::shared_ptr<const Object> m_object;
    Origin m_origin;
    std::string m_placeholderSource;
};

} // namespace compliance
