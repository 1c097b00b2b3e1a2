// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/bicep/bicepsymbols.h"
#include "core/json/jsonnode.h"

#include <string>

namespace compliance {

/// Translates Bicep expressions into what the ARM template they compile to contains.
///
/// Literal values (strings without interpolation, numbers, booleans, null, objects and arrays)
/// become JsonNodes with their Bicep spans, so fixes edit the Bicep text. Every other expression
/// becomes a string node holding the equivalent ARM expression, e.g. `'${a}x'` becomes
/// "[format('{0}x', parameters('a'))]", with the span of the Bicep expression.
class BicepExpressionTranslator
{
public:
    explicit BicepExpressionTranslator(BicepSymbols &symbols);

    JsonNode translateValue(const BicepExpression &expression);
    /// The ARM expression for `expression`, without the enclosing brackets.
    std::string toArm(const BicepExpression &expression);

private:
    std::string toArmChain(const BicepExpression &expression, bool &safe);
    std::string translateCall(const BicepExpression &call);
    std::string translateBinary(const BicepExpression &binary);
    std::string translateObject(const BicepExpression &object);
    std::string translateResourceRead(const BicepExpression &property, bool &handled);
    std::string translateLoop(const BicepExpression &loop);
    std::string translateLambda(const BicepExpression &lambda);
    std::string translateIdentifier(const std::string &name);

    BicepSymbols &m_symbols;
    int m_depth = 0;
};

/// Returns `text` as an ARM string literal: quoted, with quotes doubled.
std::string armStringLiteral(std::string_view text);

/// A string node with `value` taken literally: a value that ARM would read as an expression
/// ("[...]") gets its escape bracket.
JsonNode literalStringNode(std::string_view value, Span span);

/// A string node holding the ARM expression `expression` in brackets.
JsonNode expressionNode(const std::string &expression, Span span);

} // namespace compliance
