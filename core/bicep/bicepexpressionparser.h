// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/bicep/biceplexer.h"
#include "core/bicep/bicepsyntax.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace compliance {

/// Thrown inside the parser to unwind to parseBicep() at the first syntax error.
struct BicepSyntaxFailure
{
    BicepSyntaxError error;
};

/// Recursive-descent parser for Bicep expressions, object and array literals, and resource and
/// module declarations (which can appear inside resource bodies). Line breaks separate items
/// in objects and arrays and are ignored inside parentheses.
class BicepExpressionParser
{
public:
    BicepExpressionParser(std::string_view text, std::vector<BicepToken> tokens, int maxDepth);

    /// Parses one expression; throws BicepSyntaxFailure.
    std::unique_ptr<BicepExpression> parseExpression();

protected:
    /// The current token, skipping line breaks where they carry no meaning.
    const BicepToken &token();
    const BicepToken &rawToken() const { return m_tokens[m_index]; }
    void advance();
    void advanceRaw();
    void skipNewLines();
    bool isSymbol(std::string_view symbol);
    bool acceptSymbol(std::string_view symbol);
    void expectSymbol(std::string_view symbol, const std::string &message);
    const BicepToken &expectIdentifier(const std::string &message);
    std::size_t lastEnd() const { return m_lastEnd; }
    [[noreturn]] void failAt(const BicepToken &token, std::string message) const;
    [[noreturn]] void failAt(std::size_t offset, std::string message) const;
    static std::string describe(const BicepToken &token);

    std::vector<std::unique_ptr<BicepExpression>> parseCallArguments();
    void parseResourceOrModule(BicepDeclaration &declaration);

private:
    struct DepthGuard
    {
        explicit DepthGuard(BicepExpressionParser &parser);
        ~DepthGuard();
        BicepExpressionParser &m_parser;
    };

    std::unique_ptr<BicepExpression> parseTernary();
    std::unique_ptr<BicepExpression> parseBinary(int level);
    std::unique_ptr<BicepExpression> parseUnary();
    std::unique_ptr<BicepExpression> parsePostfix(std::unique_ptr<BicepExpression> operand);
    std::unique_ptr<BicepExpression> parsePrimary();
    std::unique_ptr<BicepExpression> parseString(const BicepToken &token);
    std::unique_ptr<BicepExpression> parseObject();
    std::unique_ptr<BicepExpression> parseArray();
    std::unique_ptr<BicepExpression> parseFor(std::size_t begin);
    std::unique_ptr<BicepExpression> parseLambda();
    std::unique_ptr<BicepExpression> parseBody(const std::string &declarationKind);
    bool isLambdaStart() const;
    bool acceptContinuation(std::string_view symbol);
    std::unique_ptr<BicepExpression> make(BicepExpression::Kind kind, std::size_t begin);

protected:
    std::string_view m_text;
    std::vector<BicepToken> m_tokens;
    std::size_t m_index = 0;

private:
    std::size_t m_lastEnd = 0;
    int m_maxDepth;
    int m_depth = 0;
    /// One entry per open bracket: true where line breaks separate items (objects, arrays and
    /// the top level), false inside parentheses.
    std::vector<bool> m_lineBreaksMatter { true };
};

} // namespace compliance
