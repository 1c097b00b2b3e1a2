// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/fix/jsonedit.h"
#include "core/fix/textedits.h"
#include "core/json/jsonparser.h"
#include "core/source/sourcefile.h"

#include "support/testsupport.h"

#include <QDirIterator>
#include <QTest>

#include <string>

using namespace compliance;

namespace {

enum class Operation { Insert, ReplaceWithString, ReplaceValue, Remove, Append };

QByteArray crlf(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

QByteArray tabs(QByteArray text)
{
    return text.replace("  ", "\t");
}

// Values the fix planner inserts: "trust" is the Notary trust policy, "nested" puts it under
// "trustPolicy", "empty" is {}, and anything else is a string.
JsonInsertValue insertValue(const QString &name)
{
    const auto trust = [] {
        return JsonInsertValue::object({ { "type", JsonInsertValue::text("Notary") },
                                         { "status", JsonInsertValue::text("enabled") } });
    };
    if (name == QLatin1String("trust"))
        return trust();
    if (name == QLatin1String("nested"))
        return JsonInsertValue::object({ { "trustPolicy", trust() } });
    if (name == QLatin1String("empty"))
        return JsonInsertValue::object({});
    return JsonInsertValue::text(name.toStdString());
}

// Follows a '/'-separated path of member names and array indices from `root`.
const JsonNode *findNode(const JsonNode &root, const QString &path)
{
    const JsonNode *node = &root;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (node->isArray()) {
            bool isIndex = false;
            const int index = part.toInt(&isIndex);
            if (!isIndex || index < 0 || std::size_t(index) >= node->children.size())
                return nullptr;
            node = &node->children[std::size_t(index)];
        } else {
            node = node->member(part.toStdString());
        }
        if (node == nullptr)
            return nullptr;
    }
    return node;
}

// Collects the `properties` objects of every container registry declared in `node`.
void collectRegistryProperties(const JsonNode &node, std::vector<const JsonNode *> &found)
{
    const JsonNode *type = node.member("type");
    const JsonNode *properties = node.member("properties");
    if (type != nullptr && type->isString()
        && equalsIgnoreCase(type->string, "Microsoft.ContainerRegistry/registries")
        && properties != nullptr && properties->isObject())
        found.push_back(properties);
    for (const JsonNode &child : node.children)
        collectRegistryProperties(child, found);
}

QString parentPath(const QString &path)
{
    const int slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}

} // namespace

Q_DECLARE_METATYPE(Operation)

class TestJsonEdit : public QObject
{
    Q_OBJECT

private slots:
    void indentUnit_data();
    void indentUnit();
    void edits_data();
    void edits();
    void editsKeepPath();
    void insertedObjectsUseFileNewline();
    void sharedRegistriesRoundTrip_data();
    void sharedRegistriesRoundTrip();
};

void TestJsonEdit::indentUnit_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("unit");

    QTest::newRow("two spaces") << QByteArray("{\n  \"a\": {\n    \"b\": 1\n  }\n}")
                                << QByteArray("  ");
    QTest::newRow("four spaces") << QByteArray("{\n    \"a\": {\n        \"b\": 1\n    }\n}")
                                 << QByteArray("    ");
    QTest::newRow("tabs") << QByteArray("{\n\t\"a\": {\n\t\t\"b\": 1\n\t}\n}") << QByteArray("\t");
    QTest::newRow("crlf four spaces")
        << crlf("{\n    \"a\": 1,\n    \"b\": 2\n}") << QByteArray("    ");
    QTest::newRow("one line") << QByteArray("{\"a\": 1}") << QByteArray("  ");
    QTest::newRow("blank lines ignored")
        << QByteArray("{\n\n    \"a\": [\n\n        1\n    ]\n}") << QByteArray("    ");
    QTest::newRow("odd continuation line")
        << QByteArray("{\n  \"a\": {\n    \"b\": \"[concat('x',\n             'y')]\",\n"
                      "    \"c\": {\n      \"d\": 1\n    }\n  }\n}")
        << QByteArray("  ");
}

void TestJsonEdit::indentUnit()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, unit);

    QCOMPARE(QByteArray::fromStdString(detectIndentUnit(text.toStdString())), unit);
}

void TestJsonEdit::edits_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray registry = "{\n"
                                "  \"sku\": {\n"
                                "    \"name\": \"Premium\"\n"
                                "  },\n"
                                "  \"properties\": {\n"
                                "    \"adminUserEnabled\": false\n"
                                "  }\n"
                                "}\n";
    const QByteArray registryWithPolicy = "{\n"
                                          "  \"sku\": {\n"
                                          "    \"name\": \"Premium\"\n"
                                          "  },\n"
                                          "  \"properties\": {\n"
                                          "    \"adminUserEnabled\": false,\n"
                                          "    \"policies\": {\n"
                                          "      \"trustPolicy\": {\n"
                                          "        \"type\": \"Notary\",\n"
                                          "        \"status\": \"enabled\"\n"
                                          "      }\n"
                                          "    }\n"
                                          "  }\n"
                                          "}\n";
    QTest::newRow("insert nested lf") << registry << Operation::Insert << "properties"
                                      << "policies"
                                      << "nested" << registryWithPolicy;
    QTest::newRow("insert nested crlf") << crlf(registry) << Operation::Insert << "properties"
                                        << "policies"
                                        << "nested" << crlf(registryWithPolicy);
    QTest::newRow("insert nested tabs") << tabs(registry) << Operation::Insert << "properties"
                                        << "policies"
                                        << "nested" << tabs(registryWithPolicy);

    QTest::newRow("insert four spaces")
        << QByteArray("{\n    \"properties\": {\n        \"adminUserEnabled\": false\n    }\n}")
        << Operation::Insert << "properties"
        << "trustPolicy"
        << "trust"
        << QByteArray("{\n    \"properties\": {\n        \"adminUserEnabled\": false,\n"
                      "        \"trustPolicy\": {\n            \"type\": \"Notary\",\n"
                      "            \"status\": \"enabled\"\n        }\n    }\n}");

    QTest::newRow("insert reuses trailing comma")
        << QByteArray("{\n  \"properties\": {\n    \"adminUserEnabled\": false,\n  },\n}")
        << Operation::Insert << "properties"
        << "zoneRedundancy"
        << "Enabled"
        << QByteArray("{\n  \"properties\": {\n    \"adminUserEnabled\": false,\n"
                      "    \"zoneRedundancy\": \"Enabled\"\n  },\n}");

    QTest::newRow("insert after line comment")
        << QByteArray("{\n  \"properties\": {\n    \"adminUserEnabled\": false // off\n  }\n}")
        << Operation::Insert << "properties"
        << "zoneRedundancy"
        << "Enabled"
        << QByteArray("{\n  \"properties\": {\n    \"adminUserEnabled\": false, // off\n"
                      "    \"zoneRedundancy\": \"Enabled\"\n  }\n}");

    QTest::newRow("insert after comma and comment")
        << QByteArray("{\n  \"a\": 1, /* one */ // two\n}") << Operation::Insert << ""
        << "b"
        << "c" << QByteArray("{\n  \"a\": 1, /* one */ // two\n  \"b\": \"c\"\n}");

    QTest::newRow("insert before brace on same line")
        << QByteArray("{ \"a\": 1,\n  \"b\": 2 }") << Operation::Insert << ""
        << "c"
        << "d" << QByteArray("{ \"a\": 1,\n  \"b\": 2,\n  \"c\": \"d\" }");
    QTest::newRow("insert before comment line")
        << QByteArray("{\n  \"a\": 1\n  // last\n}") << Operation::Insert << ""
        << "b"
        << "c" << QByteArray("{\n  \"a\": 1,\n  \"b\": \"c\"\n  // last\n}");

    const QByteArray filledProperties = "{\n"
                                        "  \"properties\": {\n"
                                        "    \"trustPolicy\": {\n"
                                        "      \"type\": \"Notary\",\n"
                                        "      \"status\": \"enabled\"\n"
                                        "    }\n"
                                        "  }\n"
                                        "}";
    QTest::newRow("insert into empty object")
        << QByteArray("{\n  \"properties\": {}\n}") << Operation::Insert << "properties"
        << "trustPolicy"
        << "trust" << filledProperties;
    QTest::newRow("insert into blank object")
        << QByteArray("{\n  \"properties\": { }\n}") << Operation::Insert << "properties"
        << "trustPolicy"
        << "trust" << filledProperties;
    QTest::newRow("insert into empty object crlf")
        << crlf("{\n  \"properties\": {}\n}") << Operation::Insert << "properties"
        << "trustPolicy"
        << "trust" << crlf(filledProperties);
    QTest::newRow("insert into empty multi-line object")
        << QByteArray("{\n  \"properties\": {\n  }\n}") << Operation::Insert << "properties"
        << "zoneRedundancy"
        << "Enabled"
        << QByteArray("{\n  \"properties\": {\n    \"zoneRedundancy\": \"Enabled\"\n  }\n}");
    QTest::newRow("insert into empty root") << QByteArray("{}") << Operation::Insert << ""
                                            << "a"
                                            << "b" << QByteArray("{\n  \"a\": \"b\"\n}");
    QTest::newRow("insert empty object value")
        << QByteArray("{\n  \"a\": 1\n}") << Operation::Insert << ""
        << "b"
        << "empty" << QByteArray("{\n  \"a\": 1,\n  \"b\": {}\n}");

    QTest::newRow("insert into inline object")
        << QByteArray("{\n  \"sku\": {\"name\": \"Basic\"}\n}") << Operation::Insert << "sku"
        << "tier"
        << "Premium" << QByteArray("{\n  \"sku\": {\"name\": \"Basic\", \"tier\": \"Premium\"}\n}");
    QTest::newRow("insert object inline")
        << QByteArray("{ \"properties\": { \"adminUserEnabled\": false } }") << Operation::Insert
        << "properties"
        << "trustPolicy"
        << "trust"
        << QByteArray("{ \"properties\": { \"adminUserEnabled\": false, \"trustPolicy\": "
                      "{\"type\": \"Notary\", \"status\": \"enabled\"} } }");
    QTest::newRow("insert inline compact")
        << QByteArray("{\"sku\":{\"name\":\"Basic\",\"x\":1}}") << Operation::Insert << "sku"
        << "tier"
        << "Premium" << QByteArray("{\"sku\":{\"name\":\"Basic\",\"x\":1,\"tier\":\"Premium\"}}");
    QTest::newRow("insert inline trailing comma")
        << QByteArray("{\"sku\": {\"name\": \"Basic\",}}") << Operation::Insert << "sku"
        << "tier"
        << "Premium" << QByteArray("{\"sku\": {\"name\": \"Basic\", \"tier\": \"Premium\"}}");
    QTest::newRow("insert after multi-line value")
        << QByteArray("{\n  \"a\": {\n    \"b\": 1\n  }\n}") << Operation::Insert << ""
        << "c"
        << "d" << QByteArray("{\n  \"a\": {\n    \"b\": 1\n  },\n  \"c\": \"d\"\n}");
    QTest::newRow("insert escapes string")
        << QByteArray("{\n  \"a\": 1\n}") << Operation::Insert << ""
        << "say"
        << "\"hi\"\\" << QByteArray("{\n  \"a\": 1,\n  \"say\": \"\\\"hi\\\"\\\\\"\n}");
    QTest::newRow("insert keeps colon spacing")
        << QByteArray("{\n  \"a\" : 1\n}") << Operation::Insert << ""
        << "b"
        << "trust"
        << QByteArray("{\n  \"a\" : 1,\n  \"b\" : {\n    \"type\" : \"Notary\",\n"
                      "    \"status\" : \"enabled\"\n  }\n}");

    QTest::newRow("replace string value") << QByteArray("{\"sku\": {\"name\": \"Basic\"}}")
                                          << Operation::ReplaceWithString << "sku/name"
                                          << "Premium"
                                          << "" << QByteArray("{\"sku\": {\"name\": \"Premium\"}}");
    QTest::newRow("replace boolean with string")
        << QByteArray("{\n  \"status\": false // old\n}") << Operation::ReplaceWithString
        << "status"
        << "enabled"
        << "" << QByteArray("{\n  \"status\": \"enabled\" // old\n}");
    QTest::newRow("replace escapes string")
        << QByteArray("[\"a\"]") << Operation::ReplaceWithString << "0"
        << "tab\there"
        << "" << QByteArray("[\"tab\\there\"]");

    const QByteArray disabledPolicy = "{\n"
                                      "  \"properties\": {\n"
                                      "    \"policies\": {\n"
                                      "      \"trustPolicy\": \"disabled\"\n"
                                      "    }\n"
                                      "  }\n"
                                      "}\n";
    const QByteArray enabledPolicy = "{\n"
                                     "  \"properties\": {\n"
                                     "    \"policies\": {\n"
                                     "      \"trustPolicy\": {\n"
                                     "        \"type\": \"Notary\",\n"
                                     "        \"status\": \"enabled\"\n"
                                     "      }\n"
                                     "    }\n"
                                     "  }\n"
                                     "}\n";
    QTest::newRow("replace with object")
        << disabledPolicy << Operation::ReplaceValue << "properties/policies/trustPolicy"
        << ""
        << "trust" << enabledPolicy;
    QTest::newRow("replace with object crlf")
        << crlf(disabledPolicy) << Operation::ReplaceValue << "properties/policies/trustPolicy"
        << ""
        << "trust" << crlf(enabledPolicy);
    QTest::newRow("replace with object tabs")
        << tabs(disabledPolicy) << Operation::ReplaceValue << "properties/policies/trustPolicy"
        << ""
        << "trust" << tabs(enabledPolicy);
    QTest::newRow("replace inline with object")
        << QByteArray("{\"policies\": {\"trustPolicy\": null}}") << Operation::ReplaceValue
        << "policies/trustPolicy"
        << ""
        << "trust"
        << QByteArray("{\"policies\": {\"trustPolicy\": {\"type\": \"Notary\", \"status\": "
                      "\"enabled\"}}}");
    QTest::newRow("replace value with string")
        << QByteArray("{\n  \"name\": \"Basic\"\n}") << Operation::ReplaceValue << "name"
        << ""
        << "Premium" << QByteArray("{\n  \"name\": \"Premium\"\n}");

    const QByteArray threeMembers = "{\n"
                                    "  \"properties\": {\n"
                                    "    \"a\": 1,\n"
                                    "    \"b\": 2,\n"
                                    "    \"c\": 3\n"
                                    "  }\n"
                                    "}\n";
    QTest::newRow("remove first member")
        << threeMembers << Operation::Remove << "properties/a"
        << ""
        << "" << QByteArray("{\n  \"properties\": {\n    \"b\": 2,\n    \"c\": 3\n  }\n}\n");
    QTest::newRow("remove middle member")
        << threeMembers << Operation::Remove << "properties/b"
        << ""
        << "" << QByteArray("{\n  \"properties\": {\n    \"a\": 1,\n    \"c\": 3\n  }\n}\n");
    QTest::newRow("remove last member")
        << threeMembers << Operation::Remove << "properties/c"
        << ""
        << "" << QByteArray("{\n  \"properties\": {\n    \"a\": 1,\n    \"b\": 2\n  }\n}\n");
    QTest::newRow("remove last member crlf")
        << crlf(threeMembers) << Operation::Remove << "properties/c"
        << ""
        << "" << crlf("{\n  \"properties\": {\n    \"a\": 1,\n    \"b\": 2\n  }\n}\n");
    QTest::newRow("remove first member tabs")
        << tabs(threeMembers) << Operation::Remove << "properties/a"
        << ""
        << "" << tabs("{\n  \"properties\": {\n    \"b\": 2,\n    \"c\": 3\n  }\n}\n");
    QTest::newRow("remove only member")
        << QByteArray("{\n  \"properties\": {\n    \"a\": 1\n  }\n}") << Operation::Remove
        << "properties/a"
        << ""
        << "" << QByteArray("{\n  \"properties\": {\n  }\n}");
    QTest::newRow("remove multi-line member")
        << QByteArray("{\n  \"a\": 1,\n  \"policies\": {\n    \"trustPolicy\": {}\n  },\n"
                      "  \"c\": 3\n}")
        << Operation::Remove << "policies"
        << ""
        << "" << QByteArray("{\n  \"a\": 1,\n  \"c\": 3\n}");
    QTest::newRow("remove member with its comment")
        << QByteArray("{\n  \"a\": 1,\n  \"b\": 2, // about b\n  \"c\": 3\n}") << Operation::Remove
        << "b"
        << ""
        << "" << QByteArray("{\n  \"a\": 1,\n  \"c\": 3\n}");
    QTest::newRow("remove last keeps comment")
        << QByteArray("{\n  \"a\": 1, // about a\n  \"b\": 2\n}") << Operation::Remove << "b"
        << ""
        << "" << QByteArray("{\n  \"a\": 1 // about a\n}");
    QTest::newRow("remove last with trailing comma")
        << QByteArray("{\n  \"a\": 1,\n  \"b\": 2,\n}") << Operation::Remove << "b"
        << ""
        << "" << QByteArray("{\n  \"a\": 1,\n}");
    QTest::newRow("remove inline first")
        << QByteArray("{\"a\": 1, \"b\": 2, \"c\": 3}") << Operation::Remove << "a"
        << ""
        << "" << QByteArray("{\"b\": 2, \"c\": 3}");
    QTest::newRow("remove inline middle")
        << QByteArray("{\"a\": 1, \"b\": 2, \"c\": 3}") << Operation::Remove << "b"
        << ""
        << "" << QByteArray("{\"a\": 1, \"c\": 3}");
    QTest::newRow("remove inline last")
        << QByteArray("{\"a\": 1, \"b\": 2, \"c\": 3}") << Operation::Remove << "c"
        << ""
        << "" << QByteArray("{\"a\": 1, \"b\": 2}");
    QTest::newRow("remove inline only")
        << QByteArray("{\"p\": { \"a\": 1 }}") << Operation::Remove << "p/a"
        << ""
        << "" << QByteArray("{\"p\": {}}");
    QTest::newRow("remove case-insensitive key")
        << QByteArray("{\n  \"TrustPolicy\": {},\n  \"b\": 2\n}") << Operation::Remove
        << "trustpolicy"
        << ""
        << "" << QByteArray("{\n  \"b\": 2\n}");

    QTest::newRow("append multi-line array")
        << QByteArray("{\n  \"dependsOn\": [\n    \"a\"\n  ]\n}") << Operation::Append
        << "dependsOn"
        << "b"
        << "" << QByteArray("{\n  \"dependsOn\": [\n    \"a\",\n    \"b\"\n  ]\n}");
    QTest::newRow("append multi-line array crlf")
        << crlf("{\n  \"dependsOn\": [\n    \"a\"\n  ]\n}") << Operation::Append << "dependsOn"
        << "b"
        << "" << crlf("{\n  \"dependsOn\": [\n    \"a\",\n    \"b\"\n  ]\n}");
    QTest::newRow("append after trailing comma")
        << QByteArray("[\n  \"a\",\n]") << Operation::Append << ""
        << "b"
        << "" << QByteArray("[\n  \"a\",\n  \"b\"\n]");
    QTest::newRow("append inline array")
        << QByteArray("{\"zones\": [\"1\", \"2\"]}") << Operation::Append << "zones"
        << "3"
        << "" << QByteArray("{\"zones\": [\"1\", \"2\", \"3\"]}");
    QTest::newRow("append compact array") << QByteArray("[\"1\",\"2\"]") << Operation::Append << ""
                                          << "3"
                                          << "" << QByteArray("[\"1\",\"2\",\"3\"]");
    QTest::newRow("append empty array")
        << QByteArray("{\"zones\": []}") << Operation::Append << "zones"
        << "1"
        << "" << QByteArray("{\"zones\": [\"1\"]}");
    QTest::newRow("append blank array")
        << QByteArray("{\"zones\": [ ]}") << Operation::Append << "zones"
        << "1"
        << "" << QByteArray("{\"zones\": [\"1\"]}");
    QTest::newRow("append empty multi-line array")
        << QByteArray("{\n  \"zones\": [\n  ]\n}") << Operation::Append << "zones"
        << "1"
        << "" << QByteArray("{\n  \"zones\": [\n    \"1\"\n  ]\n}");
}

void TestJsonEdit::edits()
{
    QFETCH(QByteArray, input);
    QFETCH(Operation, operation);
    QFETCH(QString, target);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);

    const Result<SourceFile> file = decodeSourceFile("t.json", input.toStdString());
    QVERIFY2(file.ok(), file.error().c_str());
    const JsonParseResult parsed = parseJson(file->text());
    QVERIFY2(parsed.ok, parsed.error.message.c_str());
    const JsonNode *node = findNode(parsed.root, target);
    QVERIFY2(node != nullptr, qPrintable(target));

    std::vector<TextEdit> edits;
    switch (operation) {
    case Operation::Insert:
        edits = insertJsonMember(file.value(), *node, key.toStdString(), insertValue(value));
        break;
    case Operation::ReplaceWithString:
        edits = { replaceJsonValueWithString(file.value(), *node, key.toStdString()) };
        break;
    case Operation::ReplaceValue:
        edits = { replaceJsonValue(file.value(), *node, insertValue(value)) };
        break;
    case Operation::Remove: {
        const JsonNode *object = findNode(parsed.root, parentPath(target));
        QVERIFY(object != nullptr);
        edits = removeJsonMember(file.value(), *object, *node);
        break;
    }
    case Operation::Append:
        edits = appendJsonArrayString(file.value(), *node, key.toStdString());
        break;
    }
    QVERIFY(!edits.empty());

    const Result<std::string> output = applyTextEdits(file->text(), edits);
    QVERIFY2(output.ok(), output.error().c_str());
    QCOMPARE(QByteArray::fromStdString(output.value()), expected);

    const JsonParseResult reparsed = parseJson(output.value());
    QVERIFY2(reparsed.ok, reparsed.error.message.c_str());
}

void TestJsonEdit::editsKeepPath()
{
    const Result<SourceFile> file = decodeSourceFile("/tmp/x/azuredeploy.json", "{\"a\": 1}");
    QVERIFY(file.ok());
    const JsonParseResult parsed = parseJson(file->text());
    QVERIFY(parsed.ok);

    for (const TextEdit &edit :
         insertJsonMember(file.value(), parsed.root, "b", JsonInsertValue::text("c")))
        QCOMPARE(edit.path, std::string("/tmp/x/azuredeploy.json"));
    QCOMPARE(replaceJsonValueWithString(file.value(), parsed.root.children[0], "x").path,
             std::string("/tmp/x/azuredeploy.json"));
}

void TestJsonEdit::insertedObjectsUseFileNewline()
{
    // Mostly CRLF with one LF line: inserted lines take the dominant CRLF.
    const std::string text = "{\r\n  \"a\": {\r\n    \"b\": 1\r\n  }\n}\r\n";
    const Result<SourceFile> file = decodeSourceFile("t.json", text);
    QVERIFY(file.ok());
    QCOMPARE(file->lineEnding(), LineEnding::Mixed);
    const JsonParseResult parsed = parseJson(file->text());
    QVERIFY(parsed.ok);

    const auto edits = insertJsonMember(file.value(), *parsed.root.member("a"), "trustPolicy",
                                        insertValue(QStringLiteral("trust")));
    const Result<std::string> output = applyTextEdits(file->text(), edits);
    QVERIFY2(output.ok(), output.error().c_str());
    QCOMPARE(output.value(),
             std::string("{\r\n  \"a\": {\r\n    \"b\": 1,\r\n    \"trustPolicy\": {\r\n"
                         "      \"type\": \"Notary\",\r\n      \"status\": \"enabled\"\r\n"
                         "    }\r\n  }\n}\r\n"));
}

void TestJsonEdit::sharedRegistriesRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    if (!QDir(testsupport::sharedDir()).exists()) {
        QTest::newRow("shared inputs absent") << QString();
        return;
    }
    for (const char *folder : { "cases", "corpus/acr" }) {
        QDirIterator it(testsupport::sharedPath(QString::fromLatin1(folder)),
                        { QStringLiteral("*.json") }, QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            // Only files that declare a registry with properties have something to edit.
            const Result<SourceFile> file = readSourceFile(path.toStdString());
            const JsonParseResult parsed = parseJson(file ? file->text() : std::string());
            std::vector<const JsonNode *> registries;
            collectRegistryProperties(parsed.root, registries);
            if (!file || !parsed.ok || !registries.empty())
                QTest::newRow(qPrintable(QDir(testsupport::sharedDir()).relativeFilePath(path)))
                    << path;
        }
    }
}

// Inserts the trust policy into every registry of a real template, one at a time, then removes
// it again: the insertion must parse and hold the policy, and the removal must restore the
// original text byte for byte.
void TestJsonEdit::sharedRegistriesRoundTrip()
{
    CV_REQUIRE_SHARED_DIR("cases");
    CV_REQUIRE_SHARED_DIR("corpus/acr");
    QFETCH(QString, path);

    const Result<SourceFile> file = readSourceFile(path.toStdString());
    QVERIFY2(file.ok(), file.error().c_str());
    const JsonParseResult parsed = parseJson(file->text());
    QVERIFY2(parsed.ok, parsed.error.message.c_str());
    std::vector<const JsonNode *> registries;
    collectRegistryProperties(parsed.root, registries);
    QVERIFY(!registries.empty());

    for (std::size_t i = 0; i < registries.size(); ++i) {
        // A second `policies` member would be a duplicate key, which the parser rejects.
        if (registries[i]->member("policies"))
            continue;
        const auto edits = insertJsonMember(file.value(), *registries[i], "policies",
                                            insertValue(QStringLiteral("nested")));
        const Result<std::string> inserted = applyTextEdits(file->text(), edits);
        QVERIFY2(inserted.ok(), inserted.error().c_str());

        const Result<SourceFile> edited = decodeSourceFile(file->path(), inserted.value());
        QVERIFY2(edited.ok(), edited.error().c_str());
        const JsonParseResult reparsed = parseJson(edited->text());
        QVERIFY2(reparsed.ok, reparsed.error.message.c_str());
        std::vector<const JsonNode *> editedRegistries;
        collectRegistryProperties(reparsed.root, editedRegistries);
        QCOMPARE(editedRegistries.size(), registries.size());

        const JsonNode &properties = *editedRegistries[i];
        QCOMPARE(properties.children.size(), registries[i]->children.size() + 1);
        const JsonNode &policies = properties.children.back();
        QCOMPARE(policies.key, std::string("policies"));
        const JsonNode *type = findNode(policies, QStringLiteral("trustPolicy/type"));
        QVERIFY(type != nullptr);
        QCOMPARE(type->string, std::string("Notary"));

        // The round trip cannot restore two layouts: an empty object, which the insertion
        // expands over lines, and a trailing comma, which the removal takes with the member.
        const std::vector<JsonNode> &original = registries[i]->children;
        if (original.empty())
            continue;
        const std::size_t afterLast
            = skipWhitespaceAndComments(file->text(), original.back().span.end);
        if (file->text()[afterLast] == ',')
            continue;
        const auto removal = removeJsonMember(edited.value(), properties, policies);
        const Result<std::string> restored = applyTextEdits(edited->text(), removal);
        QVERIFY2(restored.ok(), restored.error().c_str());
        QCOMPARE(restored.value(), file->text());
    }
}

QTEST_GUILESS_MAIN(TestJsonEdit)
#include "tst_jsonedit.moc"
