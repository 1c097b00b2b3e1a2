// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/scan/suppressionwriter.h"

#include "core/fix/fixapply.h"
#include "core/fix/jsonlayout.h"
#include "core/fix/textedits.h"
#include "core/json/jsonparser.h"
#include "core/source/atomicwrite.h"

#include <system_error>

namespace compliance {

namespace {

constexpr std::size_t npos = std::string_view::npos;
constexpr std::string_view kSeparator = ": ";
constexpr std::string_view kArrayKey = "suppressions";

TextEdit makeEdit(const SourceFile &file, std::size_t begin, std::size_t end,
                  std::string replacement)
{
    return TextEdit { file.path(), Span { begin, end }, std::move(replacement) };
}

bool isBlank(std::string_view text)
{
    return text.find_first_not_of(" \t\r\n") == npos;
}

// Adds `item` into the empty array `array`. A one-line `[]` opens over three lines. In an
// array whose brackets are on different lines, the item goes on the line after `[`.
std::vector<TextEdit> fillEmptyArray(const SourceFile &file, const JsonNode &array,
                                     const JsonInsertValue &item)
{
    const std::string_view text = file.text();
    const std::string unit = detectIndentUnit(text);
    const std::size_t open = array.span.begin;
    const std::size_t close = array.span.end - 1;
    const std::string indentation(indentationOf(text, open));
    const std::string itemIndentation = indentation + unit;
    std::string rendered;
    rendered.append(file.newline()).append(itemIndentation);
    rendered += renderJsonMultiLine(item, itemIndentation, unit, file.newline(), kSeparator);

    if (!isSingleLine(text, open, close)) {
        const std::size_t insertAt = lineEndOf(text, open);
        return { makeEdit(file, insertAt, insertAt, std::move(rendered)) };
    }
    rendered.append(file.newline()).append(indentation);
    // A comment inside `[ /* ... */ ]` stays, after the new item.
    if (isBlank(text.substr(open + 1, close - open - 1)))
        return { makeEdit(file, open + 1, close, std::move(rendered)) };
    return { makeEdit(file, open + 1, open + 1, std::move(rendered)) };
}

// Adds `item` after the last element of an array laid out one element per line.
std::vector<TextEdit> appendOnNewLine(const SourceFile &file, const JsonNode &last,
                                      const JsonInsertValue &item)
{
    const std::string_view text = file.text();
    const std::string unit = detectIndentUnit(text);
    const std::string_view indentation = indentationOf(text, last.span.begin);
    const std::size_t comma = commaAfter(text, last.span.end);
    const std::size_t anchor = comma == npos ? last.span.end : comma + 1;
    std::size_t insertAt = skipSameLineTrivia(text, anchor);
    // When `]` follows on the same line, the blanks before it stay in front of it.
    const bool atLineEnd
        = insertAt >= text.size() || text[insertAt] == '\r' || text[insertAt] == '\n';
    while (!atLineEnd && insertAt > anchor
           && (text[insertAt - 1] == ' ' || text[insertAt - 1] == '\t'))
        --insertAt;

    std::string insertion;
    insertion.append(file.newline()).append(indentation);
    insertion += renderJsonMultiLine(item, indentation, unit, file.newline(), kSeparator);
    if (comma != npos)
        return { makeEdit(file, insertAt, insertAt, std::move(insertion)) };
    if (insertAt == last.span.end)
        return { makeEdit(file, insertAt, insertAt, "," + insertion) };
    // A comment follows the last element on its line, so the comma goes before the comment.
    return { makeEdit(file, last.span.end, last.span.end, ","),
             makeEdit(file, insertAt, insertAt, std::move(insertion)) };
}

// Adds `item` after the last element of an array written on one line.
std::vector<TextEdit> appendInline(const SourceFile &file, const JsonNode &last,
                                   const JsonInsertValue &item)
{
    const std::string_view text = file.text();
    const std::string rendered = renderJsonInline(item, kSeparator);
    const std::size_t comma = commaAfter(text, last.span.end);
    if (comma == npos)
        return { makeEdit(file, last.span.end, last.span.end, ", " + rendered) };
    // Reuse a trailing comma: `[{...},]` becomes `[{...}, {...}]`.
    const std::size_t insertAt = comma + 1;
    const bool hasGap = insertAt < text.size() && (text[insertAt] == ' ' || text[insertAt] == '\t');
    return { makeEdit(file, insertAt, insertAt, (hasGap ? "" : " ") + rendered) };
}

JsonInsertValue entryValue(const Suppression &entry)
{
    std::vector<JsonInsertMember> members;
    const auto add = [&members](const char *key, const std::string &value) {
        if (!value.empty())
            members.emplace_back(key, JsonInsertValue::text(value));
    };
    add("rule", entry.rule);
    add("file", entry.file);
    add("resource", entry.resource);
    add("parameterFile", entry.parameterFile);
    add("reason", entry.reason);
    return JsonInsertValue::object(std::move(members));
}

std::string newFileText(const Suppression &entry)
{
    std::string text = "{\n  \"suppressions\": [\n    ";
    text += renderJsonMultiLine(entryValue(entry), "    ", "  ", "\n", kSeparator);
    text += "\n  ]\n}\n";
    return text;
}

SourceFile withText(const SourceFile &file, std::string text)
{
    return SourceFile(file.path(), file.originalBytes(), std::move(text), file.encoding());
}

std::string position(const SourceFile &file, std::size_t offset)
{
    return "line " + std::to_string(file.lineOf(offset)) + ", column "
        + std::to_string(file.columnOf(offset));
}

// Parses `file` and returns its root, or a message naming the position of the problem.
Result<JsonNode> parseRoot(const SourceFile &file, const std::string &fileName)
{
    const JsonParseResult parsed = parseJson(file.text());
    if (!parsed.ok)
        return Result<JsonNode>::failure(
            fileName + " is not valid JSON at " + position(file, parsed.error.offset) + ": "
            + parsed.error.message + ". Fix or remove the file, then add the suppression again.");
    if (!parsed.root.isObject())
        return Result<JsonNode>::failure(
            fileName + " must contain a JSON object with a \"suppressions\" array, but its value "
            + "at " + position(file, parsed.root.span.begin)
            + " is not an object. Fix or remove the file, then add the suppression again.");
    return parsed.root;
}

// Returns the text of `file` with `"suppressions": []` added as the root's last member.
Result<std::string> withEmptyArray(const SourceFile &file, const JsonNode &root)
{
    // insertJsonMember writes strings and objects, so it adds a placeholder string that the
    // second edit turns into an empty array.
    const std::vector<TextEdit> inserted
        = insertJsonMember(file, root, kArrayKey, JsonInsertValue::text(std::string()));
    Result<std::string> text = applyTextEdits(file.text(), inserted);
    if (!text)
        return text;
    const SourceFile staged = withText(file, std::move(text.value()));
    const JsonParseResult parsed = parseJson(staged.text());
    const JsonNode *placeholder = parsed.ok ? parsed.root.member(kArrayKey) : nullptr;
    if (!placeholder || !placeholder->isString())
        return Result<std::string>::failure("could not add a \"suppressions\" array");
    return applyTextEdits(
        staged.text(), { makeEdit(staged, placeholder->span.begin, placeholder->span.end, "[]") });
}

} // namespace

std::vector<TextEdit> appendJsonArrayObject(const SourceFile &file, const JsonNode &array,
                                            const JsonInsertValue &item)
{
    if (!array.isArray())
        return {};
    if (array.children.empty())
        return fillEmptyArray(file, array, item);
    const JsonNode &last = array.children.back();
    if (!startsLine(file.text(), last.span.begin))
        return appendInline(file, last, item);
    return appendOnNewLine(file, last, item);
}

Suppression suppressionFor(const Finding &finding, const std::string &reason)
{
    Suppression entry;
    entry.rule = finding.ruleId;
    entry.file = finding.file;
    entry.resource = finding.resolvedName.empty() ? finding.resource : finding.resolvedName;
    entry.parameterFile = finding.parameterFile;
    entry.reason = reason;
    return entry;
}

Result<std::string> suppressionTextWith(const SourceFile *existing, const std::string &fileName,
                                        const Suppression &entry)
{
    if (isBlank(entry.reason))
        return Result<std::string>::failure(
            "A suppression needs a reason that says why the finding is accepted.");
    if (entry.rule.empty())
        return Result<std::string>::failure("A suppression needs the rule it applies to.");
    if (!existing)
        return newFileText(entry);

    const Result<JsonNode> root = parseRoot(*existing, fileName);
    if (!root)
        return Result<std::string>::failure(root.error());
    const std::size_t entriesBefore
        = Suppressions::parse(existing->text(), fileName).entries().size();

    SourceFile current = *existing;
    JsonNode currentRoot = root.value();
    if (!currentRoot.member(kArrayKey)) {
        Result<std::string> text = withEmptyArray(current, currentRoot);
        if (!text)
            return Result<std::string>::failure(fileName + ": " + text.error());
        current = withText(*existing, std::move(text.value()));
        currentRoot = parseJson(current.text()).root;
    }
    const JsonNode *array = currentRoot.member(kArrayKey);
    if (!array)
        return Result<std::string>::failure(fileName + ": could not add a \"suppressions\" array.");
    if (!array->isArray())
        return Result<std::string>::failure(
            fileName + ": \"suppressions\" at " + position(current, array->span.begin)
            + " must be an array. Fix the file, then add the suppression again.");

    Result<std::string> text
        = applyTextEdits(current.text(), appendJsonArrayObject(current, *array, entryValue(entry)));
    if (!text)
        return Result<std::string>::failure(fileName + ": " + text.error());
    // The loader must read back exactly one more entry, or the layout logic broke the file.
    const std::size_t entriesAfter = Suppressions::parse(text.value(), fileName).entries().size();
    if (entriesAfter != entriesBefore + 1)
        return Result<std::string>::failure(
            fileName + ": the new entry could not be added without breaking the file's layout. "
            + "Add it by hand.");
    return text;
}

Status addSuppression(const std::filesystem::path &folder, const Suppression &entry)
{
    const std::filesystem::path path = folder / std::string(kSuppressionFileName);
    const std::string fileName(kSuppressionFileName);
    std::error_code error;
    const bool exists = std::filesystem::exists(path, error);
    if (error)
        return Status::failure("Cannot check " + path.string() + ": " + error.message());

    if (!exists) {
        const Result<std::string> text = suppressionTextWith(nullptr, fileName, entry);
        if (!text)
            return Status::failure(text.error());
        const Status written = writeFileAtomically(path, text.value());
        if (!written)
            return Status::failure("Could not create " + path.string() + ": " + written.error()
                                   + " Check that the folder is writable and try again.");
        return {};
    }

    const Result<SourceFile> source = readSourceFile(path, 4u * 1024u * 1024u);
    if (!source)
        return Status::failure("Cannot add the suppression: " + source.error());
    const Result<std::string> text = suppressionTextWith(&source.value(), fileName, entry);
    if (!text)
        return Status::failure(text.error());
    return saveText(source.value(), text.value());
}

} // namespace compliance
