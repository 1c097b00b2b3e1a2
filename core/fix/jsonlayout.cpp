// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/fix/jsonlayout.h"

#include "core/json/jsonparser.h"

#include <array>

namespace compliance {

namespace {

constexpr std::size_t npos = std::string_view::npos;

// Lines inspected by detectIndentUnit. The first screens of a template show its style, and
// scanning a whole large file for every edit would be slow.
constexpr int kIndentSampleLines = 5000;

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

std::string detectIndentUnit(std::string_view text)
{
    int tabLines = 0;
    int spaceLines = 0;
    // Counts of positive indentation steps between consecutive non-blank lines, by width.
    std::array<int, 9> stepCounts {};
    int previousWidth = -1;

    std::size_t pos = 0;
    for (int line = 0; line < kIndentSampleLines && pos < text.size(); ++line) {
        std::size_t end = text.find('\n', pos);
        if (end == npos)
            end = text.size();
        std::size_t contentStart = pos;
        while (contentStart < end && isBlank(text[contentStart]))
            ++contentStart;
        const bool blank
            = contentStart == end || (contentStart + 1 == end && text[contentStart] == '\r');

        if (!blank) {
            if (text[pos] == '\t') {
                ++tabLines;
                previousWidth = -1;
            } else {
                const int width = static_cast<int>(contentStart - pos);
                if (width > 0)
                    ++spaceLines;
                const int step = width - previousWidth;
                if (previousWidth >= 0 && step > 0 && step < static_cast<int>(stepCounts.size()))
                    ++stepCounts[static_cast<std::size_t>(step)];
                previousWidth = width;
            }
        }
        pos = end + 1;
    }

    if (tabLines > spaceLines)
        return "\t";
    // The most frequent step wins, and the smaller one on a tie.
    std::size_t best = 0;
    for (std::size_t step = 1; step < stepCounts.size(); ++step) {
        if (stepCounts[step] > (best == 0 ? 0 : stepCounts[best]))
            best = step;
    }
    return best == 0 ? std::string("  ") : std::string(best, ' ');
}

std::string quoteJsonString(std::string_view value)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(value.size() + 2);
    out.push_back('"');
    for (const char c : value) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out.push_back(kHex[(c >> 4) & 0xF]);
                out.push_back(kHex[c & 0xF]);
            } else {
                out.push_back(c);
            }
        }
    }
    out.push_back('"');
    return out;
}

std::string renderJsonMultiLine(const JsonInsertValue &value, std::string_view lineIndent,
                                std::string_view unit, std::string_view newline,
                                std::string_view separator)
{
    if (!value.isObject)
        return quoteJsonString(value.string);
    if (value.members.empty())
        return "{}";

    const std::string memberIndent = std::string(lineIndent) + std::string(unit);
    std::string out = "{";
    for (std::size_t i = 0; i < value.members.size(); ++i) {
        const auto &[key, member] = value.members[i];
        out.append(newline).append(memberIndent).append(quoteJsonString(key)).append(separator);
        out += renderJsonMultiLine(member, memberIndent, unit, newline, separator);
        if (i + 1 < value.members.size())
            out.push_back(',');
    }
    out.append(newline).append(lineIndent).append("}");
    return out;
}

std::string renderJsonInline(const JsonInsertValue &value, std::string_view separator)
{
    if (!value.isObject)
        return quoteJsonString(value.string);

    std::string out = "{";
    for (std::size_t i = 0; i < value.members.size(); ++i) {
        const auto &[key, member] = value.members[i];
        if (i > 0)
            out += ", ";
        out.append(quoteJsonString(key)).append(separator);
        out += renderJsonInline(member, separator);
    }
    out += "}";
    return out;
}

std::size_t lineStartOf(std::string_view text, std::size_t offset)
{
    if (offset == 0)
        return 0;
    const std::size_t newline = text.rfind('\n', offset - 1);
    return newline == npos ? 0 : newline + 1;
}

std::size_t lineEndOf(std::string_view text, std::size_t offset)
{
    std::size_t newline = text.find('\n', offset);
    if (newline == npos)
        return text.size();
    if (newline > offset && text[newline - 1] == '\r')
        --newline;
    return newline;
}

std::string_view indentationOf(std::string_view text, std::size_t offset)
{
    const std::size_t start = lineStartOf(text, offset);
    std::size_t end = start;
    while (end < text.size() && isBlank(text[end]))
        ++end;
    return text.substr(start, end - start);
}

bool startsLine(std::string_view text, std::size_t offset)
{
    for (std::size_t pos = lineStartOf(text, offset); pos < offset; ++pos) {
        if (!isBlank(text[pos]))
            return false;
    }
    return true;
}

bool isSingleLine(std::string_view text, std::size_t begin, std::size_t end)
{
    return text.substr(begin, end - begin).find('\n') == npos;
}

std::size_t skipSameLineTrivia(std::string_view text, std::size_t offset)
{
    for (;;) {
        while (offset < text.size() && isBlank(text[offset]))
            ++offset;
        if (text.substr(offset, 2) == "//")
            return lineEndOf(text, offset);
        if (text.substr(offset, 2) != "/*")
            return offset;
        const std::size_t close = text.find("*/", offset + 2);
        if (close == npos || !isSingleLine(text, offset, close))
            return offset;
        offset = close + 2;
    }
}

std::size_t endOfBlankRest(std::string_view text, std::size_t offset)
{
    std::size_t pos = skipSameLineTrivia(text, offset);
    if (pos < text.size() && text[pos] == '\r')
        ++pos;
    if (pos >= text.size())
        return text.size();
    return text[pos] == '\n' ? pos + 1 : npos;
}

std::size_t commaAfter(std::string_view text, std::size_t valueEnd)
{
    const std::size_t next = skipWhitespaceAndComments(text, valueEnd);
    return next < text.size() && text[next] == ',' ? next : npos;
}

} // namespace compliance
