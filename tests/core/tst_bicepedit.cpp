// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Applies each Bicep writer to real Bicep text, translated as the scanner translates it, and
// compares the whole result: LF and CRLF, spaces and tabs, one-line and multi-line objects.
#include "core/bicep/biceptemplate.h"
#include "core/fix/bicepedit.h"
#include "core/fix/textedits.h"

#include <QTest>

#include <string>

using namespace compliance;

namespace {

std::string withLineEnding(std::string text, bool crlf)
{
    if (!crlf)
        return text;
    std::string converted;
    for (char c : text) {
        if (c == '\n')
            converted += '\r';
        converted += c;
    }
    return converted;
}

// A Bicep file in memory and its translation.
struct Translated
{
    explicit Translated(const std::string &text, const std::string &path = "main.bicep")
        : file(path, text, text, TextEncoding::Utf8)
        , translation(translateBicepFile(file))
    { }

    // The node at `path` of member names from the template root.
    const JsonNode *node(std::initializer_list<std::string_view> path) const
    {
        const JsonNode *current = &translation->root;
        for (std::string_view key : path) {
            current = current ? current->member(key) : nullptr;
        }
        return current;
    }

    std::string apply(const std::vector<TextEdit> &edits) const
    {
        const Result<std::string> result = applyTextEdits(file.text(), edits);
        return result.ok() ? result.value() : "error: " + result.error();
    }

    SourceFile file;
    std::unique_ptr<BicepTemplate> translation;
};

JsonInsertValue trustPolicy()
{
    return JsonInsertValue::object(
        { { "trustPolicy",
            JsonInsertValue::object({ { "type", JsonInsertValue::text("Notary") },
                                      { "status", JsonInsertValue::text("enabled") } }) } });
}

const char *kRegistry
    = "resource registry 'Microsoft.ContainerRegistry/registries@2017-10-01' = {\n"
      "  name: 'reg01'\n"
      "  sku: {\n"
      "    name: 'Basic' // the SKU\n"
      "  }\n"
      "  properties: {\n"
      "    adminUserEnabled: false\n"
      "  }\n"
      "}\n";

} // namespace

class TestBicepEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoting_data();
    void quoting();
    void replaceString_data();
    void replaceString();
    void replaceApiVersion();
    void insertNested_data();
    void insertNested();
    void insertInline();
    void insertIntoEmpty_data();
    void insertIntoEmpty();
    void insertOneLevel();
    void removeMember_data();
    void removeMember();
    void replaceWithObject();
    void appendAllowed_data();
    void appendAllowed();
    void parameterFileValue();
    void writerChoice();
};

void TestBicepEdit::quoting_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << "Premium"
                           << "'Premium'";
    QTest::newRow("quote") << "it's"
                           << "'it\\'s'";
    QTest::newRow("backslash") << "a\\b"
                               << "'a\\\\b'";
    QTest::newRow("interpolation start") << "${x} and $y"
                                         << "'\\${x} and $y'";
    QTest::newRow("control characters") << "a\nb\tc\r"
                                        << "'a\\nb\\tc\\r'";
}

void TestBicepEdit::quoting()
{
    QFETCH(QString, value);
    QFETCH(QString, quoted);
    QCOMPARE(QString::fromStdString(quoteBicepString(value.toStdString())), quoted);
    QCOMPARE(QString::fromStdString(bicepPropertyName("trustPolicy")),
             QStringLiteral("trustPolicy"));
    QCOMPARE(QString::fromStdString(bicepPropertyName("a-b")), QStringLiteral("'a-b'"));
}

void TestBicepEdit::replaceString_data()
{
    QTest::addColumn<bool>("crlf");
    QTest::newRow("LF") << false;
    QTest::newRow("CRLF") << true;
}

void TestBicepEdit::replaceString()
{
    QFETCH(bool, crlf);
    const Translated bicep(withLineEnding(kRegistry, crlf));
    const JsonNode *name = bicep.node({ "resources", "registry", "sku", "name" });
    QVERIFY(name);
    std::string want = kRegistry;
    want.replace(want.find("'Basic'"), 7, "'Premium'");
    QCOMPARE(bicep.apply({ replaceBicepValueWithString(bicep.file, *name, "Premium") }),
             withLineEnding(want, crlf));
}

void TestBicepEdit::replaceApiVersion()
{
    const Translated bicep(kRegistry);
    const JsonNode *apiVersion = bicep.node({ "resources", "registry", "apiVersion" });
    QVERIFY(apiVersion);
    std::string want = kRegistry;
    want.replace(want.find("2017-10-01"), 10, "2019-05-01");
    QCOMPARE(bicep.apply({ replaceBicepValueWithString(bicep.file, *apiVersion, "2019-05-01") }),
             want);
}

void TestBicepEdit::insertNested_data()
{
    QTest::addColumn<QString>("indent");
    QTest::addColumn<bool>("crlf");
    QTest::newRow("two spaces LF") << "  " << false;
    QTest::newRow("four spaces CRLF") << "    " << true;
    QTest::newRow("tabs LF") << "\t" << false;
    QTest::newRow("tabs CRLF") << "\t" << true;
}

// Adds policies.trustPolicy to `properties`, after its last member, one level deeper per
// object, in the file's indentation and line ending.
void TestBicepEdit::insertNested()
{
    QFETCH(QString, indent);
    QFETCH(bool, crlf);
    const std::string unit = indent.toStdString();
    const auto layout = [&](const std::string &text) {
        std::string result;
        for (char c : text)
            result += c == '~' ? unit : std::string(1, c);
        return withLineEnding(result, crlf);
    };
    const Translated bicep(layout("resource registry 'Microsoft.ContainerRegistry/registries@"
                                  "2023-07-01' = {\n"
                                  "~name: 'reg01'\n"
                                  "~properties: {\n"
                                  "~~adminUserEnabled: false // keep\n"
                                  "~}\n"
                                  "}\n"));
    const JsonNode *properties = bicep.node({ "resources", "registry", "properties" });
    QVERIFY(properties);
    const std::string want = layout("resource registry 'Microsoft.ContainerRegistry/registries@"
                                    "2023-07-01' = {\n"
                                    "~name: 'reg01'\n"
                                    "~properties: {\n"
                                    "~~adminUserEnabled: false // keep\n"
                                    "~~policies: {\n"
                                    "~~~trustPolicy: {\n"
                                    "~~~~type: 'Notary'\n"
                                    "~~~~status: 'enabled'\n"
                                    "~~~}\n"
                                    "~~}\n"
                                    "~}\n"
                                    "}\n");
    QCOMPARE(bicep.apply(insertBicepMember(bicep.file, *properties, "policies", trustPolicy())),
             want);
}

void TestBicepEdit::insertInline()
{
    const Translated bicep("resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01'"
                           " = {\n"
                           "  name: 'reg01'\n"
                           "  sku: { name: 'Premium' }\n"
                           "  properties: { policies: {} }\n"
                           "}\n");
    const JsonNode *sku = bicep.node({ "resources", "registry", "sku" });
    QVERIFY(sku);
    QCOMPARE(
        bicep.apply(insertBicepMember(bicep.file, *sku, "tier", JsonInsertValue::text("Premium"))),
        std::string("resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01'"
                    " = {\n"
                    "  name: 'reg01'\n"
                    "  sku: { name: 'Premium', tier: 'Premium' }\n"
                    "  properties: { policies: {} }\n"
                    "}\n"));
    const JsonNode *properties = bicep.node({ "resources", "registry", "properties" });
    QVERIFY(properties);
    QCOMPARE(bicep.apply(insertBicepMember(
                 bicep.file, *properties, "encryption",
                 JsonInsertValue::object({ { "status", JsonInsertValue::text("disabled") } }))),
             std::string("resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01'"
                         " = {\n"
                         "  name: 'reg01'\n"
                         "  sku: { name: 'Premium' }\n"
                         "  properties: { policies: {}, encryption: { status: 'disabled' } }\n"
                         "}\n"));
}

void TestBicepEdit::insertIntoEmpty_data()
{
    QTest::addColumn<bool>("crlf");
    QTest::newRow("LF") << false;
    QTest::newRow("CRLF") << true;
}

void TestBicepEdit::insertIntoEmpty()
{
    QFETCH(bool, crlf);
    const Translated bicep(withLineEnding("param policies object = {}\n"
                                          "param more object = {\n"
                                          "}\n",
                                          crlf));
    const JsonNode *oneLine = bicep.node({ "parameters", "policies", "defaultValue" });
    const JsonNode *twoLines = bicep.node({ "parameters", "more", "defaultValue" });
    QVERIFY(oneLine);
    QVERIFY(twoLines);
    std::vector<TextEdit> edits = insertBicepMember(bicep.file, *oneLine, "trustPolicy",
                                                    trustPolicy().members.front().second);
    for (TextEdit &edit :
         insertBicepMember(bicep.file, *twoLines, "status", JsonInsertValue::text("enabled")))
        edits.push_back(std::move(edit));
    QCOMPARE(bicep.apply(edits),
             withLineEnding("param policies object = {\n"
                            "  trustPolicy: {\n"
                            "    type: 'Notary'\n"
                            "    status: 'enabled'\n"
                            "  }\n"
                            "}\n"
                            "param more object = {\n"
                            "  status: 'enabled'\n"
                            "}\n",
                            crlf));
}

// A resource body also contains members the translation adds (type, apiVersion, condition):
// the insert goes after the last member written in the body.
void TestBicepEdit::insertOneLevel()
{
    const Translated bicep("resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01'"
                           " = if (true) {\n"
                           "    name: 'reg01'\n"
                           "}\n");
    const JsonNode *body = bicep.node({ "resources", "registry" });
    QVERIFY(body);
    QCOMPARE(bicep.apply(insertBicepMember(
                 bicep.file, *body, "sku",
                 JsonInsertValue::object({ { "name", JsonInsertValue::text("Premium") } }))),
             std::string("resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01'"
                         " = if (true) {\n"
                         "    name: 'reg01'\n"
                         "    sku: {\n"
                         "        name: 'Premium'\n"
                         "    }\n"
                         "}\n"));
}

void TestBicepEdit::removeMember_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    const QString head = QStringLiteral("var props = ");
    QTest::newRow("multi-line middle")
        << head + "{\n  a: 1\n  trustPolicy: {\n    status: 'enabled'\n  }\n  b: 2\n}\n"
        << head + "{\n  a: 1\n  b: 2\n}\n";
    QTest::newRow("multi-line last with comment")
        << head + "{\n  a: 1\n  trustPolicy: 'x' // old\n}\n"
        << head + "{\n  a: 1\n}\n";
    QTest::newRow("CRLF") << head + "{\r\n  trustPolicy: 'x'\r\n  b: 2\r\n}\r\n"
                          << head + "{\r\n  b: 2\r\n}\r\n";
    QTest::newRow("inline first") << head + "{ trustPolicy: 'x', b: 2 }\n" << head + "{ b: 2 }\n";
    QTest::newRow("inline last") << head + "{ a: 1, trustPolicy: 'x' }\n" << head + "{ a: 1 }\n";
}

void TestBicepEdit::removeMember()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    const Translated bicep(source.toStdString());
    const JsonNode *object = bicep.node({ "variables", "props" });
    QVERIFY(object);
    const JsonNode *member = object->member("trustPolicy");
    QVERIFY(member);
    QCOMPARE(QString::fromStdString(bicep.apply(removeBicepMember(bicep.file, *object, *member))),
             expected);
}

void TestBicepEdit::replaceWithObject()
{
    const Translated bicep("var props = {\n"
                           "  trustPolicy: 'x'\n"
                           "  inline: { trustPolicy: 'y' }\n"
                           "}\n");
    const JsonNode *member = bicep.node({ "variables", "props", "trustPolicy" });
    const JsonNode *inlineMember = bicep.node({ "variables", "props", "inline", "trustPolicy" });
    QVERIFY(member);
    QVERIFY(inlineMember);
    const JsonInsertValue policy = trustPolicy().members.front().second;
    QCOMPARE(bicep.apply({ replaceBicepValue(bicep.file, *member, policy),
                           replaceBicepValue(bicep.file, *inlineMember, policy) }),
             std::string("var props = {\n"
                         "  trustPolicy: {\n"
                         "    type: 'Notary'\n"
                         "    status: 'enabled'\n"
                         "  }\n"
                         "  inline: { trustPolicy: { type: 'Notary', status: 'enabled' } }\n"
                         "}\n"));
}

void TestBicepEdit::appendAllowed_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one per line") << "@allowed([\n  'Basic'\n  'Standard'\n])\nparam sku string\n"
                                  << "@allowed([\n  'Basic'\n  'Standard'\n  'Premium'\n])\n"
                                     "param sku string\n";
    QTest::newRow("one per line CRLF tabs")
        << "@allowed([\r\n\t'Basic' // cheapest\r\n])\r\nparam sku string\r\n"
        << "@allowed([\r\n\t'Basic' // cheapest\r\n\t'Premium'\r\n])\r\nparam sku string\r\n";
    QTest::newRow("one line") << "@allowed(['Basic', 'Standard'])\nparam sku string\n"
                              << "@allowed(['Basic', 'Standard', 'Premium'])\nparam sku string\n";
    QTest::newRow("empty") << "@allowed([])\nparam sku string\n"
                           << "@allowed(['Premium'])\nparam sku string\n";
}

void TestBicepEdit::appendAllowed()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    const Translated bicep(source.toStdString());
    const JsonNode *allowed = bicep.node({ "parameters", "sku", "allowedValues" });
    QVERIFY(allowed);
    QCOMPARE(QString::fromStdString(
                 bicep.apply(appendBicepArrayString(bicep.file, *allowed, "Premium"))),
             expected);
}

// A .bicepparam value is replaced in place, and the rest of the file is kept byte for byte.
void TestBicepEdit::parameterFileValue()
{
    const std::string text = "using './main.bicep'\r\n\r\n// Production\r\nparam skuName = 'Basic'"
                             "\r\n";
    const SourceFile file("main.bicepparam", text, text, TextEncoding::Utf8);
    JsonNode node;
    node.type = JsonType::String;
    node.span = Span { text.find("'Basic'"), text.find("'Basic'") + 7 };
    const Result<std::string> fixed
        = applyTextEdits(text, { replaceBicepValueWithString(file, node, "Premium") });
    QVERIFY(fixed.ok());
    QCOMPARE(fixed.value(),
             std::string("using './main.bicep'\r\n\r\n// Production\r\nparam skuName = 'Premium'"
                         "\r\n"));
}

void TestBicepEdit::writerChoice()
{
    QVERIFY(isBicepSource(SourceFile("a/main.bicep", "", "", TextEncoding::Utf8)));
    QVERIFY(isBicepSource(SourceFile("a/main.BICEPPARAM", "", "", TextEncoding::Utf8)));
    QVERIFY(!isBicepSource(SourceFile("a/main.json", "", "", TextEncoding::Utf8)));
}

QTEST_GUILESS_MAIN(TestBicepEdit)
#include "tst_bicepedit.moc"
