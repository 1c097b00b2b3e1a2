// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// String functions: concat, format, toLower, toUpper, substring, replace, split, trim,
// startsWith, endsWith, indexOf, lastIndexOf, padLeft, uri.
//
// NOTE: positions and lengths count UTF-8 bytes, while ARM counts UTF-16 code units, so
// results differ from Azure for non-ASCII text. toLower() and toUpper() change ASCII letters only.

#include "core/arm/functionregistry.h"
#include "core/arm/utf16index.h"

#include <algorithm>

namespace compliance {

namespace {

bool isScalarText(const Value &value)
{
    return value.isString() || value.isInteger() || value.isBoolean();
}

// ARM compares in startsWith, endsWith, indexOf and lastIndexOf without regard to case.
std::size_t findIgnoreCase(std::string_view text, std::string_view needle, bool last)
{
    const std::string lowerText = lowerAscii(text);
    const std::string lowerNeedle = lowerAscii(needle);
    return last ? lowerText.rfind(lowerNeedle) : lowerText.find(lowerNeedle);
}

Value concat(FunctionCall &call, const std::vector<Value> &arguments)
{
    if (arguments.front().isArray()) {
        Value::Array items;
        for (std::size_t i = 0; i < arguments.size(); ++i) {
            if (!arguments[i].isArray())
                return call.wrongType(i, "an array, because argument 1 is an array", arguments[i]);
            const auto &part = arguments[i].items();
            items.insert(items.end(), part.begin(), part.end());
        }
        return Value::array(std::move(items));
    }
    std::string text;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        if (!isScalarText(arguments[i]))
            return call.wrongType(i, "a string, an integer or a boolean", arguments[i]);
        text += arguments[i].toDisplayString();
    }
    return Value::string(std::move(text));
}

// .NET shows booleans as True and False in composite formatting.
std::string formatArgument(const Value &value)
{
    if (value.isBoolean())
        return value.asBoolean() ? "True" : "False";
    return value.toDisplayString();
}

Value format(FunctionCall &call, const std::vector<Value> &arguments)
{
    if (!arguments[0].isString())
        return call.wrongType(0, "a format string", arguments[0]);
    const std::string &pattern = arguments[0].asString();
    std::string text;
    std::size_t i = 0;
    while (i < pattern.size()) {
        const char c = pattern[i];
        if (c == '}') {
            if (i + 1 < pattern.size() && pattern[i + 1] == '}') {
                text += '}';
                i += 2;
                continue;
            }
            return call.error("invalid format string: unmatched '}' at offset "
                              + std::to_string(i));
        }
        if (c != '{') {
            text += c;
            ++i;
            continue;
        }
        if (i + 1 < pattern.size() && pattern[i + 1] == '{') {
            text += '{';
            i += 2;
            continue;
        }
        const std::size_t close = pattern.find('}', i);
        if (close == std::string::npos)
            return call.error("invalid format string: unmatched '{' at offset "
                              + std::to_string(i));
        // An item is {index[,alignment][:formatString]}.
        const std::string item = pattern.substr(i + 1, close - i - 1);
        const std::size_t formatStart = item.find(':');
        const std::string indexAndAlignment = item.substr(0, formatStart);
        const std::size_t comma = indexAndAlignment.find(',');
        const std::string indexText = indexAndAlignment.substr(0, comma);
        if (indexText.empty() || !std::all_of(indexText.begin(), indexText.end(), [](char d) {
                return d >= '0' && d <= '9';
            }))
            return call.error("invalid format item {" + item + "}: expected an argument index");
        const std::size_t index = std::stoul(indexText);
        if (index + 1 >= arguments.size())
            return call.error("format item {" + item + "} refers to argument "
                              + std::to_string(index) + ", but only "
                              + std::to_string(arguments.size() - 1) + " were given");
        // TODO: apply format strings such as {0:N0} or {0:D3}. They are ignored for now, so the
        // value prints unformatted.
        std::string formatted = formatArgument(arguments[index + 1]);
        if (comma != std::string::npos) {
            const int alignment = std::atoi(indexAndAlignment.c_str() + comma + 1);
            const std::size_t width = static_cast<std::size_t>(std::abs(alignment));
            if (formatted.size() < width) {
                const std::string padding(width - formatted.size(), ' ');
                formatted = alignment < 0 ? formatted + padding : padding + formatted;
            }
        }
        text += formatted;
        i = close + 1;
    }
    return Value::string(std::move(text));
}

Value toLower(FunctionCall &call, const std::vector<Value> &arguments)
{
    if (!arguments[0].isString())
        return call.wrongType(0, "a string", arguments[0]);
    return Value::string(lowerAscii(arguments[0].asString()));
}

Value toUpper(FunctionCall &call, const std::vector<Value> &arguments)
{
    if (!arguments[0].isString())
        return call.wrongType(0, "a string", arguments[0]);
    std::string upper = arguments[0].asString();
    for (char &c : upper) {
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    }
    return Value::string(std::move(upper));
}

Value substring(FunctionCall &call, const std::vector<Value> &arguments)
{
    if (!arguments[0].isString())
        return call.wrongType(0, "a string", arguments[0]);
    if (!arguments[1].isInteger())
        return call.wrongType(1, "an integer start index", arguments[1]);
    // Positions count UTF-16 code units, as in .NET, so a cut never splits a UTF-8 sequence.
    const std::string &text = arguments[0].asString();
    const std::vector<std::size_t> offsets = utf16ByteOffsets(text);
    const auto size = static_cast<std::int64_t>(offsets.size() - 1);
    const std::int64_t start = arguments[1].asInteger();
    if (start < 0 || start > size)
        return call.error("start index " + std::to_string(start)
                          + " is outside the string of length " + std::to_string(size));
    std::int64_t length = size - start;
    if (arguments.size() > 2) {
        if (!arguments[2].isInteger())
            return call.wrongType(2, "an integer length", arguments[2]);
        length = arguments[2].asInteger();
        if (length < 0 || start + length > size)
            return call.error(
                "length " + std::to_string(length) + " from index " + std::to_string(start)
                + " runs past the end of the string of length " + std::to_string(size));
    }
    const std::size_t begin = offsets[static_cast<std::size_t>(start)];
    const std::size_t end = offsets[static_cast<std::size_t>(start + length)];
    if (begin == std::string::npos || end == std::string::npos)
        return call.unknown("substring(...) splits a character outside the Basic Multilingual "
                            "Plane in two, which the tool cannot represent");
    return Value::string(text.substr(begin, end - begin));
}

Value replace(FunctionCall &call, const std::vector<Value> &arguments)
{
    for (std::size_t i = 0; i < 3; ++i) {
        if (!arguments[i].isString())
            return call.wrongType(i, "a string", arguments[i]);
    }
    const std::string &oldText = arguments[1].asString();
    const std::string &newText = arguments[2].asString();
    if (oldText.empty())
        return call.error("the string to replace must not be empty");
    std::string text = arguments[0].asString();
    std::size_t position = 0;
    while ((position = text.find(oldText, position)) != std::string::npos) {
        text.replace(position, oldText.size(), newText);
        position += newText.size();
    }
    return Value::string(std::move(text));
}

Value split(FunctionCall &call, const std::vector<Value> &arguments)
{
    if (!arguments[0].isString())
        return call.wrongType(0, "a string", arguments[0]);
    std::vector<std::string> delimiters;
    if (arguments[1].isString()) {
        delimiters.push_back(arguments[1].asString());
    } else if (arguments[1].isArray()) {
        for (const Value &item : arguments[1].items()) {
            if (!item.isString())
                return call.error("expected an array of strings as argument 2, found "
                                  + describeKind(item) + " in it");
            delimiters.push_back(item.asString());
        }
    } else {
        return call.wrongType(1, "a string or an array of strings", arguments[1]);
    }
    const std::string &text = arguments[0].asString();
    Value::Array parts;
    std::size_t start = 0;
    std::size_t position = 0;
    while (position < text.size()) {
        std::size_t matched = 0;
        for (const std::string &delimiter : delimiters) {
            if (!delimiter.empty() && text.compare(position, delimiter.size(), delimiter) == 0) {
                matched = delimiter.size();
                break;
            }
        }
        if (matched == 0) {
            ++position;
            continue;
        }
        parts.push_back(Value::string(text.substr(start, position - start)));
        position += matched;
        start = position;
    }
    parts.push_back(Value::string(text.substr(start)));
    return Value::array(std::move(parts));
}

Value trim(FunctionCall &call, const std::vector<Value> &arguments)
{
    if (!arguments[0].isString())
        return call.wrongType(0, "a string", arguments[0]);
    const std::string &text = arguments[0].asString();
    const char *whitespace = " \t\r\n\v\f";
    const std::size_t first = text.find_first_not_of(whitespace);
    if (first == std::string::npos)
        return Value::string({});
    const std::size_t last = text.find_last_not_of(whitespace);
    return Value::string(text.substr(first, last - first + 1));
}

Value startsWith(FunctionCall &call, const std::vector<Value> &arguments)
{
    for (std::size_t i = 0; i < 2; ++i) {
        if (!arguments[i].isString())
            return call.wrongType(i, "a string", arguments[i]);
    }
    const std::string text = lowerAscii(arguments[0].asString());
    const std::string prefix = lowerAscii(arguments[1].asString());
    return Value::boolean(text.compare(0, prefix.size(), prefix) == 0);
}

Value endsWith(FunctionCall &call, const std::vector<Value> &arguments)
{
    for (std::size_t i = 0; i < 2; ++i) {
        if (!arguments[i].isString())
            return call.wrongType(i, "a string", arguments[i]);
    }
    const std::string text = lowerAscii(arguments[0].asString());
    const std::string suffix = lowerAscii(arguments[1].asString());
    return Value::boolean(text.size() >= suffix.size()
                          && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0);
}

Value findPosition(FunctionCall &call, const std::vector<Value> &arguments, bool last)
{
    if (arguments[0].isArray()) {
        const auto &items = arguments[0].items();
        for (std::size_t n = 0; n < items.size(); ++n) {
            const std::size_t i = last ? items.size() - 1 - n : n;
            if (items[i] == arguments[1])
                return Value::integer(static_cast<std::int64_t>(i));
        }
        return Value::integer(-1);
    }
    if (!arguments[0].isString())
        return call.wrongType(0, "a string or an array", arguments[0]);
    if (!arguments[1].isString())
        return call.wrongType(1, "a string", arguments[1]);
    const std::size_t position
        = findIgnoreCase(arguments[0].asString(), arguments[1].asString(), last);
    return Value::integer(position == std::string::npos ? -1 : static_cast<std::int64_t>(position));
}

Value indexOf(FunctionCall &call, const std::vector<Value> &arguments)
{
    return findPosition(call, arguments, false);
}

Value lastIndexOf(FunctionCall &call, const std::vector<Value> &arguments)
{
    return findPosition(call, arguments, true);
}

Value padLeft(FunctionCall &call, const std::vector<Value> &arguments)
{
    if (!arguments[0].isString() && !arguments[0].isInteger())
        return call.wrongType(0, "a string or an integer", arguments[0]);
    if (!arguments[1].isInteger())
        return call.wrongType(1, "an integer total length", arguments[1]);
    char padding = ' ';
    if (arguments.size() > 2) {
        if (!arguments[2].isString() || arguments[2].asString().size() != 1)
            return call.error("expected a single character as argument 3, got "
                              + arguments[2].toJsonText());
        padding = arguments[2].asString()[0];
    }
    std::string text = arguments[0].toDisplayString();
    const std::int64_t total = arguments[1].asInteger();
    if (total > static_cast<std::int64_t>(text.size()))
        text.insert(0, static_cast<std::size_t>(total) - text.size(), padding);
    return Value::string(std::move(text));
}

// A base that ends in '/' gets the relative part appended. Any other base first loses everything
// after its last '/', unless its only slashes are the two after the scheme.
Value uri(FunctionCall &call, const std::vector<Value> &arguments)
{
    for (std::size_t i = 0; i < 2; ++i) {
        if (!arguments[i].isString())
            return call.wrongType(i, "a string", arguments[i]);
    }
    std::string base = arguments[0].asString();
    const std::string &relative = arguments[1].asString();
    if (base.empty() || base.find("://") == std::string::npos)
        return call.error("expected an absolute URI as argument 1, got '" + base + "'");
    if (base.back() != '/') {
        const std::size_t authorityStart = base.find("://") + 3;
        const std::size_t lastSlash = base.rfind('/');
        if (lastSlash != std::string::npos && lastSlash >= authorityStart)
            base.erase(lastSlash + 1);
        else
            base += '/';
    }
    if (!relative.empty() && relative.front() == '/')
        return Value::string(base + relative.substr(1));
    return Value::string(base + relative);
}

} // namespace

void registerStringFunctions(FunctionRegistry &registry)
{
    registry.addEager("concat", concat, 1);
    registry.addEager("format", format, 1);
    registry.addEager("toLower", toLower, 1, 1);
    registry.addEager("toUpper", toUpper, 1, 1);
    registry.addEager("substring", substring, 2, 3);
    registry.addEager("replace", replace, 3, 3);
    registry.addEager("split", split, 2, 2);
    registry.addEager("trim", trim, 1, 1);
    registry.addEager("startsWith", startsWith, 2, 2);
    registry.addEager("endsWith", endsWith, 2, 2);
    registry.addEager("indexOf", indexOf, 2, 2);
    registry.addEager("lastIndexOf", lastIndexOf, 2, 2);
    registry.addEager("padLeft", padLeft, 2, 3);
    registry.addEager("uri", uri, 2, 2);
}

} // namespace compliance
