// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/bicep/biceplexer.h"

#include <array>
#include <limits>

namespace compliance {

namespace {

bool isIdentifierStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Appends the UTF-8 encoding of `codePoint`.
void appendUtf8(std::string &out, unsigned long codePoint)
{
    if (codePoint < 0x80) {
        out += static_cast<char>(codePoint);
    } else if (codePoint < 0x800) {
        out += static_cast<char>(0xC0 | (codePoint >> 6));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    } else if (codePoint < 0x10000) {
        out += static_cast<char>(0xE0 | (codePoint >> 12));
        out += static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (codePoint >> 18));
        out += static_cast<char>(0x80 | ((codePoint >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    }
}

constexpr int kMaxHoleDepth = 64;

// Symbols, longest first so that "??" wins over "?".
constexpr std::array<std::string_view, 34> kSymbols {
    "=>",  "==", "!=", "=~", "!~", "<=", ">=", "&&", "||", "??", "?.", "::",
    "...", "{",  "}",  "(",  ")",  "[",  "]",  ",",  ":",  ".",  "?",  "!",
    "=",   "<",  ">",  "+",  "-",  "*",  "/",  "%",  "@",  "|",
};

} // namespace

BicepLexer::BicepLexer(std::string_view text, std::size_t begin, std::size_t end)
    : m_text(text)
    , m_position(begin)
    , m_end(std::min(end, text.size()))
{ }

bool BicepLexer::fail(std::size_t offset, std::string message)
{
    m_error = BicepSyntaxError { std::move(message), offset };
    return false;
}

// Skips spaces, tabs, comments and pragmas; stops at a line break or a token.
bool BicepLexer::skipTrivia()
{
    while (m_position < m_end) {
        const char c = m_text[m_position];
        if (c == ' ' || c == '\t' || c == '\r') {
            ++m_position;
        } else if (c == '/' && at(m_position + 1) == '/') {
            while (m_position < m_end && m_text[m_position] != '\n')
                ++m_position;
        } else if (c == '/' && at(m_position + 1) == '*') {
            const std::size_t close = m_text.substr(0, m_end).find("*/", m_position + 2);
            if (close == std::string_view::npos)
                return fail(m_position, "unterminated comment: expected '*/'");
            m_position = close + 2;
        } else if (c == '#') {
            // `#disable-next-line rule` and `#disable-diagnostics` take the rest of the line.
            while (m_position < m_end && m_text[m_position] != '\n')
                ++m_position;
        } else {
            break;
        }
    }
    return true;
}

std::optional<std::vector<BicepToken>> BicepLexer::tokenize()
{
    std::vector<BicepToken> tokens;
    while (true) {
        if (!skipTrivia())
            return std::nullopt;
        BicepToken token;
        token.span.begin = m_position;
        if (m_position >= m_end) {
            token.span.end = m_position;
            tokens.push_back(std::move(token));
            return tokens;
        }
        const char c = m_text[m_position];
        if (c == '\n') {
            token.kind = BicepToken::Kind::NewLine;
            ++m_position;
        } else if (isIdentifierStart(c)) {
            token.kind = BicepToken::Kind::Identifier;
            while (m_position < m_end
                   && (isIdentifierStart(m_text[m_position]) || isDigit(m_text[m_position])))
                ++m_position;
            token.text
                = std::string(m_text.substr(token.span.begin, m_position - token.span.begin));
        } else if (isDigit(c)) {
            token.kind = BicepToken::Kind::Integer;
            constexpr std::int64_t max = std::numeric_limits<std::int64_t>::max();
            while (m_position < m_end && isDigit(m_text[m_position])) {
                const int digit = m_text[m_position] - '0';
                if (token.integer > (max - digit) / 10)
                    token.overflow = true;
                else
                    token.integer = token.integer * 10 + digit;
                ++m_position;
            }
        } else if (c == '\'') {
            token.kind = BicepToken::Kind::String;
            const bool ok = m_text.substr(m_position, 3) == "'''" && m_position + 3 <= m_end
                ? readMultiLineString(token)
                : readString(token);
            if (!ok)
                return std::nullopt;
        } else {
            token.kind = BicepToken::Kind::Symbol;
            for (std::string_view symbol : kSymbols) {
                if (m_text.substr(m_position, symbol.size()) == symbol
                    && m_position + symbol.size() <= m_end) {
                    token.text = std::string(symbol);
                    break;
                }
            }
            if (token.text.empty()) {
                fail(m_position, "unexpected character '" + std::string(1, c) + "'");
                return std::nullopt;
            }
            m_position += token.text.size();
        }
        token.span.end = m_position;
        tokens.push_back(std::move(token));
    }
}

bool BicepLexer::readMultiLineString(BicepToken &token)
{
    std::size_t start = m_position + 3;
    // A line break right after the opening quotes is not part of the value.
    if (at(start) == '\r' && at(start + 1) == '\n')
        start += 2;
    else if (at(start) == '\n')
        start += 1;
    const std::size_t close = m_text.substr(0, m_end).find("'''", start);
    if (close == std::string_view::npos)
        return fail(token.span.begin, "unterminated multi-line string: expected '''");
    std::size_t end = close + 3;
    // More quotes right before the closing ones belong to the value.
    while (at(end) == '\'') {
        ++end;
    }
    token.parts.emplace_back(m_text.substr(start, end - 3 - start));
    m_position = end;
    return true;
}

bool BicepLexer::readString(BicepToken &token)
{
    std::string current;
    std::size_t i = m_position + 1;
    while (true) {
        if (i >= m_end || m_text[i] == '\n')
            return fail(token.span.begin, "unterminated string: expected a closing \"'\"");
        const char c = m_text[i];
        if (c == '\'') {
            ++i;
            break;
        }
        if (c == '\\') {
            const char next = at(i + 1);
            switch (next) {
            case '\'':
                current += '\'';
                break;
            case '\\':
                current += '\\';
                break;
            case 'n':
                current += '\n';
                break;
            case 'r':
                current += '\r';
                break;
            case 't':
                current += '\t';
                break;
            case '$':
                current += '$';
                break;
            case 'u': {
                std::size_t j = i + 2;
                if (at(j) != '{')
                    return fail(i, "invalid escape: expected '{' after '\\u'");
                ++j;
                unsigned long codePoint = 0;
                const std::size_t digitsStart = j;
                while (isHexDigit(at(j)) && j - digitsStart < 6) {
                    const char d = at(j);
                    const int value = isDigit(d) ? d - '0' : (d | 0x20) - 'a' + 10;
                    codePoint = codePoint * 16 + static_cast<unsigned long>(value);
                    ++j;
                }
                if (j == digitsStart || at(j) != '}' || codePoint > 0x10FFFF)
                    return fail(i, "invalid escape: expected hex digits and '}' after '\\u{'");
                appendUtf8(current, codePoint);
                i = j + 1;
                continue;
            }
            default:
                return fail(i,
                            "invalid escape '\\" + std::string(1, next)
                                + "': expected one of \\' \\\\ \\n \\r \\t \\$ \\u{...}");
            }
            i += 2;
            continue;
        }
        if (c == '$' && at(i + 1) == '{') {
            std::size_t end = i + 2;
            if (!findHoleEnd(end))
                return false;
            token.parts.push_back(std::move(current));
            current.clear();
            token.holes.push_back(Span { i + 2, end });
            i = end + 1;
            continue;
        }
        current += c;
        ++i;
    }
    token.parts.push_back(std::move(current));
    m_position = i;
    return true;
}

// Moves `offset` from just inside `${` to the matching '}'.
bool BicepLexer::findHoleEnd(std::size_t &offset)
{
    const std::size_t start = offset;
    if (++m_holeDepth > kMaxHoleDepth)
        return fail(start - 2,
                    "interpolation nested deeper than " + std::to_string(kMaxHoleDepth)
                        + " levels");
    int depth = 0;
    while (offset < m_end) {
        const char c = m_text[offset];
        if (c == '\'') {
            if (!skipNestedString(offset))
                return false;
            continue;
        }
        if (c == '{') {
            ++depth;
        } else if (c == '}') {
            if (depth == 0) {
                --m_holeDepth;
                return true;
            }
            --depth;
        }
        ++offset;
    }
    return fail(start - 2, "unterminated interpolation: expected '}' after '${'");
}

// Moves `offset` from a string's opening quote to just after its closing quote.
bool BicepLexer::skipNestedString(std::size_t &offset)
{
    const std::size_t start = offset;
    if (m_text.substr(offset, 3) == "'''") {
        const std::size_t close = m_text.substr(0, m_end).find("'''", offset + 3);
        if (close == std::string_view::npos)
            return fail(start, "unterminated multi-line string: expected '''");
        offset = close + 3;
        return true;
    }
    ++offset;
    while (offset < m_end && m_text[offset] != '\n') {
        const char c = m_text[offset];
        if (c == '\\') {
            offset += 2;
        } else if (c == '\'') {
            ++offset;
            return true;
        } else if (c == '$' && at(offset + 1) == '{') {
            offset += 2;
            if (!findHoleEnd(offset))
                return false;
            ++offset;
        } else {
            ++offset;
        }
    }
    return fail(start, "unterminated string: expected a closing \"'\"");
}

} // namespace compliance
