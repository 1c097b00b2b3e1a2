// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Parses Bicep text: declarations, decorators, expressions (checked through the ARM expression
// they translate to), spans, and syntax errors with their line, column and expected text.
#include "core/bicep/bicepexpressiontranslator.h"
#include "core/bicep/bicepparser.h"
#include "core/source/sourcefile.h"

#include <QTest>

#include <string>

using namespace compliance;

namespace {

SourceFile sourceOf(const std::string &text)
{
    return SourceFile("test.bicep", text, text, TextEncoding::Utf8);
}

// Translates the value of the last declaration of `text` to an ARM expression, or returns the
// syntax error.
std::string armOfLastValue(const std::string &text)
{
    const BicepParseResult parsed = parseBicep(text);
    if (!parsed.ok)
        return "error: " + parsed.error.message;
    BicepSymbols symbols = BicepSymbols::collect(parsed.program);
    BicepExpressionTranslator translator(symbols);
    return translator.toArm(*parsed.program.declarations.back()->value);
}

std::string_view spanText(const std::string &text, Span span)
{
    return std::string_view(text).substr(span.begin, span.size());
}

} // namespace

class TestBicepParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expressions_data();
    void expressions();
    void declarations();
    void decorators();
    void resourceForms();
    void childResources();
    void modules();
    void parameterFile();
    void skippedStatements();
    void strings_data();
    void strings();
    void syntaxErrors_data();
    void syntaxErrors();
    void deepNesting();
};

void TestBicepParser::expressions_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("arm");

    const QString prelude = QStringLiteral("param p string\nparam n int\nvar v = 1\n");
    const auto row = [&](const char *name, const char *expression, const char *arm) {
        QTest::newRow(name) << prelude + "var x = " + QString::fromUtf8(expression)
                            << QString::fromUtf8(arm);
    };
    row("string", "'a'", "'a'");
    row("integer", "42", "42");
    row("negative integer", "-42", "-42");
    row("booleans", "[true, false]", "createArray(true(), false())");
    row("null", "null", "null()");
    row("parameter", "p", "parameters('p')");
    row("variable", "v", "variables('v')");
    row("interpolation", "'${p}-x{y}'", "format('{0}-x{{y}}', parameters('p'))");
    row("interpolation at ends", "'${p}${v}'", "format('{0}{1}', parameters('p'), variables('v'))");
    row("property", "p.a.b", "parameters('p').a.b");
    row("safe property", "p.?a.b", "tryGet(tryGet(parameters('p'), 'a'), 'b')");
    row("safe property before dot", "p?.a", "tryGet(parameters('p'), 'a')");
    row("index", "p[0]", "parameters('p')[0]");
    row("safe index", "p[?'k']", "tryGet(parameters('p'), 'k')");
    row("non-null assertion", "p!.a", "parameters('p').a");
    row("not", "!empty(p)", "not(empty(parameters('p')))");
    row("unary minus", "-n", "sub(0, parameters('n'))");
    row("equals", "p == 'a'", "equals(parameters('p'), 'a')");
    row("not equals", "p != 'a'", "not(equals(parameters('p'), 'a'))");
    row("equals ignoring case", "p =~ 'A'", "equals(toLower(parameters('p')), toLower('A'))");
    row("not equals ignoring case", "p !~ 'A'",
        "not(equals(toLower(parameters('p')), toLower('A')))");
    row("comparisons", "n < 1 && n <= 2 || n > 3 && n >= 4",
        "or(and(less(parameters('n'), 1), lessOrEquals(parameters('n'), 2)), "
        "and(greater(parameters('n'), 3), greaterOrEquals(parameters('n'), 4)))");
    row("arithmetic precedence", "n + 2 * 3 - n / 4 % 5",
        "sub(add(parameters('n'), mul(2, 3)), mod(div(parameters('n'), 4), 5))");
    row("coalesce", "p ?? 'd'", "coalesce(parameters('p'), 'd')");
    row("ternary", "n > 1 ? 'a' : 'b'", "if(greater(parameters('n'), 1), 'a', 'b')");
    row("ternary over lines", "n > 1\n  ? 'a'\n  : 'b'",
        "if(greater(parameters('n'), 1), 'a', 'b')");
    row("nested ternary", "n > 1 ? 'a' : n > 0 ? 'b' : 'c'",
        "if(greater(parameters('n'), 1), 'a', if(greater(parameters('n'), 0), 'b', 'c'))");
    row("parentheses", "(n + 1) * 2", "mul(add(parameters('n'), 1), 2)");
    row("function call", "toLower(p)", "toLower(parameters('p'))");
    row("namespaced call", "sys.concat(p, 'x')", "concat(parameters('p'), 'x')");
    row("az namespace", "az.resourceGroup().location", "resourceGroup().location");
    row("any", "any(p)", "parameters('p')");
    row("call over lines", "concat(\n  p,\n  'x'\n)", "concat(parameters('p'), 'x')");
    row("object in expression", "union({ a: 1 }, {\n  b: p\n})",
        "union(createObject('a', 1), createObject('b', parameters('p')))");
    row("object with quoted key", "empty({ 'a-b': 1 })", "empty(createObject('a-b', 1))");
    row("interpolated key", "empty({ '${p}': 1 })",
        "empty(createObject(format('{0}', parameters('p')), 1))");
    row("spread", "empty({ a: 1, ...p })", "empty(union(createObject('a', 1), parameters('p')))");
    row("array with commas", "length([1, 2, 3])", "length(createArray(1, 2, 3))");
    row("lambda", "map(p, x => x.name)",
        "map(parameters('p'), lambda('x', lambdaVariables('x').name))");
    row("lambda with two parameters", "reduce(p, 0, (cur, next) => cur + next)",
        "reduce(parameters('p'), 0, lambda('cur', 'next', "
        "add(lambdaVariables('cur'), lambdaVariables('next'))))");
    row("for expression", "[for (item, i) in p: item.name]",
        "map(parameters('p'), lambda('item', 'i', lambdaVariables('item').name))");
    row("for over range with filter", "[for i in range(0, n): if (i > 0) i]",
        "map(range(0, parameters('n')), lambda('i', if(greater(lambdaVariables('i'), 0), "
        "lambdaVariables('i'), null())))");
    row("comment inside", "concat(p /* first */, // rest\n 'x')", "concat(parameters('p'), 'x')");
}

void TestBicepParser::expressions()
{
    QFETCH(QString, source);
    QFETCH(QString, arm);
    QCOMPARE(QString::fromStdString(armOfLastValue(source.toStdString())), arm);
}

void TestBicepParser::declarations()
{
    const std::string text = "targetScope = 'resourceGroup'\n"
                             "metadata owner = 'team'\n"
                             "param name string\n"
                             "param tags object?\n"
                             "param size int = 3\n"
                             "var label = 'x'\n"
                             "var typed string = 'y'\n"
                             "output id string = name\n";
    const BicepParseResult parsed = parseBicep(text);
    QVERIFY2(parsed.ok, parsed.error.message.c_str());
    const auto &declarations = parsed.program.declarations;
    QCOMPARE(int(declarations.size()), 8);
    QCOMPARE(int(declarations[0]->kind), int(BicepDeclaration::Kind::TargetScope));
    QCOMPARE(int(declarations[1]->kind), int(BicepDeclaration::Kind::Metadata));
    QCOMPARE(int(declarations[2]->kind), int(BicepDeclaration::Kind::Parameter));
    QCOMPARE(declarations[2]->typeName, std::string("string"));
    QVERIFY(!declarations[2]->nullable);
    QVERIFY(!declarations[2]->value);
    QCOMPARE(spanText(text, declarations[2]->nameSpan), std::string_view("name"));
    QVERIFY(declarations[3]->nullable);
    QCOMPARE(declarations[4]->value->integer, std::int64_t(3));
    QCOMPARE(int(declarations[5]->kind), int(BicepDeclaration::Kind::Variable));
    QCOMPARE(declarations[6]->value->text, std::string("y"));
    QCOMPARE(int(declarations[7]->kind), int(BicepDeclaration::Kind::Output));
    QCOMPARE(spanText(text, declarations[4]->value->span), std::string_view("3"));
}

void TestBicepParser::decorators()
{
    const std::string text = "@description('The SKU.')\n"
                             "@sys.minLength(3)\n"
                             "@secure()\n"
                             "@allowed([\n"
                             "  'Basic'\n"
                             "  'Premium'\n"
                             "])\n"
                             "param sku string = 'Basic'\n";
    const BicepParseResult parsed = parseBicep(text);
    QVERIFY2(parsed.ok, parsed.error.message.c_str());
    const BicepDeclaration &parameter = *parsed.program.declarations.front();
    QCOMPARE(int(parameter.decorators.size()), 4);
    QCOMPARE(parameter.decorators[1].name, std::string("minLength"));
    QCOMPARE(parameter.decorators[2].name, std::string("secure"));
    const BicepDecorator &allowed = parameter.decorators[3];
    QCOMPARE(allowed.name, std::string("allowed"));
    QCOMPARE(int(allowed.arguments.size()), 1);
    QCOMPARE(int(allowed.arguments.front()->operands.size()), 2);
    QCOMPARE(spanText(text, allowed.arguments.front()->operands[1]->span),
             std::string_view("'Premium'"));
    QCOMPARE(spanText(text, parameter.span).substr(0, 5), std::string_view("param"));
}

void TestBicepParser::resourceForms()
{
    const std::string text
        = "resource a 'Microsoft.ContainerRegistry/registries@2023-07-01' = {\n"
          "  name: 'a'\n"
          "}\n"
          "resource b 'Microsoft.ContainerRegistry/registries@2023-07-01' existing = {\n"
          "  name: 'b'\n"
          "}\n"
          "resource c 'Microsoft.ContainerRegistry/registries@2023-07-01' existing = if (true) {\n"
          "  name: 'c'\n"
          "}\n"
          "resource d 'Microsoft.ContainerRegistry/registries@2023-07-01' = [for n in ['x']: {\n"
          "  name: n\n"
          "}]\n"
          "resource e 'Microsoft.ContainerRegistry/registries@2023-07-01' = [\n"
          "  for (n, i) in ['x']: if (i > 0) {\n"
          "    name: n\n"
          "  }\n"
          "]\n";
    const BicepParseResult parsed = parseBicep(text);
    QVERIFY2(parsed.ok, parsed.error.message.c_str());
    const auto &declarations = parsed.program.declarations;
    QCOMPARE(int(declarations.size()), 5);
    QCOMPARE(declarations[0]->path,
             std::string("Microsoft.ContainerRegistry/registries@2023-07-01"));
    QCOMPARE(int(declarations[0]->value->kind), int(BicepExpression::Kind::Object));
    QVERIFY(declarations[1]->existing);
    QVERIFY(declarations[2]->existing);
    QCOMPARE(int(declarations[2]->value->kind), int(BicepExpression::Kind::If));
    QCOMPARE(int(declarations[3]->value->kind), int(BicepExpression::Kind::For));
    const BicepExpression &loop = *declarations[4]->value;
    QCOMPARE(int(loop.kind), int(BicepExpression::Kind::For));
    QCOMPARE(int(loop.names.size()), 2);
    QCOMPARE(int(loop.operands[1]->kind), int(BicepExpression::Kind::If));
}

void TestBicepParser::childResources()
{
    const std::string text = "resource vault 'Microsoft.KeyVault/vaults@2023-02-01' existing = {\n"
                             "  name: 'v'\n"
                             "\n"
                             "  resource key 'keys@2023-02-01' existing = {\n"
                             "    name: 'k'\n"
                             "  }\n"
                             "}\n"
                             "resource replica 'Microsoft.ContainerRegistry/registries/"
                             "replications@2023-07-01' = {\n"
                             "  parent: vault\n"
                             "  name: 'r'\n"
                             "}\n"
                             "output uri string = vault::key.properties.keyUri\n";
    const BicepParseResult parsed = parseBicep(text);
    QVERIFY2(parsed.ok, parsed.error.message.c_str());
    const BicepExpression &body = *parsed.program.declarations[0]->value;
    QCOMPARE(int(body.resources.size()), 1);
    QCOMPARE(body.resources.front()->name, std::string("key"));
    QVERIFY(body.resources.front()->existing);
    QCOMPARE(body.properties.front().key, std::string("name"));
    const BicepExpression &output = *parsed.program.declarations[2]->value;
    QCOMPARE(int(output.kind), int(BicepExpression::Kind::Property));
    QCOMPARE(int(output.operands[0]->operands[0]->kind),
             int(BicepExpression::Kind::ResourceAccess));
}

void TestBicepParser::modules()
{
    const std::string text = "module local './mod.bicep' = {\n"
                             "  name: 'local'\n"
                             "  params: {\n"
                             "    sku: 'Premium'\n"
                             "  }\n"
                             "}\n"
                             "module remote 'br/public:avm/res/container-registry/registry:0.9.3' "
                             "= if (false) {\n"
                             "  name: 'remote'\n"
                             "}\n";
    const BicepParseResult parsed = parseBicep(text);
    QVERIFY2(parsed.ok, parsed.error.message.c_str());
    const auto &declarations = parsed.program.declarations;
    QCOMPARE(int(declarations[0]->kind), int(BicepDeclaration::Kind::Module));
    QCOMPARE(declarations[0]->path, std::string("./mod.bicep"));
    QCOMPARE(declarations[1]->path,
             std::string("br/public:avm/res/container-registry/registry:0.9.3"));
    QCOMPARE(int(declarations[1]->value->kind), int(BicepExpression::Kind::If));
}

void TestBicepParser::parameterFile()
{
    const std::string text = "using './main.bicep'\n"
                             "\n"
                             "var prefix = 'reg'\n"
                             "param skuName = 'Premium'\n"
                             "param name = '${prefix}01'\n";
    const BicepParseResult parsed = parseBicep(text);
    QVERIFY2(parsed.ok, parsed.error.message.c_str());
    const auto &declarations = parsed.program.declarations;
    QCOMPARE(int(declarations.size()), 4);
    QCOMPARE(int(declarations[0]->kind), int(BicepDeclaration::Kind::Using));
    QCOMPARE(declarations[0]->path, std::string("./main.bicep"));
    QCOMPARE(int(declarations[2]->kind), int(BicepDeclaration::Kind::Parameter));
    QVERIFY(declarations[2]->typeName.empty());
    QCOMPARE(declarations[2]->value->text, std::string("Premium"));
    QCOMPARE(int(declarations[3]->value->kind), int(BicepExpression::Kind::Interpolated));
}

void TestBicepParser::skippedStatements()
{
    const std::string text
        = "import { lockType } from 'br/public:avm/utl/types/avm-common-types:0.7.0'\n"
          "import * as types from './types.bicep'\n"
          "extension microsoftGraph\n"
          "provider 'kubernetes@1.0.0' with {\n"
          "  namespace: 'default'\n"
          "}\n"
          "func double(x int) int => x * 2\n"
          "type skuType = 'Basic' | 'Premium'\n"
          "type keyType = {\n"
          "  @description('The key.')\n"
          "  name: string\n"
          "}?\n"
          "#disable-next-line no-unused-params\n"
          "param key keyType\n"
          "param tags resourceInput<'Microsoft.ContainerRegistry/registries@2025-04-01'>.tags?\n";
    const BicepParseResult parsed = parseBicep(text);
    QVERIFY2(parsed.ok, parsed.error.message.c_str());
    const auto &declarations = parsed.program.declarations;
    QCOMPARE(int(declarations.size()), 9);
    QCOMPARE(int(declarations[6]->kind), int(BicepDeclaration::Kind::TypeAlias));
    QVERIFY(declarations[6]->nullable);
    QVERIFY(!declarations[5]->nullable);
    QCOMPARE(declarations[7]->typeName, std::string("keyType"));
    QVERIFY(declarations[8]->nullable);
}

void TestBicepParser::strings_data()
{
    QTest::addColumn<QString>("literal");
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << "'abc'"
                           << "abc";
    QTest::newRow("escaped quote") << "'it\\'s'"
                                   << "it's";
    QTest::newRow("escaped backslash") << "'a\\\\b'"
                                       << "a\\b";
    QTest::newRow("escaped dollar") << "'\\${x}'"
                                    << "${x}";
    QTest::newRow("newline and tab") << "'a\\nb\\tc'"
                                     << "a\nb\tc";
    QTest::newRow("unicode escape") << "'\\u{48}\\u{e9}'" << QString::fromUtf8("H\xc3\xa9");
    QTest::newRow("multi-line") << "'''\nline1\nit's ${x}\n'''"
                                << "line1\nit's ${x}\n";
    QTest::newRow("multi-line on one line") << "'''abc'''"
                                            << "abc";
}

void TestBicepParser::strings()
{
    QFETCH(QString, literal);
    QFETCH(QString, value);
    const std::string text = "var s = " + literal.toStdString() + "\n";
    const BicepParseResult parsed = parseBicep(text);
    QVERIFY2(parsed.ok, parsed.error.message.c_str());
    const BicepExpression &string = *parsed.program.declarations.front()->value;
    QCOMPARE(int(string.kind), int(BicepExpression::Kind::String));
    QCOMPARE(QString::fromStdString(string.text), value);
    QCOMPARE(QString::fromStdString(std::string(spanText(text, string.span))), literal);
}

void TestBicepParser::syntaxErrors_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing equals after var") << "var x 1\n"
                                              << 1 << 8 << "expected '=' after the variable name";
    QTest::newRow("missing parameter type")
        << "param\n"
        << 1 << 6 << "expected a parameter name after param, found a line break";
    QTest::newRow("missing resource type")
        << "resource r = {}\n"
        << 1 << 12 << "expected a resource type string after the symbolic name, found '='";
    QTest::newRow("missing resource body") << "resource r 'A/b@2020-01-01' = 'x'\n"
                                           << 1 << 31 << "expected '{', 'if' or '[for'";
    QTest::newRow("unterminated string") << "param a string\nvar x = 'abc\n"
                                         << 2 << 9 << "unterminated string";
    QTest::newRow("unterminated object") << "var x = {\n  a: 1\n"
                                         << 3 << 1 << "expected a property name or '}'";
    QTest::newRow("two properties on one line")
        << "var x = {\n  a: 1 b: 2\n}\n"
        << 2 << 8 << "expected a line break, ',' or '}' after the property";
    QTest::newRow("missing colon") << "var x = {\n  a 1\n}\n"
                                   << 2 << 5 << "expected ':' after the property name";
    QTest::newRow("missing in") << "var x = [for a of b: a]\n"
                                << 1 << 16 << "expected 'in' after the loop variables";
    QTest::newRow("missing closing parenthesis") << "var x = concat('a'\nvar y = 1\n"
                                                 << 2 << 1 << "expected ',' or ')'";
    QTest::newRow("invalid escape") << "var x = 'a\\qb'\n" << 1 << 11 << "invalid escape '\\q'";
    QTest::newRow("unknown keyword") << "resources r 'A/b@1' = {}\n"
                                     << 1 << 1 << "expected a declaration";
    QTest::newRow("unexpected character") << "var x = 1 ^ 2\n"
                                          << 1 << 11 << "unexpected character '^'";
    QTest::newRow("trailing tokens") << "var x = 1 2\n"
                                     << 1 << 11 << "expected a line break after the declaration";
    QTest::newRow("empty interpolation") << "var x = 'a${}'\n"
                                         << 1 << 13 << "expected an expression inside '${}'";
    QTest::newRow("unterminated comment") << "var x = 1 /* open\n"
                                          << 1 << 11 << "unterminated comment";
}

void TestBicepParser::syntaxErrors()
{
    QFETCH(QString, source);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    const std::string text = source.toStdString();
    const BicepParseResult parsed = parseBicep(text);
    QVERIFY(!parsed.ok);
    const SourceFile file = sourceOf(text);
    QVERIFY2(parsed.error.message.find(message.toStdString()) != std::string::npos,
             parsed.error.message.c_str());
    QCOMPARE(file.lineOf(parsed.error.offset), line);
    QCOMPARE(file.columnOf(parsed.error.offset), column);
}

// Hostile nesting ends in a syntax error, not a stack overflow.
void TestBicepParser::deepNesting()
{
    for (const std::string &open : { std::string("("), std::string("["), std::string("{ a: "),
                                     std::string("!"), std::string("'${") }) {
        std::string text = "var x = ";
        for (int i = 0; i < 100000; ++i)
            text += open;
        const BicepParseResult parsed = parseBicep(text);
        QVERIFY(!parsed.ok);
        QVERIFY2(parsed.error.message.find("deeper") != std::string::npos
                     || parsed.error.message.find("unterminated") != std::string::npos,
                 parsed.error.message.c_str());
    }
}

QTEST_GUILESS_MAIN(TestBicepParser)
#include "tst_bicepparser.moc"
