// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/arm/expression.h"

#include <limits>

namespace compliance {

namespace {

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isIdentifierStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
}

bool isIdentifierPart(char c)
{
    return isIdentifierStart(c) || isDigit(c);
}

std::string describeCharacter(char c)
{
    return std::string("'") + c + "'";
}

/// Recursive-descent parser over the expression grammar:
///   expression := primary postfix*
///   primary    := string | integer | name '(' [expression (',' expression)*] ')'
///   postfix    := '.' identifier | '[' expression ']'
/// `name` may contain dots for user-defined functions (`namespace.function`).
class Parser
{
public:
    Parser(std::string_view text, int maxDepth)
        : m_text(text)
        , m_maxDepth(maxDepth)
    { }

    ExpressionParseResult parse()
    {
        ExpressionParseResult result;
        skipWhitespace();
        if (atEnd()) {
            fail("the expression is empty; expected a string, an integer or a function call");
        } else {
            auto expression = parseExpression(1);
            skipWhitespace();
            if (expression && !atEnd())
                fail("unexpected " + describeCharacter(peek())
                     + " after the end of the expression; expected '.', '[' or the closing ']'");
            if (m_error.empty())
                result.expression = std::move(expression);
        }
        result.error = m_error;
        result.errorOffset = m_errorOffset;
        return result;
    }

private:
    using Node = std::unique_ptr<Expression>;

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }

    void skipWhitespace()
    {
        while (!atEnd() && isWhitespace(m_text[m_pos]))
            ++m_pos;
    }

    // Records the first error only. Callers unwind by returning null.
    Node fail(std::string message, std::size_t offset)
    {
        if (m_error.empty()) {
            m_error = std::move(message);
            m_errorOffset = offset;
        }
        return nullptr;
    }

    Node fail(std::string message) { return fail(std::move(message), m_pos); }

    Node failExpected(const std::string &expected)
    {
        if (atEnd())
            return fail("unexpected end of the expression; expected " + expected);
        return fail("unexpected " + describeCharacter(peek()) + "; expected " + expected);
    }

    Node parseExpression(int depth)
    {
        if (depth > m_maxDepth)
            return fail("the expression is nested deeper than " + std::to_string(m_maxDepth)
                        + " levels");
        Node node = parsePrimary(depth);
        // Each property access or index wraps the node once more, so it counts as a level.
        int chainDepth = depth;
        while (node) {
            skipWhitespace();
            if (peek() == '.') {
                if (++chainDepth > m_maxDepth)
                    return fail("the expression is nested deeper than " + std::to_string(m_maxDepth)
                                + " levels");
                node = parseProperty(std::move(node));
            } else if (peek() == '[') {
                if (++chainDepth > m_maxDepth)
                    return fail("the expression is nested deeper than " + std::to_string(m_maxDepth)
                                + " levels");
                node = parseIndex(std::move(node), chainDepth);
            } else {
                break;
            }
        }
        return node;
    }

    Node parsePrimary(int depth)
    {
        skipWhitespace();
        const char c = peek();
        if (c == '\'')
            return parseString();
        if (c == '-' || isDigit(c))
            return parseInteger();
        if (isIdentifierStart(c))
            return parseCall(depth);
        return failExpected("a string, an integer or a function call");
    }

    Node parseString()
    {
        auto node = std::make_unique<Expression>();
        node->kind = Expression::Kind::String;
        node->offset = m_pos;
        ++m_pos; // opening quote
        while (true) {
            if (atEnd())
                return fail("the string starting at offset " + std::to_string(node->offset)
                            + " has no closing quote; expected '");
            const char c = m_text[m_pos++];
            if (c != '\'') {
                node->text += c;
                continue;
            }
            // A doubled quote is an escaped quote; a single one ends the string.
            if (peek() == '\'') {
                node->text += '\'';
                ++m_pos;
                continue;
            }
            return node;
        }
    }

    Node parseInteger()
    {
        auto node = std::make_unique<Expression>();
        node->kind = Expression::Kind::Integer;
        node->offset = m_pos;
        const bool negative = peek() == '-';
        if (negative)
            ++m_pos;
        if (!isDigit(peek()))
            return failExpected("a digit after '-'");
        // Accumulate as a negative number so that the minimum int64 value parses too.
        std::int64_t value = 0;
        constexpr std::int64_t minimum = std::numeric_limits<std::int64_t>::min();
        while (isDigit(peek())) {
            const int digit = m_text[m_pos] - '0';
            if (value < (minimum + digit) / 10)
                return fail("the integer at offset " + std::to_string(node->offset)
                                + " is outside the 64-bit range",
                            node->offset);
            value = value * 10 - digit;
            ++m_pos;
        }
        if (!negative) {
            if (value == minimum)
                return fail("the integer at offset " + std::to_string(node->offset)
                                + " is outside the 64-bit range",
                            node->offset);
            value = -value;
        }
        if (isIdentifierStart(peek()) || peek() == '.')
            return failExpected("a digit, ',' or ')' after the integer");
        node->integer = value;
        return node;
    }

    std::string parseIdentifier(bool allowDots)
    {
        const std::size_t start = m_pos;
        while (!atEnd()) {
            const char c = m_text[m_pos];
            if (isIdentifierPart(c)) {
                ++m_pos;
            } else if (allowDots && c == '.' && m_pos + 1 < m_text.size()
                       && isIdentifierStart(m_text[m_pos + 1])) {
                ++m_pos;
            } else {
                break;
            }
        }
        return std::string(m_text.substr(start, m_pos - start));
    }

    Node parseCall(int depth)
    {
        auto node = std::make_unique<Expression>();
        node->kind = Expression::Kind::Call;
        node->offset = m_pos;
        node->text = parseIdentifier(true);
        skipWhitespace();
        if (peek() != '(')
            return failExpected("'(' after the function name '" + node->text + "'");
        ++m_pos;
        skipWhitespace();
        if (peek() == ')') {
            ++m_pos;
            return node;
        }
        while (true) {
            Node argument = parseExpression(depth + 1);
            if (!argument)
                return nullptr;
            node->operands.push_back(std::move(argument));
            skipWhitespace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ')') {
                ++m_pos;
                return node;
            }
            return failExpected("',' or ')' after an argument of '" + node->text + "'");
        }
    }

    Node parseProperty(Node target)
    {
        const std::size_t dotOffset = m_pos;
        ++m_pos; // '.'
        skipWhitespace();
        if (!isIdentifierStart(peek()))
            return failExpected("a property name after '.'");
        auto node = std::make_unique<Expression>();
        node->kind = Expression::Kind::Property;
        node->offset = dotOffset;
        node->text = parseIdentifier(false);
        node->operands.push_back(std::move(target));
        return node;
    }

    Node parseIndex(Node target, int depth)
    {
        auto node = std::make_unique<Expression>();
        node->kind = Expression::Kind::Index;
        node->offset = m_pos;
        ++m_pos; // '['
        Node index = parseExpression(depth + 1);
        if (!index)
            return nullptr;
        skipWhitespace();
        if (peek() != ']')
            return failExpected("']' to close the index opened at offset "
                                + std::to_string(node->offset));
        ++m_pos;
        node->operands.push_back(std::move(target));
        node->operands.push_back(std::move(index));
        return node;
    }

    std::string_view m_text;
    int m_maxDepth;
    std::size_t m_pos = 0;
    std::string m_error;
    std::size_t m_errorOffset = 0;
};

} // namespace

bool isExpressionString(std::string_view jsonString)
{
    if (jsonString.size() < 2 || jsonString.front() != '[' || jsonString.back() != ']')
        return false;
    return jsonString[1] != '[';
}

ExpressionParseResult parseExpression(std::string_view text, int maxDepth)
{
    return Parser(text, maxDepth).parse();
}

} // namespace compliance
