// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/bicep/bicepexpressiontranslator.h"

namespace compliance {

namespace {

using Kind = BicepExpression::Kind;

// Deeper expressions are not translated: the parser caps nesting, and this guards the
// mutual recursion through resource names.
constexpr int kMaxTranslationDepth = 400;

std::string escapeFormatText(std::string_view text)
{
    std::string escaped;
    for (char c : text) {
        if (c == '{' || c == '}')
            escaped += c;
        escaped += c;
    }
    return escaped;
}

// Bicep functions that are written differently in ARM templates.
std::string armFunctionName(std::string name)
{
    for (std::string_view prefix : { "sys.", "az." }) {
        if (name.rfind(prefix, 0) == 0)
            return name.substr(prefix.size());
    }
    return name;
}

struct DepthGuard
{
    explicit DepthGuard(int &depth)
        : m_depth(depth)
    {
        ++m_depth;
    }
    ~DepthGuard() { --m_depth; }
    int &m_depth;
};

} // namespace

std::string armStringLiteral(std::string_view text)
{
    std::string literal = "'";
    for (char c : text) {
        if (c == '\'')
            literal += '\'';
        literal += c;
    }
    literal += '\'';
    return literal;
}

JsonNode literalStringNode(std::string_view value, Span span)
{
    JsonNode node;
    node.type = JsonType::String;
    node.span = span;
    // ARM reads "[...]" as an expression; "[[" keeps it a literal.
    const bool looksLikeExpression = !value.empty() && value.front() == '[' && value.back() == ']';
    node.string = looksLikeExpression ? "[" + std::string(value) : std::string(value);
    return node;
}

JsonNode expressionNode(const std::string &expression, Span span)
{
    JsonNode node;
    node.type = JsonType::String;
    node.span = span;
    node.string = "[" + expression + "]";
    return node;
}

BicepExpressionTranslator::BicepExpressionTranslator(BicepSymbols &symbols)
    : m_symbols(symbols)
{ }

JsonNode BicepExpressionTranslator::translateValue(const BicepExpression &expression)
{
    DepthGuard guard(m_depth);
    JsonNode node;
    node.span = expression.span;
    switch (expression.kind) {
    case Kind::String:
        return literalStringNode(expression.text, expression.span);
    case Kind::Integer:
        node.type = JsonType::Integer;
        node.integer = expression.integer;
        return node;
    case Kind::Boolean:
        node.type = JsonType::Boolean;
        node.boolean = expression.boolean;
        return node;
    case Kind::Null:
        node.type = JsonType::Null;
        return node;
    case Kind::Object: {
        bool literalKeys = m_depth < kMaxTranslationDepth;
        for (const BicepExpression::Property &property : expression.properties)
            literalKeys = literalKeys && !property.spread && !property.keyExpression;
        if (!literalKeys)
            break;
        node.type = JsonType::Object;
        for (const BicepExpression::Property &property : expression.properties) {
            JsonNode member = translateValue(*property.value);
            member.key = property.key;
            member.keySpan = property.keySpan;
            node.children.push_back(std::move(member));
        }
        return node;
    }
    case Kind::Array:
        if (m_depth >= kMaxTranslationDepth)
            break;
        node.type = JsonType::Array;
        for (const auto &item : expression.operands)
            node.children.push_back(translateValue(*item));
        return node;
    default:
        break;
    }
    return expressionNode(toArm(expression), expression.span);
}

std::string BicepExpressionTranslator::toArm(const BicepExpression &expression)
{
    bool safe = false;
    return toArmChain(expression, safe);
}

// `safe` is set once a `.?` or `[?` occurs in a chain of property reads, so the reads after it
// give null instead of an error, as in Bicep.
std::string BicepExpressionTranslator::toArmChain(const BicepExpression &expression, bool &safe)
{
    DepthGuard guard(m_depth);
    if (m_depth > kMaxTranslationDepth)
        return "null()";
    switch (expression.kind) {
    case Kind::String:
        return armStringLiteral(expression.text);
    case Kind::Interpolated: {
        std::string pattern;
        std::string arguments;
        for (std::size_t i = 0; i < expression.parts.size(); ++i) {
            pattern += escapeFormatText(expression.parts[i]);
            if (i < expression.operands.size()) {
                pattern += "{" + std::to_string(i) + "}";
                arguments += ", " + toArm(*expression.operands[i]);
            }
        }
        return "format(" + armStringLiteral(pattern) + arguments + ")";
    }
    case Kind::Integer:
        return std::to_string(expression.integer);
    case Kind::Boolean:
        return expression.boolean ? "true()" : "false()";
    case Kind::Null:
        return "null()";
    case Kind::Identifier:
        return translateIdentifier(expression.text);
    case Kind::Object:
        return translateObject(expression);
    case Kind::Array: {
        std::string items;
        for (const auto &item : expression.operands)
            items += (items.empty() ? "" : ", ") + toArm(*item);
        return "createArray(" + items + ")";
    }
    case Kind::Property: {
        bool handled = false;
        std::string resourceRead = translateResourceRead(expression, handled);
        if (handled)
            return resourceRead;
        const std::string container = toArmChain(*expression.operands[0], safe);
        safe = safe || expression.safe;
        if (safe)
            return "tryGet(" + container + ", " + armStringLiteral(expression.text) + ")";
        return container + "." + expression.text;
    }
    case Kind::Index: {
        const std::string container = toArmChain(*expression.operands[0], safe);
        const std::string index = toArm(*expression.operands[1]);
        safe = safe || expression.safe;
        if (safe)
            return "tryGet(" + container + ", " + index + ")";
        return container + "[" + index + "]";
    }
    case Kind::ResourceAccess:
        return "reference(" + armStringLiteral(expression.text) + ")";
    case Kind::Call:
        return translateCall(expression);
    case Kind::Unary:
        if (expression.text == "!")
            return "not(" + toArm(*expression.operands[0]) + ")";
        return "sub(0, " + toArm(*expression.operands[0]) + ")";
    case Kind::NonNull:
        return toArmChain(*expression.operands[0], safe);
    case Kind::Binary:
        return translateBinary(expression);
    case Kind::Ternary:
        return "if(" + toArm(*expression.operands[0]) + ", " + toArm(*expression.operands[1]) + ", "
            + toArm(*expression.operands[2]) + ")";
    case Kind::Lambda:
        return translateLambda(expression);
    case Kind::For:
        return translateLoop(expression);
    case Kind::If:
        return "if(" + toArm(*expression.operands[0]) + ", " + toArm(*expression.operands[1])
            + ", null())";
    }
    return "null()";
}

std::string BicepExpressionTranslator::translateIdentifier(const std::string &name)
{
    for (auto local = m_symbols.locals.rbegin(); local != m_symbols.locals.rend(); ++local) {
        if (local->first == name)
            return local->second;
    }
    const auto found = m_symbols.declared.find(name);
    const BicepSymbols::Kind kind
        = found == m_symbols.declared.end() ? BicepSymbols::Kind::Other : found->second;
    switch (kind) {
    case BicepSymbols::Kind::Parameter:
        return "parameters(" + armStringLiteral(name) + ")";
    case BicepSymbols::Kind::Variable:
        return "variables(" + armStringLiteral(name) + ")";
    case BicepSymbols::Kind::Resource:
    case BicepSymbols::Kind::Module:
        return "reference(" + armStringLiteral(name) + ")";
    case BicepSymbols::Kind::Other:
        break;
    }
    // An imported or otherwise undeclared name: ARM reports an undeclared parameter as unknown.
    return "parameters(" + armStringLiteral(name) + ")";
}

// `registry.name`, `.id`, `.type` and `.apiVersion` are known from the declaration; other
// properties of a deployed resource or module are only known at deployment.
std::string BicepExpressionTranslator::translateResourceRead(const BicepExpression &property,
                                                             bool &handled)
{
    const BicepExpression &operand = *property.operands[0];
    const BicepExpression *base = &operand;
    while (base->kind == Kind::NonNull)
        base = base->operands[0].get();
    if (base->kind != Kind::Identifier)
        return {};
    const auto found = m_symbols.resources.find(base->text);
    if (found == m_symbols.resources.end())
        return {};
    for (const auto &local : m_symbols.locals) {
        if (local.first == base->text)
            return {};
    }
    handled = true;
    const BicepDeclaration &declaration = *found->second;
    const std::string &path = declaration.path;
    const std::size_t at = path.find('@');
    const std::string type = path.substr(0, at);
    const BicepExpression *body = declaration.value.get();
    if (body && body->kind == Kind::If)
        body = body->operands[1].get();
    const BicepExpression *name = nullptr;
    if (body && body->kind == Kind::Object) {
        for (const BicepExpression::Property &member : body->properties) {
            if (member.key == "name")
                name = member.value.get();
        }
    }
    const bool isResource = declaration.kind == BicepDeclaration::Kind::Resource;
    if (property.text == "name" && name)
        return toArm(*name);
    if (isResource && property.text == "type")
        return armStringLiteral(type);
    if (isResource && property.text == "apiVersion" && at != std::string::npos)
        return armStringLiteral(path.substr(at + 1));
    if (isResource && property.text == "id" && name)
        return "resourceId(" + armStringLiteral(type) + ", " + toArm(*name) + ")";
    return "reference(" + armStringLiteral(base->text) + ")." + property.text;
}

std::string BicepExpressionTranslator::translateCall(const BicepExpression &call)
{
    const std::string name = armFunctionName(call.text);
    std::vector<std::string> arguments;
    for (const auto &operand : call.operands)
        arguments.push_back(toArm(*operand));
    // any() only changes the type checking.
    if (name == "any" && arguments.size() == 1)
        return arguments.front();
    std::string text = name + "(";
    for (std::size_t i = 0; i < arguments.size(); ++i)
        text += (i == 0 ? "" : ", ") + arguments[i];
    return text + ")";
}

std::string BicepExpressionTranslator::translateBinary(const BicepExpression &binary)
{
    const std::string left = toArm(*binary.operands[0]);
    const std::string right = toArm(*binary.operands[1]);
    const std::string &op = binary.text;
    const auto call = [&](std::string_view function) {
        return std::string(function) + "(" + left + ", " + right + ")";
    };
    if (op == "==")
        return call("equals");
    if (op == "!=")
        return "not(" + call("equals") + ")";
    if (op == "=~" || op == "!~") {
        const std::string equal = "equals(toLower(" + left + "), toLower(" + right + "))";
        return op == "=~" ? equal : "not(" + equal + ")";
    }
    if (op == "<")
        return call("less");
    if (op == "<=")
        return call("lessOrEquals");
    if (op == ">")
        return call("greater");
    if (op == ">=")
        return call("greaterOrEquals");
    if (op == "&&")
        return call("and");
    if (op == "||")
        return call("or");
    if (op == "??")
        return call("coalesce");
    if (op == "+")
        return call("add");
    if (op == "-")
        return call("sub");
    if (op == "*")
        return call("mul");
    if (op == "/")
        return call("div");
    return call("mod");
}

std::string BicepExpressionTranslator::translateObject(const BicepExpression &object)
{
    // Members before a spread and after it are merged in order, as Bicep merges them.
    std::vector<std::string> pieces;
    std::string members;
    const auto flush = [&] {
        if (!members.empty() || pieces.empty())
            pieces.push_back("createObject(" + members + ")");
        members.clear();
    };
    for (const BicepExpression::Property &property : object.properties) {
        if (property.spread) {
            flush();
            pieces.push_back(toArm(*property.value));
            continue;
        }
        const std::string key = property.keyExpression ? toArm(*property.keyExpression)
                                                       : armStringLiteral(property.key);
        members += (members.empty() ? "" : ", ") + key + ", " + toArm(*property.value);
    }
    if (!members.empty() || pieces.empty())
        flush();
    if (pieces.size() == 1)
        return pieces.front();
    std::string merged = "union(";
    for (std::size_t i = 0; i < pieces.size(); ++i)
        merged += (i == 0 ? "" : ", ") + pieces[i];
    return merged + ")";
}

// ARM templates express both with lambda(); the evaluator reports them as unknown.
std::string BicepExpressionTranslator::translateLambda(const BicepExpression &lambda)
{
    std::string text = "lambda(";
    for (const std::string &name : lambda.names) {
        text += armStringLiteral(name) + ", ";
        m_symbols.locals.emplace_back(name, "lambdaVariables(" + armStringLiteral(name) + ")");
    }
    text += toArm(*lambda.operands[0]) + ")";
    for (std::size_t i = 0; i < lambda.names.size(); ++i)
        m_symbols.locals.pop_back();
    return text;
}

std::string BicepExpressionTranslator::translateLoop(const BicepExpression &loop)
{
    const std::string items = toArm(*loop.operands[0]);
    for (const std::string &name : loop.names)
        m_symbols.locals.emplace_back(name, "lambdaVariables(" + armStringLiteral(name) + ")");
    std::string lambda = "lambda(";
    for (const std::string &name : loop.names)
        lambda += armStringLiteral(name) + ", ";
    lambda += toArm(*loop.operands[1]) + ")";
    for (std::size_t i = 0; i < loop.names.size(); ++i)
        m_symbols.locals.pop_back();
    return "map(" + items + ", " + lambda + ")";
}

BicepSymbols BicepSymbols::collect(const BicepProgram &program)
{
    BicepSymbols symbols;
    const auto addResources =
        [&](const auto &self, const std::vector<std::unique_ptr<BicepDeclaration>> &list) -> void {
        for (const auto &declaration : list) {
            switch (declaration->kind) {
            case BicepDeclaration::Kind::Parameter:
                symbols.declared[declaration->name] = Kind::Parameter;
                break;
            case BicepDeclaration::Kind::Variable:
                symbols.declared[declaration->name] = Kind::Variable;
                break;
            case BicepDeclaration::Kind::Resource:
            case BicepDeclaration::Kind::Module:
                symbols.declared[declaration->name]
                    = declaration->kind == BicepDeclaration::Kind::Resource ? Kind::Resource
                                                                            : Kind::Module;
                symbols.resources[declaration->name] = declaration.get();
                break;
            case BicepDeclaration::Kind::TypeAlias:
                symbols.typeAliases[declaration->name] = declaration->nullable;
                break;
            default:
                break;
            }
        }
        (void)self;
    };
    addResources(addResources, program.declarations);
    return symbols;
}

} // namespace compliance
