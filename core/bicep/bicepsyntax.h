// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/source/sourcefile.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

// The syntax tree of a Bicep or .bicepparam file. Every node records its byte span in the
// file's text, so findings and fix edits can point back at the Bicep source.
namespace compliance {

struct BicepDeclaration;

/// One Bicep expression.
struct BicepExpression
{
    enum class Kind {
        String, ///< A literal string: `text` holds the decoded value.
        Interpolated, ///< `'a${x}b'`: `parts` holds the literal parts around `operands`.
        Integer,
        Boolean,
        Null,
        Identifier, ///< `text` is the name.
        Object, ///< `properties`, and `resources` for child resources in a resource body.
        Array, ///< `operands` are the items.
        Property, ///< `operands[0].text`; `safe` for `.?`.
        Index, ///< `operands[0][operands[1]]`; `safe` for `[?`.
        ResourceAccess, ///< `operands[0]::text`, a nested resource of a resource symbol.
        Call, ///< `text(operands...)`; `text` keeps a namespace (`sys.concat`).
        Unary, ///< `text` is "!" or "-".
        NonNull, ///< The postfix `operands[0]!`.
        Binary, ///< `operands[0] text operands[1]`.
        Ternary, ///< `operands[0] ? operands[1] : operands[2]`.
        Lambda, ///< `(names) => operands[0]`; `names` holds the parameters.
        For, ///< `[for (names[0], names[1]) in operands[0]: operands[1]]`.
        If, ///< `if (operands[0]) operands[1]`, only as a resource or module body.
    };

    struct Property
    {
        std::string key; ///< The decoded key; empty when `keyExpression` is set.
        Span keySpan; ///< The key as written, quotes included.
        std::unique_ptr<BicepExpression> keyExpression; ///< An interpolated key.
        std::unique_ptr<BicepExpression> value;
        bool spread = false; ///< `...value`: the members of `value` are merged in.
    };

    Kind kind = Kind::Null;
    Span span;
    std::string text;
    std::int64_t integer = 0;
    bool boolean = false;
    bool safe = false;
    std::vector<std::string> parts;
    std::vector<std::string> names;
    std::vector<std::unique_ptr<BicepExpression>> operands;
    std::vector<Property> properties;
    std::vector<std::unique_ptr<BicepDeclaration>> resources;
};

/// A decorator such as `@allowed([...])` or `@secure()`.
struct BicepDecorator
{
    std::string name; ///< Without a namespace: "allowed", "description", ...
    Span span;
    std::vector<std::unique_ptr<BicepExpression>> arguments;
};

/// One top-level statement, or a child resource declared inside a resource body.
struct BicepDeclaration
{
    enum class Kind {
        TargetScope,
        Metadata,
        Parameter,
        Variable,
        Resource,
        Module,
        Output,
        Using, ///< `using './main.bicep'` in a .bicepparam file; `path` is the target.
        TypeAlias, ///< `type name = ...`: only `nullable` (a trailing '?') is kept.
        Skipped, ///< import, type, func, extension, provider, assert: read over, not used.
    };

    Kind kind = Kind::Skipped;
    Span span; ///< From the keyword (decorators excluded) to the end of the value.
    std::string name;
    Span nameSpan;
    std::vector<BicepDecorator> decorators;

    /// Parameters: the type as written (empty in a .bicepparam file), and `type?`.
    std::string typeName;
    bool nullable = false;

    /// Resources: the type string's decoded value ("Microsoft.X/y@2023-01-01") and span.
    /// Modules: the path.
    std::string path;
    Span pathSpan;
    bool existing = false;

    std::unique_ptr<BicepExpression> value; ///< The default, the value or the body; may be null.
};

/// A parsed file.
struct BicepProgram
{
    std::vector<std::unique_ptr<BicepDeclaration>> declarations;
};

/// The reason a Bicep file could not be read, and its offset.
struct BicepSyntaxError
{
    std::string message; ///< What was expected, e.g. "expected '=' after the parameter name".
    std::size_t offset = 0;
};

} // namespace compliance
