// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/bicep/bicepparser.h"

#include "core/bicep/bicepexpressionparser.h"
#include "core/bicep/biceplexer.h"

namespace compliance {

namespace {

using Kind = BicepDeclaration::Kind;

// Reads declarations; expressions are read by the BicepExpressionParser it derives from.
class ProgramParser : public BicepExpressionParser
{
public:
    using BicepExpressionParser::BicepExpressionParser;

    BicepProgram parseProgram()
    {
        BicepProgram program;
        while (true) {
            skipNewLines();
            if (token().kind == BicepToken::Kind::End)
                return program;
            program.declarations.push_back(parseDeclaration());
            const BicepToken &next = token();
            if (next.kind != BicepToken::Kind::NewLine && next.kind != BicepToken::Kind::End)
                failAt(next,
                       "expected a line break after the declaration, found " + describe(next));
        }
    }

private:
    std::vector<BicepDecorator> parseDecorators()
    {
        std::vector<BicepDecorator> decorators;
        while (isSymbol("@")) {
            BicepDecorator decorator;
            decorator.span.begin = token().span.begin;
            advance();
            decorator.name = expectIdentifier("expected a decorator name after '@'").text;
            // `@sys.description(...)`: the namespace is dropped.
            if (acceptSymbol(".")) {
                decorator.name = expectIdentifier("expected a decorator name after '.'").text;
            }
            if (isSymbol("(")) {
                auto call = parseCallArguments();
                decorator.arguments = std::move(call);
            }
            decorator.span.end = lastEnd();
            decorators.push_back(std::move(decorator));
            skipNewLines();
        }
        return decorators;
    }

    std::unique_ptr<BicepDeclaration> parseDeclaration()
    {
        std::vector<BicepDecorator> decorators = parseDecorators();
        const BicepToken keyword = token();
        if (keyword.kind != BicepToken::Kind::Identifier)
            failAt(keyword,
                   "expected a declaration (param, var, resource, module, output, ...), "
                   "found "
                       + describe(keyword));
        auto declaration = std::make_unique<BicepDeclaration>();
        declaration->decorators = std::move(decorators);
        declaration->span.begin = keyword.span.begin;
        const std::string &word = keyword.text;

        if (word == "targetScope") {
            advance();
            declaration->kind = Kind::TargetScope;
            expectSymbol("=", "expected '=' after targetScope");
            declaration->value = parseExpression();
        } else if (word == "metadata") {
            advance();
            declaration->kind = Kind::Metadata;
            readName(*declaration, "expected a name after metadata");
            expectSymbol("=", "expected '=' after the metadata name");
            declaration->value = parseExpression();
        } else if (word == "param") {
            advance();
            declaration->kind = Kind::Parameter;
            readName(*declaration, "expected a parameter name after param");
            if (!isSymbol("="))
                readType(*declaration, "expected a type or '=' after the parameter name");
            if (acceptSymbol("="))
                declaration->value = parseExpression();
        } else if (word == "var") {
            advance();
            declaration->kind = Kind::Variable;
            readName(*declaration, "expected a variable name after var");
            if (!isSymbol("="))
                readType(*declaration, "expected '=' after the variable name");
            expectSymbol("=", "expected '=' after the variable name");
            declaration->value = parseExpression();
        } else if (word == "resource" || word == "module") {
            parseResourceOrModule(*declaration);
        } else if (word == "output") {
            advance();
            declaration->kind = Kind::Output;
            readName(*declaration, "expected an output name after output");
            readType(*declaration, "expected a type after the output name");
            expectSymbol("=", "expected '=' after the output type");
            declaration->value = parseExpression();
        } else if (word == "using") {
            advance();
            declaration->kind = Kind::Using;
            if (token().kind == BicepToken::Kind::String) {
                readPath(*declaration, "expected a file path after using");
            } else {
                expectIdentifier("expected a file path or 'none' after using");
            }
        } else if (word == "type" && m_tokens[m_index + 1].kind == BicepToken::Kind::Identifier) {
            advance();
            declaration->kind = Kind::TypeAlias;
            readName(*declaration, "expected a type name after type");
            expectSymbol("=", "expected '=' after the type name");
            readType(*declaration, "expected a type after '='");
        } else if (word == "import" || word == "type" || word == "func" || word == "extension"
                   || word == "provider" || word == "assert" || word == "extends") {
            declaration->kind = Kind::Skipped;
            declaration->name = word;
            skipStatement();
        } else {
            failAt(keyword,
                   "expected a declaration (param, var, resource, module, output, ...), "
                   "found '"
                       + word + "'");
        }
        declaration->span.end = lastEnd();
        return declaration;
    }

    void readName(BicepDeclaration &declaration, const std::string &message)
    {
        const BicepToken &name = expectIdentifier(message);
        declaration.name = name.text;
        declaration.nameSpan = name.span;
    }

    void readPath(BicepDeclaration &declaration, const std::string &message)
    {
        const BicepToken &path = token();
        if (path.kind != BicepToken::Kind::String || !path.holes.empty())
            failAt(path, message + ", found " + describe(path));
        declaration.path = path.parts.front();
        declaration.pathSpan = path.span;
        advance();
    }

    // Reads a type up to '=' or the end of the line (outside brackets). Only the first name
    // and a trailing '?' are kept.
    void readType(BicepDeclaration &declaration, const std::string &message)
    {
        int depth = 0;
        bool any = false;
        bool lastWasQuestion = false;
        while (true) {
            const BicepToken &current = rawToken();
            if (current.kind == BicepToken::Kind::End)
                break;
            if (depth == 0
                && (current.kind == BicepToken::Kind::NewLine
                    || (current.kind == BicepToken::Kind::Symbol && current.text == "=")))
                break;
            if (current.kind == BicepToken::Kind::Symbol) {
                if (current.text == "(" || current.text == "[" || current.text == "{")
                    ++depth;
                else if (current.text == ")" || current.text == "]" || current.text == "}")
                    --depth;
                if (depth < 0)
                    failAt(current, message + ", found " + describe(current));
            }
            if (!any) {
                declaration.typeName = current.kind == BicepToken::Kind::Identifier
                    ? current.text
                    : (current.kind == BicepToken::Kind::String ? "string" : "object");
            }
            lastWasQuestion
                = depth == 0 && current.kind == BicepToken::Kind::Symbol && current.text == "?";
            any = true;
            advanceRaw();
        }
        if (!any)
            failAt(rawToken(), message + ", found " + describe(rawToken()));
        declaration.nullable = lastWasQuestion;
    }

    // Reads over a statement this tool does not use, up to the end of its last line.
    void skipStatement()
    {
        int depth = 0;
        while (true) {
            const BicepToken &current = rawToken();
            if (current.kind == BicepToken::Kind::End)
                return;
            if (depth == 0 && current.kind == BicepToken::Kind::NewLine)
                return;
            if (current.kind == BicepToken::Kind::Symbol) {
                if (current.text == "(" || current.text == "[" || current.text == "{")
                    ++depth;
                else if (current.text == ")" || current.text == "]" || current.text == "}")
                    --depth;
                if (depth < 0)
                    failAt(current, "unexpected " + describe(current));
            }
            advanceRaw();
        }
    }
};

} // namespace

BicepParseResult parseBicep(std::string_view text, int maxDepth)
{
    BicepParseResult result;
    BicepLexer lexer(text, 0, text.size());
    std::optional<std::vector<BicepToken>> tokens = lexer.tokenize();
    if (!tokens) {
        result.error = lexer.error();
        return result;
    }
    try {
        ProgramParser parser(text, std::move(*tokens), maxDepth);
        result.program = parser.parseProgram();
        result.ok = true;
    } catch (const BicepSyntaxFailure &failure) {
        result.error = failure.error;
    }
    return result;
}

} // namespace compliance
