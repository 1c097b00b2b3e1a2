// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/bicep/bicepexpressionparser.h"

#include <array>

namespace compliance {

namespace {

using Kind = BicepExpression::Kind;

// Binary operators from the lowest precedence to the highest.
const std::array<std::vector<std::string_view>, 7> kBinaryLevels { {
    { "??" },
    { "||" },
    { "&&" },
    { "==", "!=", "=~", "!~" },
    { "<", ">", "<=", ">=" },
    { "+", "-" },
    { "*", "/", "%" },
} };

bool isSymbolToken(const BicepToken &token, std::string_view symbol)
{
    return token.kind == BicepToken::Kind::Symbol && token.text == symbol;
}

bool isIdentifierToken(const BicepToken &token, std::string_view name)
{
    return token.kind == BicepToken::Kind::Identifier && token.text == name;
}

} // namespace

BicepExpressionParser::DepthGuard::DepthGuard(BicepExpressionParser &parser)
    : m_parser(parser)
{
    if (++m_parser.m_depth > m_parser.m_maxDepth)
        m_parser.failAt(m_parser.rawToken(),
                        "expression nested deeper than " + std::to_string(m_parser.m_maxDepth)
                            + " levels");
}

BicepExpressionParser::DepthGuard::~DepthGuard()
{
    --m_parser.m_depth;
}

BicepExpressionParser::BicepExpressionParser(std::string_view text, std::vector<BicepToken> tokens,
                                             int maxDepth)
    : m_text(text)
    , m_tokens(std::move(tokens))
    , m_maxDepth(maxDepth)
{
    if (m_tokens.empty())
        m_tokens.emplace_back();
}

const BicepToken &BicepExpressionParser::token()
{
    if (!m_lineBreaksMatter.back()) {
        while (m_tokens[m_index].kind == BicepToken::Kind::NewLine)
            ++m_index;
    }
    return m_tokens[m_index];
}

void BicepExpressionParser::advance()
{
    const BicepToken &current = token();
    m_lastEnd = current.span.end;
    if (current.kind != BicepToken::Kind::End)
        ++m_index;
}

void BicepExpressionParser::advanceRaw()
{
    m_lastEnd = m_tokens[m_index].span.end;
    if (m_tokens[m_index].kind != BicepToken::Kind::End)
        ++m_index;
}

void BicepExpressionParser::skipNewLines()
{
    while (m_tokens[m_index].kind == BicepToken::Kind::NewLine)
        ++m_index;
}

bool BicepExpressionParser::isSymbol(std::string_view symbol)
{
    return isSymbolToken(token(), symbol);
}

bool BicepExpressionParser::acceptSymbol(std::string_view symbol)
{
    if (!isSymbol(symbol))
        return false;
    advance();
    return true;
}

void BicepExpressionParser::expectSymbol(std::string_view symbol, const std::string &message)
{
    if (!acceptSymbol(symbol))
        failAt(token(), message + ", found " + describe(token()));
}

const BicepToken &BicepExpressionParser::expectIdentifier(const std::string &message)
{
    const BicepToken &current = token();
    if (current.kind != BicepToken::Kind::Identifier)
        failAt(current, message + ", found " + describe(current));
    advance();
    return current;
}

void BicepExpressionParser::failAt(const BicepToken &token, std::string message) const
{
    failAt(token.span.begin, std::move(message));
}

void BicepExpressionParser::failAt(std::size_t offset, std::string message) const
{
    throw BicepSyntaxFailure { BicepSyntaxError { std::move(message), offset } };
}

std::string BicepExpressionParser::describe(const BicepToken &token)
{
    switch (token.kind) {
    case BicepToken::Kind::Identifier:
        return "'" + token.text + "'";
    case BicepToken::Kind::Integer:
        return "an integer";
    case BicepToken::Kind::String:
        return "a string";
    case BicepToken::Kind::Symbol:
        return "'" + token.text + "'";
    case BicepToken::Kind::NewLine:
        return "a line break";
    case BicepToken::Kind::End:
        break;
    }
    return "the end of the text";
}

std::unique_ptr<BicepExpression> BicepExpressionParser::make(Kind kind, std::size_t begin)
{
    auto expression = std::make_unique<BicepExpression>();
    expression->kind = kind;
    expression->span.begin = begin;
    return expression;
}

// A binary operator, '?' or ':' at the start of the next line continues the expression.
bool BicepExpressionParser::acceptContinuation(std::string_view symbol)
{
    if (isSymbol(symbol)) {
        advance();
        return true;
    }
    std::size_t index = m_index;
    while (m_tokens[index].kind == BicepToken::Kind::NewLine)
        ++index;
    if (index == m_index || !isSymbolToken(m_tokens[index], symbol) || symbol == "-")
        return false;
    m_index = index;
    advance();
    return true;
}

std::unique_ptr<BicepExpression> BicepExpressionParser::parseExpression()
{
    DepthGuard guard(*this);
    return parseTernary();
}

std::unique_ptr<BicepExpression> BicepExpressionParser::parseTernary()
{
    auto condition = parseBinary(0);
    if (!acceptContinuation("?"))
        return condition;
    auto ternary = make(Kind::Ternary, condition->span.begin);
    ternary->operands.push_back(std::move(condition));
    ternary->operands.push_back(parseExpression());
    if (!acceptContinuation(":"))
        failAt(token(), "expected ':' in the conditional expression, found " + describe(token()));
    ternary->operands.push_back(parseExpression());
    ternary->span.end = m_lastEnd;
    return ternary;
}

std::unique_ptr<BicepExpression> BicepExpressionParser::parseBinary(int level)
{
    if (level == static_cast<int>(kBinaryLevels.size()))
        return parseUnary();
    DepthGuard guard(*this);
    auto left = parseBinary(level + 1);
    while (true) {
        std::string_view matched;
        for (std::string_view symbol : kBinaryLevels[static_cast<std::size_t>(level)]) {
            if (acceptContinuation(symbol)) {
                matched = symbol;
                break;
            }
        }
        if (matched.empty())
            return left;
        auto binary = make(Kind::Binary, left->span.begin);
        binary->text = std::string(matched);
        binary->operands.push_back(std::move(left));
        binary->operands.push_back(parseBinary(level + 1));
        binary->span.end = m_lastEnd;
        left = std::move(binary);
    }
}

std::unique_ptr<BicepExpression> BicepExpressionParser::parseUnary()
{
    DepthGuard guard(*this);
    const BicepToken &current = token();
    if (isSymbolToken(current, "!") || isSymbolToken(current, "-")) {
        const std::size_t begin = current.span.begin;
        const std::string op = current.text;
        advance();
        if (op == "-" && token().kind == BicepToken::Kind::Integer) {
            auto literal = parsePostfix(parsePrimary());
            if (literal->kind == Kind::Integer) {
                literal->integer = -literal->integer;
                literal->span.begin = begin;
                return literal;
            }
            auto unary = make(Kind::Unary, begin);
            unary->text = op;
            unary->operands.push_back(std::move(literal));
            unary->span.end = m_lastEnd;
            return unary;
        }
        auto unary = make(Kind::Unary, begin);
        unary->text = op;
        unary->operands.push_back(parseUnary());
        unary->span.end = m_lastEnd;
        return unary;
    }
    return parsePostfix(parsePrimary());
}

std::unique_ptr<BicepExpression>
BicepExpressionParser::parsePostfix(std::unique_ptr<BicepExpression> operand)
{
    while (true) {
        const std::size_t begin = operand->span.begin;
        if (isSymbol(".") || isSymbol("?.")) {
            bool safe = isSymbol("?.");
            advance();
            if (!safe && acceptSymbol("?"))
                safe = true;
            const BicepToken &name = expectIdentifier("expected a property name after '.'");
            if (!safe && isSymbol("(")) {
                // `sys.concat(...)` calls a namespaced function; `x.listKeys()` a resource's.
                auto call = make(Kind::Call, begin);
                if (operand->kind == Kind::Identifier) {
                    call->text = operand->text + "." + name.text;
                } else {
                    call->text = name.text;
                    call->names.push_back("method");
                    call->operands.push_back(std::move(operand));
                }
                for (auto &argument : parseCallArguments())
                    call->operands.push_back(std::move(argument));
                call->span.end = m_lastEnd;
                operand = std::move(call);
                continue;
            }
            auto property = make(Kind::Property, begin);
            property->text = name.text;
            property->safe = safe;
            property->operands.push_back(std::move(operand));
            property->span.end = m_lastEnd;
            operand = std::move(property);
        } else if (isSymbol("[")) {
            advance();
            m_lineBreaksMatter.push_back(false);
            auto index = make(Kind::Index, begin);
            index->safe = acceptSymbol("?");
            index->operands.push_back(std::move(operand));
            index->operands.push_back(parseExpression());
            expectSymbol("]", "expected ']' after the index");
            m_lineBreaksMatter.pop_back();
            index->span.end = m_lastEnd;
            operand = std::move(index);
        } else if (isSymbol("::")) {
            advance();
            auto access = make(Kind::ResourceAccess, begin);
            access->text = expectIdentifier("expected a resource name after '::'").text;
            access->operands.push_back(std::move(operand));
            access->span.end = m_lastEnd;
            operand = std::move(access);
        } else if (isSymbolToken(rawToken(), "!")) {
            advance();
            auto assertion = make(Kind::NonNull, begin);
            assertion->operands.push_back(std::move(operand));
            assertion->span.end = m_lastEnd;
            operand = std::move(assertion);
        } else {
            return operand;
        }
    }
}

std::vector<std::unique_ptr<BicepExpression>> BicepExpressionParser::parseCallArguments()
{
    std::vector<std::unique_ptr<BicepExpression>> arguments;
    expectSymbol("(", "expected '('");
    m_lineBreaksMatter.push_back(false);
    if (!acceptSymbol(")")) {
        while (true) {
            arguments.push_back(parseExpression());
            if (acceptSymbol(")"))
                break;
            expectSymbol(",", "expected ',' or ')' after the argument");
        }
    }
    m_lineBreaksMatter.pop_back();
    return arguments;
}

std::unique_ptr<BicepExpression> BicepExpressionParser::parsePrimary()
{
    DepthGuard guard(*this);
    const BicepToken &current = token();
    const std::size_t begin = current.span.begin;
    switch (current.kind) {
    case BicepToken::Kind::Integer: {
        if (current.overflow)
            failAt(current, "integer literal out of the 64-bit range");
        auto literal = make(Kind::Integer, begin);
        literal->integer = current.integer;
        advance();
        literal->span.end = m_lastEnd;
        return literal;
    }
    case BicepToken::Kind::String: {
        const BicepToken string = current;
        advance();
        return parseString(string);
    }
    case BicepToken::Kind::Identifier: {
        const std::string name = current.text;
        if (isSymbolToken(m_tokens[m_index + 1], "=>"))
            return parseLambda();
        advance();
        std::unique_ptr<BicepExpression> node;
        if (name == "true" || name == "false") {
            node = make(Kind::Boolean, begin);
            node->boolean = name == "true";
        } else if (name == "null") {
            node = make(Kind::Null, begin);
        } else if (isSymbolToken(rawToken(), "(")) {
            node = make(Kind::Call, begin);
            node->text = name;
            node->operands = parseCallArguments();
        } else {
            node = make(Kind::Identifier, begin);
            node->text = name;
        }
        node->span.end = m_lastEnd;
        return node;
    }
    case BicepToken::Kind::Symbol:
        if (current.text == "(") {
            if (isLambdaStart())
                return parseLambda();
            advance();
            m_lineBreaksMatter.push_back(false);
            auto inner = parseExpression();
            expectSymbol(")", "expected ')' after the expression");
            m_lineBreaksMatter.pop_back();
            return inner;
        }
        if (current.text == "{")
            return parseObject();
        if (current.text == "[")
            return parseArray();
        break;
    case BicepToken::Kind::NewLine:
    case BicepToken::Kind::End:
        break;
    }
    failAt(current, "expected an expression, found " + describe(current));
}

std::unique_ptr<BicepExpression> BicepExpressionParser::parseString(const BicepToken &string)
{
    if (string.holes.empty()) {
        auto literal = make(Kind::String, string.span.begin);
        literal->text = string.parts.empty() ? std::string() : string.parts.front();
        literal->span.end = string.span.end;
        return literal;
    }
    auto interpolated = make(Kind::Interpolated, string.span.begin);
    interpolated->parts = string.parts;
    for (const Span &hole : string.holes) {
        BicepLexer lexer(m_text, hole.begin, hole.end);
        std::optional<std::vector<BicepToken>> tokens = lexer.tokenize();
        if (!tokens)
            throw BicepSyntaxFailure { lexer.error() };
        BicepExpressionParser inner(m_text, std::move(*tokens), m_maxDepth - m_depth);
        inner.m_lineBreaksMatter.back() = false;
        if (inner.token().kind == BicepToken::Kind::End)
            failAt(hole.begin, "expected an expression inside '${}'");
        interpolated->operands.push_back(inner.parseExpression());
        if (inner.token().kind != BicepToken::Kind::End)
            failAt(inner.token(),
                   "expected '}' after the interpolated expression, found "
                       + describe(inner.token()));
    }
    interpolated->span.end = string.span.end;
    return interpolated;
}

std::unique_ptr<BicepExpression> BicepExpressionParser::parseObject()
{
    DepthGuard guard(*this);
    auto object = make(Kind::Object, token().span.begin);
    advance();
    m_lineBreaksMatter.push_back(true);
    while (true) {
        skipNewLines();
        const BicepToken &current = token();
        if (isSymbolToken(current, "}"))
            break;
        if ((isIdentifierToken(current, "resource") || isSymbolToken(current, "@"))
            && m_tokens[m_index + 1].kind != BicepToken::Kind::Symbol) {
            // A child resource declared in its parent's body (decorators are read over).
            while (acceptSymbol("@")) {
                expectIdentifier("expected a decorator name after '@'");
                if (isSymbol("("))
                    parseCallArguments();
                skipNewLines();
            }
            auto child = std::make_unique<BicepDeclaration>();
            parseResourceOrModule(*child);
            object->resources.push_back(std::move(child));
        } else {
            BicepExpression::Property property;
            if (acceptSymbol("...")) {
                property.spread = true;
                property.keySpan = Span { current.span.begin, current.span.end };
            } else if (current.kind == BicepToken::Kind::Identifier) {
                property.key = current.text;
                property.keySpan = current.span;
                advance();
            } else if (current.kind == BicepToken::Kind::String) {
                const BicepToken key = current;
                advance();
                property.keySpan = key.span;
                if (key.holes.empty())
                    property.key = key.parts.front();
                else
                    property.keyExpression = parseString(key);
            } else {
                failAt(current, "expected a property name or '}', found " + describe(current));
            }
            if (!property.spread)
                expectSymbol(":", "expected ':' after the property name");
            property.value = parseExpression();
            object->properties.push_back(std::move(property));
        }
        const BicepToken &after = rawToken();
        if (isSymbolToken(after, ","))
            advance();
        else if (after.kind != BicepToken::Kind::NewLine && !isSymbolToken(after, "}"))
            failAt(after,
                   "expected a line break, ',' or '}' after the property, found "
                       + describe(after));
    }
    advance();
    m_lineBreaksMatter.pop_back();
    object->span.end = m_lastEnd;
    return object;
}

std::unique_ptr<BicepExpression> BicepExpressionParser::parseArray()
{
    DepthGuard guard(*this);
    const std::size_t begin = token().span.begin;
    advance();
    m_lineBreaksMatter.push_back(true);
    skipNewLines();
    if (isIdentifierToken(token(), "for")) {
        auto loop = parseFor(begin);
        m_lineBreaksMatter.pop_back();
        return loop;
    }
    auto array = make(Kind::Array, begin);
    while (true) {
        skipNewLines();
        if (isSymbol("]"))
            break;
        array->operands.push_back(parseExpression());
        const BicepToken &after = rawToken();
        if (isSymbolToken(after, ","))
            advance();
        else if (after.kind != BicepToken::Kind::NewLine && !isSymbolToken(after, "]"))
            failAt(after,
                   "expected a line break, ',' or ']' after the array item, found "
                       + describe(after));
    }
    advance();
    m_lineBreaksMatter.pop_back();
    array->span.end = m_lastEnd;
    return array;
}

std::unique_ptr<BicepExpression> BicepExpressionParser::parseFor(std::size_t begin)
{
    auto loop = make(Kind::For, begin);
    advance(); // for
    m_lineBreaksMatter.push_back(false);
    if (acceptSymbol("(")) {
        loop->names.push_back(expectIdentifier("expected a loop item name after 'for ('").text);
        if (acceptSymbol(","))
            loop->names.push_back(expectIdentifier("expected an index name after ','").text);
        expectSymbol(")", "expected ')' after the loop variables");
    } else {
        loop->names.push_back(expectIdentifier("expected a loop item name after 'for'").text);
    }
    if (!isIdentifierToken(token(), "in"))
        failAt(token(), "expected 'in' after the loop variables, found " + describe(token()));
    advance();
    loop->operands.push_back(parseExpression());
    expectSymbol(":", "expected ':' after the loop's array");
    if (isIdentifierToken(token(), "if")) {
        const std::size_t ifBegin = token().span.begin;
        advance();
        auto conditional = make(Kind::If, ifBegin);
        expectSymbol("(", "expected '(' after 'if'");
        conditional->operands.push_back(parseExpression());
        expectSymbol(")", "expected ')' after the condition");
        conditional->operands.push_back(parseExpression());
        conditional->span.end = m_lastEnd;
        loop->operands.push_back(std::move(conditional));
    } else {
        loop->operands.push_back(parseExpression());
    }
    expectSymbol("]", "expected ']' after the loop body");
    m_lineBreaksMatter.pop_back();
    loop->span.end = m_lastEnd;
    return loop;
}

bool BicepExpressionParser::isLambdaStart() const
{
    std::size_t index = m_index + 1;
    const auto skip = [&] {
        while (m_tokens[index].kind == BicepToken::Kind::NewLine)
            ++index;
    };
    skip();
    if (!isSymbolToken(m_tokens[index], ")")) {
        while (true) {
            if (m_tokens[index].kind != BicepToken::Kind::Identifier)
                return false;
            ++index;
            skip();
            if (isSymbolToken(m_tokens[index], ")"))
                break;
            if (!isSymbolToken(m_tokens[index], ","))
                return false;
            ++index;
            skip();
        }
    }
    ++index;
    skip();
    return isSymbolToken(m_tokens[index], "=>");
}

std::unique_ptr<BicepExpression> BicepExpressionParser::parseLambda()
{
    auto lambda = make(Kind::Lambda, token().span.begin);
    if (acceptSymbol("(")) {
        m_lineBreaksMatter.push_back(false);
        while (!acceptSymbol(")")) {
            lambda->names.push_back(expectIdentifier("expected a lambda parameter name").text);
            if (!isSymbol(")"))
                expectSymbol(",", "expected ',' or ')' after the lambda parameter");
        }
        m_lineBreaksMatter.pop_back();
    } else {
        lambda->names.push_back(expectIdentifier("expected a lambda parameter name").text);
    }
    expectSymbol("=>", "expected '=>' after the lambda parameters");
    lambda->operands.push_back(parseExpression());
    lambda->span.end = m_lastEnd;
    return lambda;
}

// The value of a resource or module: an object, `if (condition) {...}` or `[for ...]`.
std::unique_ptr<BicepExpression>
BicepExpressionParser::parseBody(const std::string &declarationKind)
{
    const BicepToken &current = token();
    if (isIdentifierToken(current, "if")) {
        auto conditional = make(Kind::If, current.span.begin);
        advance();
        expectSymbol("(", "expected '(' after 'if'");
        m_lineBreaksMatter.push_back(false);
        conditional->operands.push_back(parseExpression());
        expectSymbol(")", "expected ')' after the condition");
        m_lineBreaksMatter.pop_back();
        if (!isSymbol("{"))
            failAt(token(),
                   "expected '{' after the condition of " + declarationKind + ", found "
                       + describe(token()));
        conditional->operands.push_back(parseObject());
        conditional->span.end = m_lastEnd;
        return conditional;
    }
    if (isSymbolToken(current, "{") || isSymbolToken(current, "["))
        return parseExpression();
    failAt(current,
           "expected '{', 'if' or '[for' after '=' in " + declarationKind + ", found "
               + describe(current));
}

void BicepExpressionParser::parseResourceOrModule(BicepDeclaration &declaration)
{
    const BicepToken &keyword = token();
    const bool isModule = keyword.text == "module";
    declaration.kind = isModule ? BicepDeclaration::Kind::Module : BicepDeclaration::Kind::Resource;
    declaration.span.begin = keyword.span.begin;
    advance();
    const BicepToken &name = expectIdentifier(std::string("expected a symbolic name after ")
                                              + (isModule ? "module" : "resource"));
    declaration.name = name.text;
    declaration.nameSpan = name.span;
    const BicepToken &path = token();
    if (path.kind != BicepToken::Kind::String || !path.holes.empty())
        failAt(path,
               std::string("expected a ") + (isModule ? "module path" : "resource type")
                   + " string after the symbolic name, found " + describe(path));
    declaration.path = path.parts.front();
    declaration.pathSpan = path.span;
    advance();
    if (isIdentifierToken(token(), "existing")) {
        declaration.existing = true;
        advance();
    }
    expectSymbol(
        "=", std::string("expected '=' after the ") + (isModule ? "module path" : "resource type"));
    declaration.value = parseBody(isModule ? "a module" : "a resource");
    declaration.span.end = m_lastEnd;
}

} // namespace compliance
