// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/arm/evaluator.h"
#include "core/arm/sha1.h"
#include "core/json/jsonnode.h"

#include <QTest>

#include <map>
#include <string>
#include <vector>

using namespace compliance;

namespace {

// A scope with fixed parameters, variables and loop indexes that records reported errors.
class TestScope : public EvaluationScope
{
public:
    TestScope()
    {
        m_skuNode.type = JsonType::String;
        m_skuNode.string = "Premium";

        Origin skuOrigin;
        skuOrigin.kind = OriginKind::ParameterDefault;
        skuOrigin.node = &m_skuNode;
        skuOrigin.name = "sku";
        m_parameters["sku"] = Value::string("Premium", skuOrigin);
        m_parameters["tags"] = Value::object({ { "env", Value::string("prod") } });
        m_parameters["nothing"] = Value::null();

        Origin prefixOrigin;
        prefixOrigin.kind = OriginKind::Variable;
        prefixOrigin.name = "prefix";
        m_variables["prefix"] = Value::string("acr", prefixOrigin);

        m_loops[""] = 2;
        m_loops["disks"] = 5;
    }

    Value parameter(std::string_view name) override
    {
        const auto it = m_parameters.find(std::string(name));
        if (it == m_parameters.end())
            return Value::unknown("parameter '" + std::string(name) + "' is not declared");
        return it->second;
    }

    Value variable(std::string_view name) override
    {
        const auto it = m_variables.find(std::string(name));
        if (it == m_variables.end())
            return Value::unknown("variable '" + std::string(name) + "' is not declared");
        return it->second;
    }

    std::optional<std::int64_t> copyIndex(std::string_view loopName) override
    {
        if (!m_insideLoop)
            return std::nullopt;
        const auto it = m_loops.find(std::string(loopName));
        if (it == m_loops.end())
            return std::nullopt;
        return it->second;
    }

    void reportExpressionError(const Origin &origin, std::string_view message) override
    {
        m_reportedNodes.push_back(origin.node);
        m_reportedMessages.emplace_back(message);
    }

    JsonNode m_skuNode;
    std::map<std::string, Value> m_parameters;
    std::map<std::string, Value> m_variables;
    std::map<std::string, std::int64_t> m_loops;
    bool m_insideLoop = true;
    std::vector<const JsonNode *> m_reportedNodes;
    std::vector<std::string> m_reportedMessages;
};

Value evaluate(TestScope &scope, const QString &text)
{
    return evaluateTemplateString(text.toStdString(), scope, Origin {});
}

QString jsonText(const Value &value)
{
    return QString::fromStdString(value.toJsonText());
}

QString reason(const Value &value)
{
    return QString::fromStdString(value.unknownReason());
}

} // namespace

class TestEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void evaluatesFunctions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        QTest::newRow("concat strings") << "[concat('a', 'b', 1)]"
                                        << "\"ab1\"";
        QTest::newRow("concat arrays") << "[concat(createArray(1, 2), createArray(3))]"
                                       << "[1,2,3]";
        QTest::newRow("format placeholders") << "[format('{0}-{1}', 'a', 2)]"
                                             << "\"a-2\"";
        QTest::newRow("format brace escapes") << "[format('{{{0}}}', 'x')]"
                                              << "\"{x}\"";
        QTest::newRow("format alignment") << "[format('[{0,3}]', 7)]"
                                          << "\"[  7]\"";
        QTest::newRow("format boolean") << "[format('{0}', true())]"
                                        << "\"True\"";
        QTest::newRow("toLower") << "[toLower('AbC')]"
                                 << "\"abc\"";
        QTest::newRow("toUpper") << "[toUpper('AbC')]"
                                 << "\"ABC\"";
        QTest::newRow("function name any case") << "[TOLOWER('A')]"
                                                << "\"a\"";
        QTest::newRow("if true branch") << "[if(true(), 'yes', 'no')]"
                                        << "\"yes\"";
        QTest::newRow("if false branch") << "[if(equals(1, 2), 'yes', 'no')]"
                                         << "\"no\"";
        QTest::newRow("equals is case-sensitive") << "[equals('Premium', 'premium')]"
                                                  << "false";
        QTest::newRow("equals objects") << "[equals(createObject('a', 1), json('{\"a\": 1}'))]"
                                        << "true";
        QTest::newRow("not") << "[not(false())]"
                             << "true";
        QTest::newRow("and") << "[and(true(), false())]"
                             << "false";
        QTest::newRow("or") << "[or(false(), true())]"
                            << "true";
        QTest::newRow("true") << "[true()]"
                              << "true";
        QTest::newRow("false") << "[false()]"
                               << "false";
        QTest::newRow("empty string") << "[empty('')]"
                                      << "true";
        QTest::newRow("empty array") << "[empty(createArray())]"
                                     << "true";
        QTest::newRow("empty null") << "[empty(null())]"
                                    << "true";
        QTest::newRow("non-empty object") << "[empty(createObject('a', 1))]"
                                          << "false";
        QTest::newRow("coalesce") << "[coalesce(null(), 'b', 'c')]"
                                  << "\"b\"";
        QTest::newRow("coalesce all null") << "[coalesce(null(), parameters('nothing'))]"
                                           << "null";
        QTest::newRow("contains string case-sensitive") << "[contains('Premium', 'prem')]"
                                                        << "false";
        QTest::newRow("contains string") << "[contains('Premium', 'Prem')]"
                                         << "true";
        QTest::newRow("contains array") << "[contains(createArray('a', 'b'), 'b')]"
                                        << "true";
        QTest::newRow("contains object key any case")
            << "[contains(createObject('Name', 1), 'name')]"
            << "true";
        QTest::newRow("union objects merge deeply")
            << "[union(json('{\"a\":{\"x\":1,\"y\":2},\"b\":1}'), "
               "json('{\"a\":{\"y\":3},\"c\":4}'))]"
            << "{\"a\":{\"x\":1,\"y\":3},\"b\":1,\"c\":4}";
        QTest::newRow("union arrays distinct") << "[union(createArray(1, 2), createArray(2, 3))]"
                                               << "[1,2,3]";
        QTest::newRow("intersection arrays")
            << "[intersection(createArray(1, 2, 3), createArray(2, 3, 4))]"
            << "[2,3]";
        QTest::newRow("createObject") << "[createObject('a', 1, 'b', createArray('x'))]"
                                      << "{\"a\":1,\"b\":[\"x\"]}";
        QTest::newRow("createArray") << "[createArray(1, 'a', true())]"
                                     << "[1,\"a\",true]";
        QTest::newRow("json null") << "[json('null')]"
                                   << "null";
        QTest::newRow("json object") << "[json('{\"a\": [1, 2.5]}')]"
                                     << "{\"a\":[1,2.5]}";
        QTest::newRow("null") << "[null()]"
                              << "null";
        QTest::newRow("string of integer") << "[string(5)]"
                                           << "\"5\"";
        QTest::newRow("string of object") << "[string(createObject('a', 1))]"
                                          << "\"{\\\"a\\\":1}\"";
        QTest::newRow("int from string") << "[int('42')]"
                                         << "42";
        QTest::newRow("bool from string") << "[bool('True')]"
                                          << "true";
        QTest::newRow("bool from integer") << "[bool(0)]"
                                           << "false";
        QTest::newRow("length of string") << "[length('abc')]"
                                          << "3";
        QTest::newRow("length of array") << "[length(createArray(1, 2))]"
                                         << "2";
        QTest::newRow("length of object") << "[length(createObject('a', 1))]"
                                          << "1";
        QTest::newRow("first of array") << "[first(createArray('x', 'y'))]"
                                        << "\"x\"";
        QTest::newRow("last of string") << "[last('abc')]"
                                        << "\"c\"";
        QTest::newRow("substring with length") << "[substring('abcdef', 1, 3)]"
                                               << "\"bcd\"";
        QTest::newRow("substring to end") << "[substring('abc', 1)]"
                                          << "\"bc\"";
        QTest::newRow("replace all") << "[replace('a-b-c', '-', '')]"
                                     << "\"abc\"";
        QTest::newRow("split on string") << "[split('a,,b', ',')]"
                                         << "[\"a\",\"\",\"b\"]";
        QTest::newRow("split on array") << "[split('a,b;c', createArray(',', ';'))]"
                                        << "[\"a\",\"b\",\"c\"]";
        QTest::newRow("trim") << "[trim('  x  ')]"
                              << "\"x\"";
        QTest::newRow("startsWith ignores case") << "[startsWith('Premium', 'PRE')]"
                                                 << "true";
        QTest::newRow("endsWith ignores case") << "[endsWith('Premium', 'IUM')]"
                                               << "true";
        QTest::newRow("endsWith longer suffix") << "[endsWith('m', 'ium')]"
                                                << "false";
        QTest::newRow("less") << "[less(1, 2)]"
                              << "true";
        QTest::newRow("greater strings") << "[greater('b', 'a')]"
                                         << "true";
        QTest::newRow("lessOrEquals") << "[lessOrEquals(2, 2)]"
                                      << "true";
        QTest::newRow("greaterOrEquals") << "[greaterOrEquals(1, 2)]"
                                         << "false";
        QTest::newRow("add") << "[add(2, 3)]"
                             << "5";
        QTest::newRow("sub") << "[sub(2, 3)]"
                             << "-1";
        QTest::newRow("mul") << "[mul(4, 5)]"
                             << "20";
        QTest::newRow("div truncates") << "[div(7, 2)]"
                                       << "3";
        QTest::newRow("mod") << "[mod(7, 2)]"
                             << "1";
        QTest::newRow("min of arguments") << "[min(3, 1, 2)]"
                                          << "1";
        QTest::newRow("max of array") << "[max(createArray(3, 9, 2))]"
                                      << "9";
        QTest::newRow("range") << "[range(2, 3)]"
                               << "[2,3,4]";
        QTest::newRow("take array") << "[take(createArray(1, 2, 3), 2)]"
                                    << "[1,2]";
        QTest::newRow("take past end") << "[take('ab', 5)]"
                                       << "\"ab\"";
        QTest::newRow("skip string") << "[skip('abcd', 3)]"
                                     << "\"d\"";
        QTest::newRow("indexOf ignores case") << "[indexOf('abcdef', 'CD')]"
                                              << "2";
        QTest::newRow("indexOf not found") << "[indexOf('abc', 'z')]"
                                           << "-1";
        QTest::newRow("lastIndexOf") << "[lastIndexOf('abcabc', 'b')]"
                                     << "4";
        QTest::newRow("indexOf array") << "[indexOf(createArray('a', 'b'), 'b')]"
                                       << "1";
        QTest::newRow("padLeft with character") << "[padLeft('7', 3, '0')]"
                                                << "\"007\"";
        QTest::newRow("padLeft integer") << "[padLeft(12, 4)]"
                                         << "\"  12\"";
        QTest::newRow("uri after slash")
            << "[uri('http://contoso.com/resources/', 'nested/azuredeploy.json')]"
            << "\"http://contoso.com/resources/nested/azuredeploy.json\"";
        QTest::newRow("uri replaces last segment")
            << "[uri('http://contoso.com/resources/a.json', 'b.json')]"
            << "\"http://contoso.com/resources/b.json\"";
        QTest::newRow("uri host only") << "[uri('http://contoso.com', 'b.json')]"
                                       << "\"http://contoso.com/b.json\"";
        QTest::newRow("base64") << "[base64('one, two, three')]"
                                << "\"b25lLCB0d28sIHRocmVl\"";
        QTest::newRow("base64ToString") << "[base64ToString('b25lLCB0d28sIHRocmVl')]"
                                        << "\"one, two, three\"";
        QTest::newRow("tryGet missing key") << "[tryGet(createObject('a', 1), 'b')]"
                                            << "null";
        QTest::newRow("tryGet nested") << "[tryGet(createObject('a', createArray(5)), 'a', 0)]"
                                       << "5";
        QTest::newRow("items sorted by key")
            << "[items(createObject('b', 1, 'a', 2))]"
            << "[{\"key\":\"a\",\"value\":2},{\"key\":\"b\",\"value\":1}]";
        QTest::newRow("array wraps value") << "[array('x')]"
                                           << "[\"x\"]";
        QTest::newRow("property chain") << "[createObject('a', createObject('b', 'x')).a.b]"
                                        << "\"x\"";
        QTest::newRow("array index") << "[createArray(1, 2)[1]]"
                                     << "2";
        QTest::newRow("object index any case") << "[json('{\"A\": 1}')['a']]"
                                               << "1";
        QTest::newRow("parameters") << "[parameters('sku')]"
                                    << "\"Premium\"";
        QTest::newRow("parameter object property") << "[parameters('tags').env]"
                                                   << "\"prod\"";
        QTest::newRow("variables") << "[variables('prefix')]"
                                   << "\"acr\"";
        QTest::newRow("copyIndex innermost") << "[copyIndex()]"
                                             << "2";
        QTest::newRow("copyIndex with offset") << "[copyIndex(1)]"
                                               << "3";
        QTest::newRow("copyIndex named loop") << "[copyIndex('disks')]"
                                              << "5";
        QTest::newRow("copyIndex named loop with offset") << "[copyIndex('disks', 10)]"
                                                          << "15";
        QTest::newRow("resourceGroup location") << "[resourceGroup().location]"
                                                << "\"resourceGroupLocation\"";
        QTest::newRow("resourceId with scope")
            << "[resourceId('sub1', 'rg1', 'Microsoft.ContainerRegistry/registries', 'acr')]"
            << "\"/subscriptions/sub1/resourceGroups/rg1/providers/Microsoft.ContainerRegistry/"
               "registries/acr\"";
        QTest::newRow("resourceId child type")
            << "[resourceId('rg1', 'Microsoft.Network/virtualNetworks/subnets', 'vnet', 'a')]"
            << "\"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg1/providers/"
               "Microsoft.Network/virtualNetworks/vnet/subnets/a\"";
        QTest::newRow("escaped literal") << "[[concat('a')]"
                                         << "\"[concat('a')]\"";
        QTest::newRow("plain literal") << "Premium"
                                       << "\"Premium\"";
    }

    void evaluatesFunctions()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);

        TestScope scope;
        const Value value = evaluate(scope, text);
        QVERIFY2(!value.isUnknown(), value.unknownReason().c_str());
        QCOMPARE(jsonText(value), expected);
        QVERIFY(scope.m_reportedMessages.empty());
    }

    void reproducesAzureUniqueString_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        // Outputs published with public ARM and Bicep tooling, which report them as Azure's
        // results.
        QTest::newRow("aaa") << "[uniqueString('aaa')]"
                             << "zavj67f3en4hc";
        QTest::newRow("bbb") << "[uniqueString('bbb')]"
                             << "w5eragfxe33cy";
        QTest::newRow("zzz") << "[uniqueString('zzz')]"
                             << "cryksdzzzawae";
        QTest::newRow("three arguments") << "[uniqueString('xxx', 'yyy', 'zzz')]"
                                         << "lghi7k5js7itq";
        QTest::newRow("test") << "[uniqueString('test')]"
                              << "rbgf3xv4ufgzg";
        QTest::newRow("two arguments") << "[uniqueString('hello', 'world')]"
                                       << "a7wkljktk6wne";
        QTest::newRow("resource group id")
            << "[uniqueString('/subscriptions/00000000-0000-0000-0000-000000000000/"
               "resourceGroups/my-rg')]"
            << "bmg7c6xu4tw46";
    }

    void countsUtf16Units_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        // ARM counts string positions in UTF-16 code units, as .NET does.
        QTest::newRow("length of accented")
            << QString::fromUtf8("[length('\u00e9t\u00e9')]") << "3";
        QTest::newRow("length of emoji") << QString::fromUtf8("[length('a\U0001F600')]") << "3";
        QTest::newRow("substring keeps character")
            << QString::fromUtf8("[substring('\u00e9t\u00e9', 0, 1)]")
            << QString::fromUtf8("\"\u00e9\"");
        QTest::newRow("substring after accent")
            << QString::fromUtf8("[substring('\u00e9t\u00e9', 1)]")
            << QString::fromUtf8("\"t\u00e9\"");
    }

    void countsUtf16Units()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);

        TestScope scope;
        const Value value = evaluate(scope, text);
        QVERIFY2(!value.isUnknown(), value.unknownReason().c_str());
        QCOMPARE(QString::fromStdString(value.toJsonText()), expected);
    }

    void splitSurrogateIsUnknown()
    {
        TestScope scope;
        const Value value = evaluate(scope, QString::fromUtf8("[substring('a\U0001F600', 0, 2)]"));
        QVERIFY(value.isUnknown());
        QVERIFY(!value.isError());
    }

    void computesNameBasedGuid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        // The expected values come from an independent implementation of the same algorithm
        // (Python's uuid.uuid5 in the namespace 11fb06fb-712d-4ddd-98c7-e71bbd588830 of the
        // '-'-joined arguments).
        QTest::newRow("one argument") << "[guid('abc')]"
                                      << "a9b46cc2-65a6-5559-9f14-7091827ab32f";
        QTest::newRow("two arguments") << "[guid('a', 'b')]"
                                       << "2d796349-8c7e-55ec-9624-54ece82ed031";
        QTest::newRow("role assignment style")
            << "[guid('/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/my-rg', "
               "'acrpull')]"
            << "bbe10b01-d479-5f8b-b503-972f8f3cac5d";
        QTest::newRow("non-ASCII") << QString::fromUtf8("[guid('\u00fcn\u00efcode')]")
                                   << "670b9389-4d0f-5b0b-8a85-b2c0c12904a9";
        QTest::newRow("empty string") << "[guid('')]"
                                      << "e655a85f-3ab2-5e4a-9666-569aa72a5a10";
    }

    void computesNameBasedGuid()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);

        TestScope scope;
        const Value value = evaluate(scope, text);
        QVERIFY2(value.isString(), value.unknownReason().c_str());
        QCOMPARE(QString::fromStdString(value.asString()), expected);
    }

    void hashesWithSha1_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expectedHex");

        // Test vectors from FIPS 180-4's examples, plus inputs that straddle the padding limit.
        QTest::newRow("empty") << QByteArray()
                               << QByteArray("da39a3ee5e6b4b0d3255bfef95601890afd80709");
        QTest::newRow("abc") << QByteArray("abc")
                             << QByteArray("a9993e364706816aba3e25717850c26c9cd0d89d");
        QTest::newRow("two blocks")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << QByteArray("84983e441c3bd26ebaae4aa1f95129e5e54670f1");
        QTest::newRow("million a")
            << QByteArray(1000000, 'a') << QByteArray("34aa973cd4c4daa4f61eeb2bdbad27316534016f");
    }

    void hashesWithSha1()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expectedHex);

        const std::array<std::uint8_t, 20> digest
            = sha1(std::string_view(input.constData(), std::size_t(input.size())));
        const QByteArray actual
            = QByteArray(reinterpret_cast<const char *>(digest.data()), int(digest.size())).toHex();
        QCOMPARE(actual, expectedHex);
    }

    void reproducesAzureUniqueString()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);

        TestScope scope;
        const Value value = evaluate(scope, text);
        QVERIFY2(value.isString(), value.unknownReason().c_str());
        QCOMPARE(QString::fromStdString(value.asString()), expected);
    }

    void reportsErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("too few arguments") << "[concat()]"
                                           << "concat: expected at least 1 argument, got 0";
        QTest::newRow("too many arguments") << "[toLower('a', 'b')]"
                                            << "toLower: expected 1 argument, got 2";
        QTest::newRow("and needs two") << "[and(true())]"
                                       << "and: expected at least 2 arguments, got 1";
        QTest::newRow("wrong type") << "[toLower(1)]"
                                    << "toLower: expected a string as argument 1, got an integer";
        QTest::newRow("substring out of range") << "[substring('abc', 5)]"
                                                << "substring: start index 5";
        QTest::newRow("division by zero") << "[div(1, 0)]"
                                          << "div: division by zero";
        QTest::newRow("invalid json") << "[json('{')]"
                                      << "json: invalid JSON text";
        QTest::newRow("concat array with string") << "[concat(createArray(1), 'a')]"
                                                  << "concat: expected an array";
        QTest::newRow("if without boolean") << "[if('yes', 1, 2)]"
                                            << "if: expected a boolean condition";
        QTest::newRow("index out of range") << "[createArray(1)[3]]"
                                            << "index 3 is outside";
        QTest::newRow("missing property") << "[createObject('a', 1).b]"
                                          << "property 'b' does not exist";
        QTest::newRow("unknown loop") << "[copyIndex('nope')]"
                                      << "no copy loop named 'nope'";
        QTest::newRow("format index past arguments") << "[format('{1}', 'a')]"
                                                     << "format: format item {1} refers to";
        QTest::newRow("duplicate object key") << "[createObject('a', 1, 'A', 2)]"
                                              << "property 'A' is given more than once";
        QTest::newRow("parse error") << "[concat('a',)]"
                                     << "invalid expression";
        QTest::newRow("bare literal") << "[if(true, 1, 2)]"
                                      << "'(' after the function name 'true'";
        QTest::newRow("error inside argument") << "[toLower(concat())]"
                                               << "concat: expected at least 1 argument";
    }

    void reportsErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, messagePart);

        TestScope scope;
        const Value value = evaluate(scope, text);
        QVERIFY(value.isError());
        QVERIFY2(reason(value).contains(messagePart), value.unknownReason().c_str());
        QCOMPARE(scope.m_reportedMessages.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(scope.m_reportedMessages.front()), reason(value));
    }

    void copyIndexOutsideLoopIsError()
    {
        TestScope scope;
        scope.m_insideLoop = false;
        const Value value = evaluate(scope, "[copyIndex()]");
        QVERIFY(value.isError());
        QVERIFY(reason(value).contains("copyIndex: used outside a copy loop"));
    }

    void rejectsDeeplyNestedJson()
    {
        TestScope scope;
        const QString deep = QString(300, QLatin1Char('[')) + QString(300, QLatin1Char(']'));
        const Value value = evaluate(scope, "[json('" + deep + "')]");
        QVERIFY(value.isError());
        QVERIFY2(reason(value).contains("nested deeper than 256"), value.unknownReason().c_str());
    }

    void acceptsBracketsInJsonStrings()
    {
        TestScope scope;
        const QString brackets = QString(300, QLatin1Char('['));
        const Value value = evaluate(scope, "[json('\"" + brackets + "\"')]");
        QVERIFY2(value.isString(), value.unknownReason().c_str());
        QCOMPARE(value.asString().size(), std::size_t(300));
    }

    void reportsErrorAtLiteralOrigin()
    {
        TestScope scope;
        JsonNode node;
        Origin origin;
        origin.kind = OriginKind::Literal;
        origin.node = &node;
        const Value value = evaluateTemplateString("[concat(]", scope, origin);
        QVERIFY(value.isError());
        QCOMPARE(scope.m_reportedNodes.size(), std::size_t(1));
        QCOMPARE(scope.m_reportedNodes.front(), &node);
    }

    void giveUnknown_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reasonPart");

        QTest::newRow("reference") << "[reference('x').properties]"
                                   << "reference(...) is only known at deployment";
        QTest::newRow("listKeys") << "[listKeys('x', '2020-01-01').keys[0].value]"
                                  << "listKeys(...) is only known at deployment";
        QTest::newRow("pickZones") << "[pickZones('Microsoft.Compute', 'virtualMachines', 'x')]"
                                   << "pickZones(...) is only known at deployment";
        QTest::newRow("unknown function") << "[frobnicate(1)]"
                                          << "frobnicate(...) is not a known template function";
        QTest::newRow("user-defined function") << "[contoso.fn()]"
                                               << "user-defined function contoso.fn(...)";
        QTest::newRow("missing parameter") << "[toLower(parameters('missing'))]"
                                           << "parameter 'missing' is not declared";
        QTest::newRow("first reason kept") << "[concat(parameters('missing'), reference('x'))]"
                                           << "parameter 'missing'";
        QTest::newRow("property of unknown") << "[reference('x').a.b[0]]"
                                             << "reference(...)";
        QTest::newRow("unknown if condition") << "[if(equals(reference('x').sku, 'Premium'), 1, 2)]"
                                              << "reference(...)";
        QTest::newRow("coalesce unknown first") << "[coalesce(reference('x'), 'a')]"
                                                << "reference(...)";
        QTest::newRow("missing placeholder member") << "[resourceGroup().tags.env]"
                                                    << "resourceGroup()";
    }

    void giveUnknown()
    {
        QFETCH(QString, text);
        QFETCH(QString, reasonPart);

        TestScope scope;
        const Value value = evaluate(scope, text);
        QVERIFY(value.isUnknown());
        QVERIFY(!value.isError());
        QVERIFY2(reason(value).contains(reasonPart), value.unknownReason().c_str());
        QVERIFY(scope.m_reportedMessages.empty());
    }

    void ifEvaluatesOnlyChosenBranch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        QTest::newRow("unknown in other branch") << "[if(true(), 'a', reference('x'))]"
                                                 << "\"a\"";
        QTest::newRow("error in other branch") << "[if(false(), concat(), 'b')]"
                                               << "\"b\"";
        QTest::newRow("coalesce stops at value") << "[coalesce(null(), 'a', reference('x'))]"
                                                 << "\"a\"";
        QTest::newRow("coalesce skips error after value") << "[coalesce('a', concat())]"
                                                          << "\"a\"";
    }

    void ifEvaluatesOnlyChosenBranch()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);

        TestScope scope;
        const Value value = evaluate(scope, text);
        QVERIFY2(!value.isUnknown(), value.unknownReason().c_str());
        QCOMPARE(jsonText(value), expected);
    }

    void propagatesPlaceholders_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("source");

        QTest::newRow("property") << "[resourceGroup().location]"
                                  << "resourceGroup()";
        QTest::newRow("through function") << "[toUpper(resourceGroup().location)]"
                                          << "resourceGroup()";
        QTest::newRow("through concat") << "[concat('acr', subscription().subscriptionId)]"
                                        << "subscription()";
        QTest::newRow("into object") << "[createObject('a', deployment().name)]"
                                     << "deployment()";
        QTest::newRow("through condition")
            << "[if(equals(resourceGroup().location, 'x'), 'a', 'b')]"
            << "resourceGroup()";
        QTest::newRow("through coalesce") << "[coalesce(null(), environment().name)]"
                                          << "environment()";
        QTest::newRow("uniqueString of id") << "[uniqueString(resourceGroup().id)]"
                                            << "resourceGroup()";
        QTest::newRow("implicit resource group") << "[resourceId('Microsoft.Web/sites', 'app')]"
                                                 << "resourceGroup()";
        QTest::newRow("utcNow") << "[utcNow()]"
                                << "utcNow()";
        QTest::newRow("newGuid") << "[newGuid()]"
                                 << "newGuid()";
        QTest::newRow("tenant") << "[tenant().tenantId]"
                                << "tenant()";
        QTest::newRow("managementGroup") << "[managementGroup().name]"
                                         << "managementGroup()";
        QTest::newRow("index from placeholder")
            << "[createArray('a', 'b')[div(length(resourceGroup().name), 100)]]"
            << "resourceGroup()";
        QTest::newRow("literal concat") << "[concat('a', 'b')]"
                                        << "";
        QTest::newRow("explicit resource id")
            << "[resourceId('s', 'g', 'Microsoft.Web/sites', 'app')]"
            << "";
        QTest::newRow("parameter") << "[parameters('sku')]"
                                   << "";
    }

    void propagatesPlaceholders()
    {
        QFETCH(QString, text);
        QFETCH(QString, source);

        TestScope scope;
        const Value value = evaluate(scope, text);
        if (source.isEmpty()) {
            QVERIFY(!value.dependsOnPlaceholder());
            return;
        }
        QCOMPARE(QString::fromStdString(value.placeholderSource()), source);
    }

    void keepsOrigins_data()
    {
        QTest::addColumn<QString>("text");

        QTest::newRow("parameters") << "[parameters('sku')]";
        QTest::newRow("object member") << "[createObject('name', parameters('sku')).name]";
        QTest::newRow("array element") << "[createArray(parameters('sku'))[0]]";
        QTest::newRow("first") << "[first(createArray(parameters('sku'), 'x'))]";
        QTest::newRow("if branch") << "[if(true(), parameters('sku'), 'Basic')]";
        QTest::newRow("coalesce") << "[coalesce(null(), parameters('sku'))]";
        QTest::newRow("union member")
            << "[union(createObject('a', 1), createObject('b', parameters('sku'))).b]";
        QTest::newRow("tryGet") << "[tryGet(createObject('s', parameters('sku')), 's')]";
    }

    void keepsOrigins()
    {
        QFETCH(QString, text);

        TestScope scope;
        const Value value = evaluate(scope, text);
        QCOMPARE(jsonText(value), QStringLiteral("\"Premium\""));
        QCOMPARE(value.origin().kind, OriginKind::ParameterDefault);
        QCOMPARE(value.origin().node, &scope.m_skuNode);
        QCOMPARE(value.origin().name, std::string("sku"));
    }

    void computedValuesNameExpression()
    {
        TestScope scope;
        const std::string text = "[concat('a', parameters('sku'))]";
        const Value value = evaluateTemplateString(text, scope, Origin {});
        QCOMPARE(value.origin().kind, OriginKind::Computed);
        QVERIFY(value.origin().node == nullptr);
        QCOMPARE(value.origin().expression, text);
    }

    void variableKeepsOrigin()
    {
        TestScope scope;
        const Value value = evaluate(scope, "[variables('prefix')]");
        QCOMPARE(value.origin().kind, OriginKind::Variable);
        QCOMPARE(value.origin().name, std::string("prefix"));
    }

    void literalKeepsLiteralOrigin()
    {
        TestScope scope;
        JsonNode node;
        Origin origin;
        origin.kind = OriginKind::Literal;
        origin.node = &node;
        const Value plain = evaluateTemplateString("Premium", scope, origin);
        QCOMPARE(plain.origin().node, &node);
        const Value escaped = evaluateTemplateString("[[x]", scope, origin);
        QCOMPARE(escaped.asString(), std::string("[x]"));
        QCOMPARE(escaped.origin().node, &node);
    }
};

QTEST_APPLESS_MAIN(TestEvaluator)
#include "tst_evaluator.moc"
