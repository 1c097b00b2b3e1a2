// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/json/jsonparser.h"
#include "core/source/sourcefile.h"

#include "support/testsupport.h"

#include <QDirIterator>
#include <QTest>

#include <nlohmann/json.hpp>

#include <string>

using namespace compliance;

namespace {

std::string_view textOf(std::string_view text, Span span)
{
    return text.substr(span.begin, span.size());
}

// Compares a parsed tree with nlohmann/json's reading of the same text. Returns an empty
// string when they agree, otherwise the JSON pointer of the first difference.
std::string compareWithNlohmann(const JsonNode &node, const nlohmann::json &expected,
                                const std::string &pointer)
{
    const auto mismatch = [&](const std::string &what) {
        return pointer + ": " + what;
    };
    switch (node.type) {
    case JsonType::Null:
        return expected.is_null() ? "" : mismatch("null differs");
    case JsonType::Boolean:
        return expected.is_boolean() && expected.get<bool>() == node.boolean
            ? ""
            : mismatch("boolean differs");
    case JsonType::Integer:
        if (expected.is_number_integer() && expected.get<std::int64_t>() == node.integer)
            return "";
        return mismatch("integer differs");
    case JsonType::Double:
        // nlohmann reads integers above int64 as unsigned, and this parser reads them as double.
        if (expected.is_number() && expected.get<double>() == node.number)
            return "";
        return mismatch("number differs");
    case JsonType::String:
        return expected.is_string() && expected.get<std::string>() == node.string
            ? ""
            : mismatch("string differs");
    case JsonType::Array:
        if (!expected.is_array() || expected.size() != node.children.size())
            return mismatch("array differs");
        for (std::size_t i = 0; i < node.children.size(); ++i) {
            const std::string difference = compareWithNlohmann(node.children[i], expected[i],
                                                               pointer + "/" + std::to_string(i));
            if (!difference.empty())
                return difference;
        }
        return "";
    case JsonType::Object:
        if (!expected.is_object() || expected.size() != node.children.size())
            return mismatch("object member count differs");
        for (const JsonNode &member : node.children) {
            const auto found = expected.find(member.key);
            if (found == expected.end())
                return mismatch("member '" + member.key + "' missing");
            const std::string difference
                = compareWithNlohmann(member, *found, pointer + "/" + member.key);
            if (!difference.empty())
                return difference;
        }
        return "";
    }
    return mismatch("unknown type");
}

// Checks that every span starts and ends with the characters its type requires. Returns an
// empty string, or a description of the first wrong span.
std::string checkSpans(const JsonNode &node, std::string_view text)
{
    const std::string_view value = textOf(text, node.span);
    if (value.empty())
        return "empty span at " + std::to_string(node.span.begin);
    bool shapeOk = true;
    if (node.type == JsonType::String)
        shapeOk = value.size() >= 2 && value.front() == '"' && value.back() == '"';
    else if (node.type == JsonType::Object)
        shapeOk = value.front() == '{' && value.back() == '}';
    else if (node.type == JsonType::Array)
        shapeOk = value.front() == '[' && value.back() == ']';
    if (!shapeOk)
        return "wrong value span at " + std::to_string(node.span.begin);
    for (const JsonNode &child : node.children) {
        if (node.type == JsonType::Object) {
            const std::string_view key = textOf(text, child.keySpan);
            if (key.size() < 2 || key.front() != '"' || key.back() != '"')
                return "wrong key span at " + std::to_string(child.keySpan.begin);
        }
        const std::string problem = checkSpans(child, text);
        if (!problem.empty())
            return problem;
    }
    return "";
}

QStringList sharedJsonFiles()
{
    QStringList files;
    for (const char *folder : { "cases", "corpus/acr" }) {
        QDirIterator it(testsupport::sharedPath(QString::fromLatin1(folder)),
                        { QStringLiteral("*.json") }, QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    return files;
}

} // namespace

class TestJsonParser : public QObject
{
    Q_OBJECT

private slots:
    void memberSpans();
    void stringSpansIncludeQuotes();
    void relaxedSyntax_data();
    void relaxedSyntax();
    void rawControlCharactersInString();
    void escapes_data();
    void escapes();
    void numbers_data();
    void numbers();
    void errors_data();
    void errors();
    void depthLimit();
    void deepNestingFailsCleanly();
    void memberLookupIgnoresCase();
    void skipWhitespaceAndCommentsStops();
    void sharedFilesParse_data();
    void sharedFilesParse();
};

void TestJsonParser::memberSpans()
{
    const std::string text = "{ \"a\" : \"x\",\n  \"list\": [1, true, null] }";
    const JsonParseResult result = parseJson(text);
    QVERIFY2(result.ok, result.error.message.c_str());

    const JsonNode &root = result.root;
    QCOMPARE(root.type, JsonType::Object);
    QCOMPARE(root.span.begin, std::size_t(0));
    QCOMPARE(root.span.end, text.size());
    QCOMPARE(root.children.size(), std::size_t(2));

    const JsonNode &a = root.children[0];
    QCOMPARE(a.key, std::string("a"));
    QCOMPARE(textOf(text, a.keySpan), std::string_view("\"a\""));
    QCOMPARE(textOf(text, a.span), std::string_view("\"x\""));
    QCOMPARE(a.string, std::string("x"));

    const JsonNode &list = root.children[1];
    QCOMPARE(list.type, JsonType::Array);
    QCOMPARE(textOf(text, list.span), std::string_view("[1, true, null]"));
    QCOMPARE(list.children.size(), std::size_t(3));
    QCOMPARE(textOf(text, list.children[0].span), std::string_view("1"));
    QCOMPARE(list.children[1].type, JsonType::Boolean);
    QVERIFY(list.children[1].boolean);
    QCOMPARE(textOf(text, list.children[1].span), std::string_view("true"));
    QCOMPARE(list.children[2].type, JsonType::Null);
    QCOMPARE(textOf(text, list.children[2].span), std::string_view("null"));
}

void TestJsonParser::stringSpansIncludeQuotes()
{
    const std::string text = "[\"a\\\"b\", \"\"]";
    const JsonParseResult result = parseJson(text);
    QVERIFY2(result.ok, result.error.message.c_str());
    QCOMPARE(textOf(text, result.root.children[0].span), std::string_view("\"a\\\"b\""));
    QCOMPARE(result.root.children[0].string, std::string("a\"b"));
    QCOMPARE(textOf(text, result.root.children[1].span), std::string_view("\"\""));
    QCOMPARE(result.root.children[1].string, std::string());
}

void TestJsonParser::relaxedSyntax_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("compact");

    QTest::newRow("line comment") << QByteArray("{\n  // note\n  \"a\": 1 // after\n}")
                                  << QByteArray(R"({"a":1})");
    QTest::newRow("block comment")
        << QByteArray("{ /* one\n two */ \"a\": /* x */ 1 }") << QByteArray(R"({"a":1})");
    QTest::newRow("comment at end") << QByteArray("[1] // done") << QByteArray("[1]");
    QTest::newRow("comment at start") << QByteArray("/* header */ [1]") << QByteArray("[1]");
    QTest::newRow("object trailing comma")
        << QByteArray(R"({"a": 1, "b": 2,})") << QByteArray(R"({"a":1,"b":2})");
    QTest::newRow("array trailing comma") << QByteArray("[1, 2, ]") << QByteArray("[1,2]");
    QTest::newRow("nested trailing commas")
        << QByteArray("{\"a\": {\"b\": [1,],},\n}") << QByteArray(R"({"a":{"b":[1]}})");
    QTest::newRow("byte order mark")
        << QByteArray("\xEF\xBB\xBF{\"a\": 1}") << QByteArray(R"({"a":1})");
    QTest::newRow("empty containers")
        << QByteArray("{ \"o\": { }, \"a\": [ ] }") << QByteArray(R"({"a":[],"o":{}})");
}

void TestJsonParser::relaxedSyntax()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, compact);

    const JsonParseResult result = parseJson(text.toStdString());
    QVERIFY2(result.ok, result.error.message.c_str());
    const nlohmann::json expected = nlohmann::json::parse(compact.toStdString());
    const std::string difference = compareWithNlohmann(result.root, expected, "");
    QVERIFY2(difference.empty(), difference.c_str());
}

void TestJsonParser::rawControlCharactersInString()
{
    const std::string text = "{\"name\": \"[concat('a',\n\t'b')]\"}";
    const JsonParseResult result = parseJson(text);
    QVERIFY2(result.ok, result.error.message.c_str());
    QCOMPARE(result.root.children[0].string, std::string("[concat('a',\n\t'b')]"));
    QCOMPARE(textOf(text, result.root.children[0].span),
             std::string_view("\"[concat('a',\n\t'b')]\""));
}

void TestJsonParser::escapes_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<QByteArray>("decoded");

    QTest::newRow("quote and backslash") << QByteArray(R"("a\"b\\c")") << QByteArray("a\"b\\c");
    QTest::newRow("solidus") << QByteArray(R"("a\/b")") << QByteArray("a/b");
    QTest::newRow("control letters") << QByteArray(R"("\b\f\n\r\t")") << QByteArray("\b\f\n\r\t");
    QTest::newRow("ascii unicode escape") << QByteArray(R"("\u0041")") << QByteArray("A");
    QTest::newRow("two byte escape") << QByteArray(R"("\u00e9")") << QByteArray("\xC3\xA9");
    QTest::newRow("three byte escape") << QByteArray(R"("\u20AC")") << QByteArray("\xE2\x82\xAC");
    QTest::newRow("surrogate pair")
        << QByteArray(R"("\ud83d\ude00")") << QByteArray("\xF0\x9F\x98\x80");
    QTest::newRow("escape between text") << QByteArray(R"("x\ty\u0021z")") << QByteArray("x\ty!z");
    QTest::newRow("raw utf-8 kept")
        << QByteArray("\"gr\xC3\xBC\xC3\x9F\"") << QByteArray("gr\xC3\xBC\xC3\x9F");
}

void TestJsonParser::escapes()
{
    QFETCH(QByteArray, literal);
    QFETCH(QByteArray, decoded);

    const JsonParseResult result = parseJson(literal.toStdString());
    QVERIFY2(result.ok, result.error.message.c_str());
    QCOMPARE(result.root.type, JsonType::String);
    QCOMPARE(QByteArray::fromStdString(result.root.string), decoded);
    QCOMPARE(result.root.span.size(), std::size_t(literal.size()));
}

void TestJsonParser::numbers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("type");
    QTest::addColumn<qint64>("integer");
    QTest::addColumn<double>("number");

    const int integer = int(JsonType::Integer);
    const int dbl = int(JsonType::Double);
    QTest::newRow("zero") << QByteArray("0") << integer << qint64(0) << 0.0;
    QTest::newRow("negative") << QByteArray("-42") << integer << qint64(-42) << 0.0;
    QTest::newRow("int64 max") << QByteArray("9223372036854775807") << integer
                               << qint64(9223372036854775807LL) << 0.0;
    QTest::newRow("int64 min") << QByteArray("-9223372036854775808") << integer
                               << qint64(std::numeric_limits<qint64>::min()) << 0.0;
    QTest::newRow("above int64") << QByteArray("9223372036854775808") << dbl << qint64(0)
                                 << 9223372036854775808.0;
    QTest::newRow("fraction") << QByteArray("1.5") << dbl << qint64(0) << 1.5;
    QTest::newRow("exponent") << QByteArray("2e3") << dbl << qint64(0) << 2000.0;
    QTest::newRow("negative exponent") << QByteArray("-25E-1") << dbl << qint64(0) << -2.5;
    QTest::newRow("below double") << QByteArray("1e-400") << dbl << qint64(0) << 0.0;
    QTest::newRow("below double without exponent")
        << QByteArray("0." + QByteArray(400, '0') + "1") << dbl << qint64(0) << 0.0;
    QTest::newRow("large mantissa, negative exponent")
        << QByteArray("1" + QByteArray(310, '0') + "e-10") << dbl << qint64(0) << 1e300;
}

void TestJsonParser::numbers()
{
    QFETCH(QByteArray, text);
    QFETCH(int, type);
    QFETCH(qint64, integer);
    QFETCH(double, number);

    const JsonParseResult result = parseJson(text.toStdString());
    QVERIFY2(result.ok, result.error.message.c_str());
    QCOMPARE(int(result.root.type), type);
    if (result.root.type == JsonType::Integer)
        QCOMPARE(qint64(result.root.integer), integer);
    else
        QCOMPARE(result.root.number, number);
    QCOMPARE(result.root.span.size(), std::size_t(text.size()));
}

void TestJsonParser::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("offset");

    QTest::newRow("missing colon")
        << QByteArray(R"({"a" 1})") << QStringLiteral("expected ':' after object key") << 5;
    QTest::newRow("unterminated string")
        << QByteArray(R"({"a": "abc)") << QStringLiteral("unterminated string") << 6;
    QTest::newRow("end inside object")
        << QByteArray(R"({"a": 1)") << QStringLiteral("unexpected end of input") << 7;
    QTest::newRow("end inside array")
        << QByteArray("[1, 2") << QStringLiteral("unexpected end of input") << 5;
    QTest::newRow("empty input") << QByteArray() << QStringLiteral("empty input") << 0;
    QTest::newRow("whitespace only")
        << QByteArray("  /* c */ ") << QStringLiteral("no JSON value, only whitespace") << 10;
    QTest::newRow("duplicate key") << QByteArray(R"({"a": 1, "a": 2})")
                                   << QStringLiteral("duplicate key 'a' in an object") << 9;
    QTest::newRow("duplicate key in other case")
        << QByteArray(R"({"Name": 1, "nAME": 2})")
        << QStringLiteral("duplicate key 'nAME' in an object: it differs from the key 'Name' "
                          "only in case")
        << 12;
    QTest::newRow("duplicate among many keys")
        << QByteArray(R"({"k0":0,"k1":1,"k2":2,"k3":3,"k4":4,"k5":5,"k6":6,"k7":7,"k8":8,)"
                      R"("k9":9,"k10":0,"k11":0,"k12":0,"k13":0,"k14":0,"k15":0,"k16":0,"K3":0})")
        << QStringLiteral("duplicate key 'K3'") << 127;
    QTest::newRow("number beyond double")
        << QByteArray("[1, -1.5e309]")
        << QStringLiteral("number out of range: -1.5e309 is beyond the largest") << 4;
    QTest::newRow("long number beyond double")
        << QByteArray("1" + QByteArray(400, '0'))
        << QStringLiteral("number out of range: 1000000000") << 0;
    QTest::newRow("missing comma")
        << QByteArray(R"({"a": 1 "b": 2})")
        << QStringLiteral("expected ',' or '}' after object member") << 8;
    QTest::newRow("missing array comma")
        << QByteArray("[1 2]") << QStringLiteral("expected ',' or ']'") << 3;
    QTest::newRow("leading comma")
        << QByteArray("{,}") << QStringLiteral("expected a string key") << 1;
    QTest::newRow("lone comma in array")
        << QByteArray("[,]") << QStringLiteral("expected a value") << 1;
    QTest::newRow("unquoted key") << QByteArray("{a: 1}") << QStringLiteral("expected a string key")
                                  << 1;
    QTest::newRow("invalid escape")
        << QByteArray(R"(["ab\x"])") << QStringLiteral("invalid escape sequence") << 4;
    QTest::newRow("short unicode escape")
        << QByteArray(R"(["\u12"])") << QStringLiteral("invalid \\u escape") << 2;
    QTest::newRow("lone high surrogate")
        << QByteArray(R"(["\ud800x"])") << QStringLiteral("high surrogate") << 2;
    QTest::newRow("lone low surrogate")
        << QByteArray(R"(["\udc00"])") << QStringLiteral("low surrogate") << 2;
    QTest::newRow("unterminated comment")
        << QByteArray("[1, /* open") << QStringLiteral("unterminated comment") << 4;
    QTest::newRow("content after value")
        << QByteArray("{} []") << QStringLiteral("unexpected content after") << 3;
    QTest::newRow("misspelt literal")
        << QByteArray("[tru]") << QStringLiteral("invalid literal") << 1;
    QTest::newRow("bare minus") << QByteArray("[-]") << QStringLiteral("invalid number") << 2;
    QTest::newRow("fraction without digits")
        << QByteArray("[1.]") << QStringLiteral("invalid number") << 3;
}

void TestJsonParser::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    QFETCH(int, offset);

    const JsonParseResult result = parseJson(text.toStdString());
    QVERIFY(!result.ok);
    const QString actual = QString::fromStdString(result.error.message);
    QVERIFY2(actual.contains(message), qPrintable(actual));
    QCOMPARE(result.error.offset, std::size_t(offset));
}

void TestJsonParser::depthLimit()
{
    const auto nested = [](int depth) {
        return std::string(std::size_t(depth), '[') + std::string(std::size_t(depth), ']');
    };

    const JsonParseResult atLimit = parseJson(nested(8), 8);
    QVERIFY2(atLimit.ok, atLimit.error.message.c_str());

    const JsonParseResult overLimit = parseJson(nested(9), 8);
    QVERIFY(!overLimit.ok);
    QCOMPARE(overLimit.error.message, std::string("nesting deeper than 8 levels"));
    QCOMPARE(overLimit.error.offset, std::size_t(8));

    const JsonParseResult defaultLimit = parseJson(nested(512));
    QVERIFY2(defaultLimit.ok, defaultLimit.error.message.c_str());
}

void TestJsonParser::deepNestingFailsCleanly()
{
    // A million open brackets would overflow the stack of a parser without a depth limit.
    const std::string text(1000000, '[');
    const JsonParseResult result = parseJson(text);
    QVERIFY(!result.ok);
    QCOMPARE(result.error.message, std::string("nesting deeper than 512 levels"));
}

void TestJsonParser::memberLookupIgnoresCase()
{
    const JsonParseResult result = parseJson(R"({"SKU": {"Name": "Premium"}, "tier": 1})");
    QVERIFY2(result.ok, result.error.message.c_str());

    const JsonNode *sku = result.root.member("sku");
    QVERIFY(sku != nullptr);
    QVERIFY(sku->isObject());
    const JsonNode *name = sku->member("NAME");
    QVERIFY(name != nullptr);
    QCOMPARE(name->string, std::string("Premium"));
    QVERIFY(result.root.member("missing") == nullptr);
    QVERIFY(name->member("anything") == nullptr);

    QVERIFY(equalsIgnoreCase("Microsoft.ContainerRegistry", "microsoft.containerregistry"));
    QVERIFY(!equalsIgnoreCase("Premium", "Premiu"));
    QVERIFY(!equalsIgnoreCase("a[", "A{"));
}

void TestJsonParser::skipWhitespaceAndCommentsStops()
{
    const std::string text = "  // c\n /* b */ x";
    QCOMPARE(skipWhitespaceAndComments(text, 0), text.size() - 1);
    QCOMPARE(skipWhitespaceAndComments(text, text.size() - 1), text.size() - 1);
    QCOMPARE(skipWhitespaceAndComments("  /* open", 0), std::size_t(9));
}

void TestJsonParser::sharedFilesParse_data()
{
    QTest::addColumn<QString>("path");
    if (!QDir(testsupport::sharedDir()).exists()) {
        QTest::newRow("shared inputs absent") << QString();
        return;
    }
    for (const QString &path : sharedJsonFiles())
        QTest::newRow(qPrintable(QDir(testsupport::sharedDir()).relativeFilePath(path))) << path;
}

void TestJsonParser::sharedFilesParse()
{
    CV_REQUIRE_SHARED_DIR("cases");
    CV_REQUIRE_SHARED_DIR("corpus/acr");
    QFETCH(QString, path);

    const Result<SourceFile> file = readSourceFile(path.toStdString());
    QVERIFY2(file.ok(), file.error().c_str());
    const std::string &text = file->text();

    const JsonParseResult result = parseJson(text);
    QVERIFY2(result.ok,
             (result.error.message + " at byte " + std::to_string(result.error.offset)).c_str());
    const std::string spanProblem = checkSpans(result.root, text);
    QVERIFY2(spanProblem.empty(), spanProblem.c_str());

    // nlohmann/json 3.11 rejects trailing commas, so compare only where it reads the file.
    const nlohmann::json expected = nlohmann::json::parse(text, nullptr, false, true);
    if (expected.is_discarded())
        return;
    const std::string difference = compareWithNlohmann(result.root, expected, "");
    QVERIFY2(difference.empty(), difference.c_str());
}

QTEST_GUILESS_MAIN(TestJsonParser)
#include "tst_jsonparser.moc"
