// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/fix/bicepedit.h"

#include "core/arm/templatescope.h"
#include "core/fix/jsonlayout.h"

#include <functional>

namespace compliance {

namespace {

constexpr std::size_t npos = std::string_view::npos;

TextEdit makeEdit(const SourceFile &file, std::size_t begin, std::size_t end,
                  std::string replacement)
{
    return TextEdit { file.path(), Span { begin, end }, std::move(replacement) };
}

bool isIdentifier(std::string_view key)
{
    if (key.empty() || (key.front() >= '0' && key.front() <= '9'))
        return false;
    for (char c : key) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!letter && c != '_' && !(c >= '0' && c <= '9'))
            return false;
    }
    return true;
}

// The members written inside the object's braces. A translated resource body also contains
// members that the translation adds (type, apiVersion, condition, ...), which have no key span
// inside the braces.
std::vector<const JsonNode *> writtenMembers(const JsonNode &object)
{
    std::vector<const JsonNode *> members;
    for (const JsonNode &child : object.children) {
        if (child.keySpan.size() > 0 && child.keySpan.begin > object.span.begin
            && child.span.end < object.span.end)
            members.push_back(&child);
    }
    return members;
}

std::string renderMultiLine(const JsonInsertValue &value, const std::string &indentation,
                            std::string_view unit, std::string_view newline)
{
    if (!value.isObject)
        return quoteBicepString(value.string);
    if (value.members.empty())
        return "{}";
    const std::string inner = indentation + std::string(unit);
    std::string text = "{";
    for (const auto &[key, member] : value.members) {
        text.append(newline).append(inner).append(bicepPropertyName(key)).append(": ");
        text += renderMultiLine(member, inner, unit, newline);
    }
    text.append(newline).append(indentation).append("}");
    return text;
}

std::string renderInline(const JsonInsertValue &value)
{
    if (!value.isObject)
        return quoteBicepString(value.string);
    if (value.members.empty())
        return "{}";
    std::string text = "{ ";
    bool first = true;
    for (const auto &[key, member] : value.members) {
        text += (first ? "" : ", ") + bicepPropertyName(key) + ": " + renderInline(member);
        first = false;
    }
    return text + " }";
}

// The offset for a new line after a value ending at `valueEnd`: the end of its line when only
// blanks and comments follow it there, else right after the value.
std::size_t newLineAnchor(std::string_view text, std::size_t valueEnd)
{
    if (endOfBlankRest(text, valueEnd) == npos)
        return valueEnd;
    std::size_t end = lineEndOf(text, valueEnd);
    return end;
}

// Adds `item` on a line of its own after the value ending at `valueEnd`.
TextEdit appendLine(const SourceFile &file, std::size_t valueEnd, std::string_view indentation,
                    std::string_view item)
{
    const std::size_t at = newLineAnchor(file.text(), valueEnd);
    std::string insertion;
    insertion.append(file.newline()).append(indentation).append(item);
    return makeEdit(file, at, at, std::move(insertion));
}

// Fills the empty brackets `open`..`close` with one item: on a new line when they are on
// different lines or `expand` is set, else between them.
TextEdit fillEmpty(const SourceFile &file, const JsonNode &container, const std::string &unit,
                   const std::function<std::string(const std::string &)> &render, bool expand)
{
    const std::string_view text = file.text();
    const std::size_t open = container.span.begin;
    const std::size_t close = container.span.end - 1;
    const std::string indentation(indentationOf(text, open));
    const std::string inner = indentation + unit;
    if (!isSingleLine(text, open, close)) {
        const std::size_t at = lineEndOf(text, open);
        std::string insertion;
        insertion.append(file.newline()).append(inner).append(render(inner));
        return makeEdit(file, at, at, std::move(insertion));
    }
    if (!expand)
        return makeEdit(file, open + 1, close, render(indentation));
    std::string replacement;
    replacement.append(file.newline()).append(inner).append(render(inner));
    replacement.append(file.newline()).append(indentation);
    return makeEdit(file, open + 1, close, std::move(replacement));
}

} // namespace

bool isBicepSource(const SourceFile &file)
{
    return isBicepPath(file.path());
}

std::string quoteBicepString(std::string_view value)
{
    std::string quoted = "'";
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        switch (c) {
        case '\'':
            quoted += "\\'";
            break;
        case '\\':
            quoted += "\\\\";
            break;
        case '\n':
            quoted += "\\n";
            break;
        case '\r':
            quoted += "\\r";
            break;
        case '\t':
            quoted += "\\t";
            break;
        case '$':
            quoted += (i + 1 < value.size() && value[i + 1] == '{') ? "\\$" : "$";
            break;
        default:
            quoted += c;
        }
    }
    return quoted + "'";
}

std::string bicepPropertyName(std::string_view key)
{
    return isIdentifier(key) ? std::string(key) : quoteBicepString(key);
}

TextEdit replaceBicepValueWithString(const SourceFile &file, const JsonNode &node,
                                     std::string_view newString)
{
    const std::string_view text = file.text();
    const bool quoted = node.span.begin < text.size() && text[node.span.begin] == '\'';
    return makeEdit(file, node.span.begin, node.span.end,
                    quoted ? quoteBicepString(newString) : std::string(newString));
}

TextEdit replaceBicepValue(const SourceFile &file, const JsonNode &node,
                           const JsonInsertValue &value)
{
    if (!value.isObject)
        return replaceBicepValueWithString(file, node, value.string);
    const std::string_view text = file.text();
    const bool isMember = node.keySpan.size() > 0;
    if (isMember && !startsLine(text, node.keySpan.begin))
        return makeEdit(file, node.span.begin, node.span.end, renderInline(value));
    const std::string indentation(indentationOf(text, node.span.begin));
    return makeEdit(file, node.span.begin, node.span.end,
                    renderMultiLine(value, indentation, detectIndentUnit(text), file.newline()));
}

std::vector<TextEdit> insertBicepMember(const SourceFile &file, const JsonNode &object,
                                        std::string_view key, const JsonInsertValue &value)
{
    if (!object.isObject() || object.span.size() < 2)
        return {};
    const std::string_view text = file.text();
    const std::string unit = detectIndentUnit(text);
    const std::string name = bicepPropertyName(key);
    const std::vector<const JsonNode *> members = writtenMembers(object);

    if (members.empty()) {
        const auto render = [&](const std::string &indentation) {
            return name + ": " + renderMultiLine(value, indentation, unit, file.newline());
        };
        return { fillEmpty(file, object, unit, render, true) };
    }
    const JsonNode &last = *members.back();
    if (!startsLine(text, last.keySpan.begin)) {
        // A one-line object, `{ a: 'x', b: 'y' }`, keeps its form.
        return { makeEdit(file, last.span.end, last.span.end,
                          ", " + name + ": " + renderInline(value)) };
    }
    const std::string indentation(indentationOf(text, last.keySpan.begin));
    return { appendLine(file, last.span.end, indentation,
                        name + ": " + renderMultiLine(value, indentation, unit, file.newline())) };
}

std::vector<TextEdit> removeBicepMember(const SourceFile &file, const JsonNode &object,
                                        const JsonNode &member)
{
    (void)object;
    const std::string_view text = file.text();
    const std::size_t keyBegin = member.keySpan.begin;
    if (member.keySpan.size() == 0)
        return {};
    if (startsLine(text, keyBegin)) {
        const std::size_t lineRest = endOfBlankRest(text, member.span.end);
        if (lineRest != npos)
            return { makeEdit(file, lineStartOf(text, keyBegin), lineRest, {}) };
    }
    // Inline: the member goes with the comma after it, or else with the comma before it.
    const std::size_t comma = commaAfter(text, member.span.end);
    if (comma != npos && isSingleLine(text, member.span.end, comma)) {
        std::size_t end = comma + 1;
        while (end < text.size() && (text[end] == ' ' || text[end] == '\t'))
            ++end;
        return { makeEdit(file, keyBegin, end, {}) };
    }
    std::size_t begin = keyBegin;
    while (begin > 0 && (text[begin - 1] == ' ' || text[begin - 1] == '\t'))
        --begin;
    if (begin > 0 && text[begin - 1] == ',')
        return { makeEdit(file, begin - 1, member.span.end, {}) };
    return { makeEdit(file, keyBegin, member.span.end, {}) };
}

std::vector<TextEdit> appendBicepArrayString(const SourceFile &file, const JsonNode &array,
                                             std::string_view item)
{
    if (!array.isArray() || array.span.size() < 2)
        return {};
    const std::string_view text = file.text();
    const std::string quoted = quoteBicepString(item);
    if (array.children.empty()) {
        const auto render = [&](const std::string &) {
            return quoted;
        };
        return { fillEmpty(file, array, detectIndentUnit(text), render, false) };
    }
    const JsonNode &last = array.children.back();
    if (!startsLine(text, last.span.begin))
        return { makeEdit(file, last.span.end, last.span.end, ", " + quoted) };
    return { appendLine(file, last.span.end, indentationOf(text, last.span.begin), quoted) };
}

} // namespace compliance
