// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/arm/expression.h"

#include <QTest>

#include <string>

using namespace compliance;

namespace {

// Writes a parsed tree back in a canonical form: single spaces after commas, no other spaces.
std::string canonicalText(const Expression &node)
{
    switch (node.kind) {
    case Expression::Kind::String: {
        std::string text = "'";
        for (const char c : node.text)
            text += c == '\'' ? std::string("''") : std::string(1, c);
        return text + "'";
    }
    case Expression::Kind::Integer:
        return std::to_string(node.integer);
    case Expression::Kind::Call: {
        std::string text = node.text + "(";
        for (std::size_t i = 0; i < node.operands.size(); ++i) {
            if (i > 0)
                text += ", ";
            text += canonicalText(*node.operands[i]);
        }
        return text + ")";
    }
    case Expression::Kind::Property:
        return canonicalText(*node.operands.at(0)) + "." + node.text;
    case Expression::Kind::Index:
        return canonicalText(*node.operands.at(0)) + "[" + canonicalText(*node.operands.at(1))
            + "]";
    }
    return "?";
}

std::string nestedCalls(int depth)
{
    std::string text;
    for (int i = 0; i < depth; ++i)
        text += "f(";
    text += "1";
    text += std::string(static_cast<std::size_t>(depth), ')');
    return text;
}

} // namespace

class TestExpression : public QObject
{
    Q_OBJECT

private slots:
    void parsesValidExpressions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");

        QTest::newRow("string literal") << "'abc'"
                                        << "'abc'";
        QTest::newRow("empty string") << "''"
                                      << "''";
        QTest::newRow("escaped quote") << "'it''s'"
                                       << "'it''s'";
        QTest::newRow("only an escaped quote") << "''''"
                                               << "''''";
        QTest::newRow("brackets inside string") << "'[x]'"
                                                << "'[x]'";
        QTest::newRow("integer") << "42"
                                 << "42";
        QTest::newRow("negative integer") << "-7"
                                          << "-7";
        QTest::newRow("minimum integer") << "-9223372036854775808"
                                         << "-9223372036854775808";
        QTest::newRow("call without arguments") << "resourceGroup()"
                                                << "resourceGroup()";
        QTest::newRow("nested calls") << "concat(toLower(parameters('a')),'-',string(1))"
                                      << "concat(toLower(parameters('a')), '-', string(1))";
        QTest::newRow("user-defined function") << "contoso.name('x', 1)"
                                               << "contoso.name('x', 1)";
        QTest::newRow("property after call") << "resourceGroup().location"
                                             << "resourceGroup().location";
        QTest::newRow("property chain") << "reference('r').outputs.id.value"
                                        << "reference('r').outputs.id.value";
        QTest::newRow("string index") << "parameters('p')['key']"
                                      << "parameters('p')['key']";
        QTest::newRow("index chain") << "parameters('p')['a'][0]"
                                     << "parameters('p')['a'][0]";
        QTest::newRow("expression index then property") << "variables('v')[parameters('i')].name"
                                                        << "variables('v')[parameters('i')].name";
        QTest::newRow("whitespace between tokens") << " concat ( 'a' ,\t'b' ) "
                                                   << "concat('a', 'b')";
        QTest::newRow("newlines between arguments") << "createArray(\n  1,\r\n  2\n)"
                                                    << "createArray(1, 2)";
        QTest::newRow("whitespace around dot and index") << "resourceGroup() . tags [ 'env' ]"
                                                         << "resourceGroup().tags['env']";
    }

    void parsesValidExpressions()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);

        const ExpressionParseResult result = parseExpression(text.toStdString());
        QVERIFY2(result.expression != nullptr, result.error.c_str());
        QCOMPARE(result.error, std::string());
        QCOMPARE(QString::fromStdString(canonicalText(*result.expression)), canonical);
    }

    void unescapesStringText()
    {
        const ExpressionParseResult result = parseExpression("'it''s'");
        QVERIFY(result.expression != nullptr);
        QCOMPARE(result.expression->kind, Expression::Kind::String);
        QCOMPARE(result.expression->text, std::string("it's"));
    }

    void recordsNodeOffsets()
    {
        const std::string text = "concat('a', f(x()).p[2])";
        const ExpressionParseResult result = parseExpression(text);
        QVERIFY(result.expression != nullptr);
        const Expression &call = *result.expression;
        QCOMPARE(call.offset, std::size_t(0));
        QCOMPARE(call.operands.size(), std::size_t(2));
        QCOMPARE(call.operands[0]->offset, std::size_t(7));
        const Expression &index = *call.operands[1];
        QCOMPARE(index.kind, Expression::Kind::Index);
        QCOMPARE(index.offset, text.find('['));
        const Expression &property = *index.operands[0];
        QCOMPARE(property.kind, Expression::Kind::Property);
        QCOMPARE(property.offset, text.find(".p"));
        QCOMPARE(property.operands[0]->offset, text.find("f("));
    }

    void rejectsInvalidExpressions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("empty text") << "" << 0 << "empty";
        QTest::newRow("only whitespace") << "  " << 2 << "empty";
        QTest::newRow("unclosed string") << "concat('a" << 9 << "no closing quote";
        QTest::newRow("missing closing parenthesis") << "concat('a'" << 10 << "',' or ')'";
        QTest::newRow("missing comma") << "concat('a' 'b')" << 11 << "',' or ')'";
        QTest::newRow("empty argument") << "concat('a',)" << 11 << "a function call";
        QTest::newRow("bare true is no literal")
            << "true" << 4 << "'(' after the function name 'true'";
        QTest::newRow("bare name as argument")
            << "not(false)" << 9 << "'(' after the function name";
        QTest::newRow("text after expression") << "concat('a') x" << 12 << "after the end";
        QTest::newRow("dot without name") << "a()." << 4 << "property name";
        QTest::newRow("unclosed index") << "a()[1" << 5 << "']'";
        QTest::newRow("minus without digits") << "-x" << 1 << "digit";
        QTest::newRow("decimal number") << "1.5" << 1 << "after the integer";
        QTest::newRow("integer too large") << "99999999999999999999" << 0 << "64-bit";
        QTest::newRow("double quotes") << "concat(\"a\")" << 7 << "a string, an integer";
    }

    void rejectsInvalidExpressions()
    {
        QFETCH(QString, text);
        QFETCH(int, offset);
        QFETCH(QString, messagePart);

        const ExpressionParseResult result = parseExpression(text.toStdString());
        QVERIFY(result.expression == nullptr);
        QVERIFY2(QString::fromStdString(result.error).contains(messagePart), result.error.c_str());
        QCOMPARE(result.errorOffset, std::size_t(offset));
    }

    void acceptsNestingAtDepthLimit()
    {
        const ExpressionParseResult result = parseExpression(nestedCalls(255), 256);
        QVERIFY2(result.expression != nullptr, result.error.c_str());
    }

    void rejectsNestingBeyondDepthLimit()
    {
        const ExpressionParseResult result = parseExpression(nestedCalls(257), 256);
        QVERIFY(result.expression == nullptr);
        QVERIFY2(QString::fromStdString(result.error).contains("deeper than 256"),
                 result.error.c_str());
    }

    void rejectsHugeNestingWithoutCrash()
    {
        const ExpressionParseResult result = parseExpression(nestedCalls(200000));
        QVERIFY(result.expression == nullptr);
        QVERIFY(QString::fromStdString(result.error).contains("deeper than"));
    }

    void rejectsLongPropertyChain()
    {
        std::string text = "f()";
        for (int i = 0; i < 300; ++i)
            text += ".p";
        const ExpressionParseResult result = parseExpression(text, 256);
        QVERIFY(result.expression == nullptr);
        QVERIFY(QString::fromStdString(result.error).contains("deeper than 256"));
    }

    void detectsExpressionStrings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");

        QTest::newRow("expression") << "[concat('a')]" << true;
        QTest::newRow("escaped bracket") << "[[concat('a')]" << false;
        QTest::newRow("plain text") << "Premium" << false;
        QTest::newRow("no closing bracket") << "[concat('a')" << false;
        QTest::newRow("no opening bracket") << "concat('a')]" << false;
        QTest::newRow("leading space") << " [concat('a')]" << false;
        QTest::newRow("empty string") << "" << false;
        QTest::newRow("single bracket") << "[" << false;
    }

    void detectsExpressionStrings()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);

        QCOMPARE(isExpressionString(text.toStdString()), expected);
    }
};

QTEST_APPLESS_MAIN(TestExpression)
#include "tst_expression.moc"
