// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/fix/jsonedit.h"

#include "core/fix/jsonlayout.h"

namespace compliance {

namespace {

constexpr std::size_t npos = std::string_view::npos;
constexpr std::string_view kDefaultSeparator = ": ";

TextEdit makeEdit(const SourceFile &file, std::size_t begin, std::size_t end,
                  std::string replacement)
{
    return TextEdit { file.path(), Span { begin, end }, std::move(replacement) };
}

// Returns the text between a member's key and its value (": ", " : ", ":"), so inserted members
// match it. Returns ": " when that text spans lines or contains a comment.
std::string_view keyValueSeparator(std::string_view text, const JsonNode &member)
{
    if (member.keySpan.size() == 0 || member.span.begin < member.keySpan.end)
        return kDefaultSeparator;
    const std::string_view between
        = text.substr(member.keySpan.end, member.span.begin - member.keySpan.end);
    if (between.find_first_not_of(" \t:") != npos)
        return kDefaultSeparator;
    return between;
}

// Returns the comma and blanks between the last two inline elements (", " in `{"a": 1, "b": 2}`,
// "," in `["a","b"]`). Returns ", " when the container has a single element.
std::string inlineComma(std::string_view text, const std::vector<JsonNode> &children)
{
    if (children.size() < 2)
        return ", ";
    const JsonNode &previous = children[children.size() - 2];
    const JsonNode &last = children.back();
    const std::size_t comma = commaAfter(text, previous.span.end);
    const std::size_t next = last.keySpan.size() > 0 ? last.keySpan.begin : last.span.begin;
    if (comma == npos || comma > next)
        return ", ";
    const std::string_view gap = text.substr(comma + 1, next - comma - 1);
    if (gap.find_first_not_of(" \t") != npos)
        return ", ";
    return "," + std::string(gap);
}

// Adds `item` after the last element `last` of a container laid out one element per line:
// a comma after the last value unless one is there, then the item on a new line. A comment on
// the last element's line stays on that line, before the new item.
std::vector<TextEdit> appendOnNewLine(const SourceFile &file, const JsonNode &last,
                                      std::string_view indentation, std::string_view item)
{
    const std::string_view text = file.text();
    const std::size_t comma = commaAfter(text, last.span.end);
    const std::size_t anchor = comma == npos ? last.span.end : comma + 1;
    std::size_t insertAt = skipSameLineTrivia(text, anchor);
    // When the closing bracket follows on the same line, leave the blanks before it in place.
    const bool atLineEnd
        = insertAt >= text.size() || text[insertAt] == '\r' || text[insertAt] == '\n';
    while (!atLineEnd && insertAt > anchor
           && (text[insertAt - 1] == ' ' || text[insertAt - 1] == '\t'))
        --insertAt;

    std::string insertion;
    insertion.append(file.newline()).append(indentation).append(item);
    if (comma != npos)
        return { makeEdit(file, insertAt, insertAt, std::move(insertion)) };
    if (insertAt == last.span.end)
        return { makeEdit(file, insertAt, insertAt, "," + insertion) };
    return { makeEdit(file, last.span.end, last.span.end, ","),
             makeEdit(file, insertAt, insertAt, std::move(insertion)) };
}

// Adds `item` after the last element of a container written on one line.
std::vector<TextEdit> appendInline(const SourceFile &file, const JsonNode &container,
                                   std::string_view item)
{
    const std::string_view text = file.text();
    const JsonNode &last = container.children.back();
    const std::string comma = inlineComma(text, container.children);
    const std::size_t existingComma = commaAfter(text, last.span.end);
    if (existingComma != npos) {
        // Reuse a trailing comma: `{"a": 1,}` becomes `{"a": 1, "b": 2}`.
        const std::size_t insertAt = existingComma + 1;
        const std::string gap = comma.substr(1);
        const bool hasGap
            = insertAt < text.size() && (text[insertAt] == ' ' || text[insertAt] == '\t');
        return { makeEdit(file, insertAt, insertAt, (hasGap ? "" : gap) + std::string(item)) };
    }
    return { makeEdit(file, last.span.end, last.span.end, comma + std::string(item)) };
}

// Fills an empty container `{}` or `[]` with one member or element. `multiLineItem` is used
// when the container is expanded over lines and `inlineItem` when it stays on one.
std::vector<TextEdit> fillEmpty(const SourceFile &file, const JsonNode &container,
                                std::string_view memberIndentation, std::string_view multiLineItem,
                                std::string_view inlineItem, bool expand)
{
    const std::string_view text = file.text();
    const std::size_t open = container.span.begin;
    const std::size_t close = container.span.end - 1;
    const std::string_view indentation = indentationOf(text, open);
    const std::string_view inner = text.substr(open + 1, close - open - 1);
    const bool innerIsBlank = inner.find_first_not_of(" \t") == npos;

    if (!isSingleLine(text, open, close)) {
        // `{` and `}` on different lines: the member goes on a new line after the `{` line.
        const std::size_t insertAt = lineEndOf(text, open);
        std::string insertion;
        insertion.append(file.newline()).append(memberIndentation).append(multiLineItem);
        return { makeEdit(file, insertAt, insertAt, std::move(insertion)) };
    }
    if (!expand) {
        if (innerIsBlank)
            return { makeEdit(file, open + 1, close, std::string(inlineItem)) };
        return { makeEdit(file, open + 1, open + 1, std::string(inlineItem)) };
    }

    std::string replacement;
    replacement.append(file.newline()).append(memberIndentation).append(multiLineItem);
    replacement.append(file.newline()).append(indentation);
    // A comment inside `{ /* ... */ }` stays, after the new member.
    if (innerIsBlank)
        return { makeEdit(file, open + 1, close, std::move(replacement)) };
    return { makeEdit(file, open + 1, open + 1, std::move(replacement)) };
}

} // namespace

JsonInsertValue JsonInsertValue::text(std::string value)
{
    JsonInsertValue result;
    result.string = std::move(value);
    return result;
}

JsonInsertValue JsonInsertValue::object(std::vector<JsonInsertMember> members)
{
    JsonInsertValue result;
    result.isObject = true;
    result.members = std::move(members);
    return result;
}

std::vector<TextEdit> insertJsonMember(const SourceFile &file, const JsonNode &object,
                                       std::string_view key, const JsonInsertValue &value)
{
    if (!object.isObject())
        return {};
    const std::string_view text = file.text();
    const std::string unit = detectIndentUnit(text);
    const std::string quotedKey = quoteJsonString(key);

    if (object.children.empty()) {
        const std::string indentation = std::string(indentationOf(text, object.span.begin)) + unit;
        const std::string multiLine = quotedKey + std::string(kDefaultSeparator)
            + renderJsonMultiLine(value, indentation, unit, file.newline(), kDefaultSeparator);
        return fillEmpty(file, object, indentation, multiLine, multiLine, true);
    }

    const JsonNode &last = object.children.back();
    const std::string_view separator = keyValueSeparator(text, last);
    if (!startsLine(text, last.keySpan.begin)) {
        const std::string member
            = quotedKey + std::string(separator) + renderJsonInline(value, separator);
        return appendInline(file, object, member);
    }

    const std::string_view indentation = indentationOf(text, last.keySpan.begin);
    const std::string member = quotedKey + std::string(separator)
        + renderJsonMultiLine(value, indentation, unit, file.newline(), separator);
    return appendOnNewLine(file, last, indentation, member);
}

TextEdit replaceJsonValueWithString(const SourceFile &file, const JsonNode &node,
                                    std::string_view newString)
{
    return makeEdit(file, node.span.begin, node.span.end, quoteJsonString(newString));
}

TextEdit replaceJsonValue(const SourceFile &file, const JsonNode &node,
                          const JsonInsertValue &value)
{
    if (!value.isObject)
        return replaceJsonValueWithString(file, node, value.string);

    const std::string_view text = file.text();
    const std::string_view separator = keyValueSeparator(text, node);
    // A member that shares its line with others sits in a one-line object: stay on one line.
    const bool isMember = node.keySpan.size() > 0;
    if (isMember && !startsLine(text, node.keySpan.begin))
        return makeEdit(file, node.span.begin, node.span.end, renderJsonInline(value, separator));

    const std::string unit = detectIndentUnit(text);
    const std::string_view indentation = indentationOf(text, node.span.begin);
    return makeEdit(file, node.span.begin, node.span.end,
                    renderJsonMultiLine(value, indentation, unit, file.newline(), separator));
}

std::vector<TextEdit> removeJsonMember(const SourceFile &file, const JsonNode &object,
                                       const JsonNode &member)
{
    const std::string_view text = file.text();
    std::size_t index = 0;
    while (index < object.children.size() && object.children[index].keySpan != member.keySpan)
        ++index;
    if (index == object.children.size() || member.keySpan.size() == 0)
        return {};

    const std::size_t keyBegin = member.keySpan.begin;
    const std::size_t ownComma = commaAfter(text, member.span.end);
    const bool isLast = index + 1 == object.children.size();

    // The member with the comma after it: every member but the last has one, and the last
    // has one when the object ends with a trailing comma.
    if (ownComma != npos) {
        const std::size_t lineRest = isSingleLine(text, member.span.end, ownComma)
            ? endOfBlankRest(text, ownComma + 1)
            : npos;
        if (startsLine(text, keyBegin) && lineRest != npos)
            return { makeEdit(file, lineStartOf(text, keyBegin), lineRest, {}) };

        // Inline: drop the member, its comma and the blanks up to the next token.
        std::size_t end = ownComma + 1;
        while (end < text.size() && (text[end] == ' ' || text[end] == '\t'))
            ++end;
        if (isLast && object.children.size() == 1)
            return { makeEdit(file, keyBegin, end, {}) };
        if (!isLast) {
            while (end < text.size()
                   && (text[end] == ' ' || text[end] == '\t' || text[end] == '\n'
                       || text[end] == '\r'))
                ++end;
        }
        return { makeEdit(file, keyBegin, end, {}) };
    }

    if (index == 0) {
        // The only member, without a trailing comma.
        const std::size_t lineRest = endOfBlankRest(text, member.span.end);
        if (startsLine(text, keyBegin) && lineRest != npos)
            return { makeEdit(file, lineStartOf(text, keyBegin), lineRest, {}) };
        const std::size_t open = object.span.begin + 1;
        const std::size_t close = object.span.end - 1;
        const bool blankBefore
            = text.substr(open, keyBegin - open).find_first_not_of(" \t") == npos;
        const bool blankAfter
            = text.substr(member.span.end, close - member.span.end).find_first_not_of(" \t")
            == npos;
        if (blankBefore && blankAfter)
            return { makeEdit(file, open, close, {}) };
        return { makeEdit(file, keyBegin, member.span.end, {}) };
    }

    // The last member: remove the comma before it, after the previous member's value.
    const JsonNode &previous = object.children[index - 1];
    const std::size_t previousComma = commaAfter(text, previous.span.end);
    const std::size_t lineRest = endOfBlankRest(text, member.span.end);
    if (startsLine(text, keyBegin) && lineRest != npos)
        return { makeEdit(file, previousComma, previousComma + 1, {}),
                 makeEdit(file, lineStartOf(text, keyBegin), lineRest, {}) };
    return { makeEdit(file, previousComma, member.span.end, {}) };
}

std::vector<TextEdit> appendJsonArrayString(const SourceFile &file, const JsonNode &array,
                                            std::string_view item)
{
    if (!array.isArray())
        return {};
    const std::string_view text = file.text();
    const std::string quoted = quoteJsonString(item);

    if (array.children.empty()) {
        const std::string indentation
            = std::string(indentationOf(text, array.span.begin)) + detectIndentUnit(text);
        return fillEmpty(file, array, indentation, quoted, quoted, false);
    }

    const JsonNode &last = array.children.back();
    if (!startsLine(text, last.span.begin))
        return appendInline(file, array, quoted);
    return appendOnNewLine(file, last, indentationOf(text, last.span.begin), quoted);
}

} // namespace compliance
