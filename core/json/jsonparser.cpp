// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/json/jsonparser.h"

#include <algorithm>
#include <charconv>
#include <unordered_map>

namespace compliance {

namespace {

constexpr std::size_t npos = std::string_view::npos;

bool isJsonWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(std::string &out, char32_t codePoint)
{
    if (codePoint < 0x80) {
        out.push_back(static_cast<char>(codePoint));
    } else if (codePoint < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (codePoint >> 6)));
        out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
    } else if (codePoint < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (codePoint >> 12)));
        out.push_back(static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (codePoint >> 18)));
        out.push_back(static_cast<char>(0x80 | ((codePoint >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
    }
}

// Skips whitespace and comments from `offset`. Returns npos for a block comment without its
// closing "*/" and stores where that comment starts in `unterminatedAt`.
std::size_t skipTrivia(std::string_view text, std::size_t offset, std::size_t &unterminatedAt)
{
    const std::size_t size = text.size();
    while (offset < size) {
        const char c = text[offset];
        if (isJsonWhitespace(c)) {
            ++offset;
        } else if (c == '/' && offset + 1 < size && text[offset + 1] == '/') {
            const std::size_t newline = text.find('\n', offset + 2);
            offset = newline == npos ? size : newline + 1;
        } else if (c == '/' && offset + 1 < size && text[offset + 1] == '*') {
            const std::size_t close = text.find("*/", offset + 2);
            if (close == npos) {
                unterminatedAt = offset;
                return npos;
            }
            offset = close + 2;
        } else {
            break;
        }
    }
    return offset;
}

std::string lowerCaseKey(std::string_view text)
{
    std::string lower(text);
    for (char &c : lower) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return lower;
}

// Returns whether a decimal number that from_chars found out of range is too large, rather than
// too close to zero. It is too large when its first significant digit, after the exponent is
// applied, is left of the decimal point.
bool isOverflow(std::string_view number)
{
    std::size_t pos = number.starts_with('-') ? 1 : 0;
    while (pos < number.size() && number[pos] == '0')
        ++pos;
    long scale = 0;
    while (pos < number.size() && isDigit(number[pos])) {
        ++scale;
        ++pos;
    }
    if (pos < number.size() && number[pos] == '.') {
        ++pos;
        if (scale == 0) {
            while (pos < number.size() && number[pos] == '0') {
                --scale;
                ++pos;
            }
        }
        while (pos < number.size() && isDigit(number[pos]))
            ++pos;
    }
    long exponent = 0;
    if (pos < number.size() && (number[pos] == 'e' || number[pos] == 'E')) {
        ++pos;
        const bool negative = pos < number.size() && number[pos] == '-';
        if (pos < number.size() && (number[pos] == '+' || number[pos] == '-'))
            ++pos;
        // Saturates: any exponent past a billion is out of range either way.
        for (; pos < number.size() && isDigit(number[pos]); ++pos)
            exponent = std::min(exponent * 10 + (number[pos] - '0'), 1'000'000'000L);
        if (negative)
            exponent = -exponent;
    }
    return scale + exponent > 0;
}

// Finds the earlier member of an object whose key equals the last member's key,
// case-insensitively. Small objects are searched linearly. From kIndexFrom members on, a hash map
// keeps an object with a million keys from taking quadratic time.
class DuplicateKeyFinder
{
public:
    const JsonNode *insert(const std::vector<JsonNode> &members)
    {
        const std::size_t last = members.size() - 1;
        const std::string &key = members[last].key;
        if (members.size() < kIndexFrom) {
            for (std::size_t i = 0; i < last; ++i) {
                if (equalsIgnoreCase(members[i].key, key))
                    return &members[i];
            }
            return nullptr;
        }
        if (m_index.empty()) {
            for (std::size_t i = 0; i < last; ++i)
                m_index.emplace(lowerCaseKey(members[i].key), i);
        }
        const auto [it, inserted] = m_index.emplace(lowerCaseKey(key), last);
        return inserted ? nullptr : &members[it->second];
    }

private:
    static constexpr std::size_t kIndexFrom = 16;
    std::unordered_map<std::string, std::size_t> m_index;
};

class Parser
{
public:
    Parser(std::string_view text, int maxDepth)
        : m_text(text)
        , m_maxDepth(maxDepth)
    { }

    JsonParseResult run()
    {
        JsonParseResult result;
        // A UTF-8 BOM is not JSON, but a caller may pass the raw file text.
        if (m_text.starts_with("\xEF\xBB\xBF"))
            m_pos = 3;
        if (checkNotEmpty() && parseValue(result.root, 0) && skip()) {
            if (m_pos < m_text.size())
                fail("unexpected content after the JSON value", m_pos);
        }
        result.ok = !m_failed;
        result.error = std::move(m_error);
        if (!result.ok)
            result.root = JsonNode();
        return result;
    }

private:
    bool fail(std::string message, std::size_t offset)
    {
        if (!m_failed) {
            m_failed = true;
            m_error.message = std::move(message);
            m_error.offset = offset;
        }
        return false;
    }

    bool skip()
    {
        std::size_t unterminatedAt = 0;
        const std::size_t next = skipTrivia(m_text, m_pos, unterminatedAt);
        if (next == npos)
            return fail("unterminated comment", unterminatedAt);
        m_pos = next;
        return true;
    }

    bool atEnd() const { return m_pos >= m_text.size(); }

    // An empty file gets its own message, because "unexpected end of input" suggests a cut.
    bool checkNotEmpty()
    {
        const bool emptyInput = atEnd();
        if (!skip())
            return false;
        if (emptyInput)
            return fail("empty input, expected a JSON value", m_pos);
        if (atEnd())
            return fail("no JSON value, only whitespace and comments", m_pos);
        return true;
    }

    bool parseValue(JsonNode &node, int depth)
    {
        if (!skip())
            return false;
        if (atEnd())
            return fail("unexpected end of input, expected a value", m_pos);

        const char c = m_text[m_pos];
        switch (c) {
        case '{':
            return parseObject(node, depth + 1);
        case '[':
            return parseArray(node, depth + 1);
        case '"':
            node.type = JsonType::String;
            return parseString(node.string, node.span);
        case 't':
            node.boolean = true;
            return parseLiteral(node, "true", JsonType::Boolean);
        case 'f':
            return parseLiteral(node, "false", JsonType::Boolean);
        case 'n':
            return parseLiteral(node, "null", JsonType::Null);
        default:
            if (c == '-' || isDigit(c))
                return parseNumber(node);
            return fail(std::string("unexpected character '") + c + "', expected a value", m_pos);
        }
    }

    bool checkDepth(int depth)
    {
        if (depth > m_maxDepth)
            return fail("nesting deeper than " + std::to_string(m_maxDepth) + " levels", m_pos);
        return true;
    }

    bool parseObject(JsonNode &node, int depth)
    {
        if (!checkDepth(depth))
            return false;
        node.type = JsonType::Object;
        node.span.begin = m_pos++;
        DuplicateKeyFinder duplicates;

        for (;;) {
            if (!skip())
                return false;
            if (atEnd())
                return fail("unexpected end of input inside an object, expected '}'", m_pos);
            // '}' right after '{' closes an empty object, after ',' it ends a trailing comma.
            if (m_text[m_pos] == '}')
                break;
            if (m_text[m_pos] != '"')
                return fail("expected a string key or '}'", m_pos);

            JsonNode &member = node.children.emplace_back();
            if (!parseString(member.key, member.keySpan))
                return false;
            if (const JsonNode *earlier = duplicates.insert(node.children))
                return failDuplicateKey(member, *earlier);
            if (!skip())
                return false;
            if (atEnd())
                return fail("unexpected end of input, expected ':' after object key", m_pos);
            if (m_text[m_pos] != ':')
                return fail("expected ':' after object key", m_pos);
            ++m_pos;
            if (!parseValue(member, depth) || !skip())
                return false;

            if (atEnd())
                return fail("unexpected end of input inside an object, expected ',' or '}'", m_pos);
            if (m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_text[m_pos] == '}')
                break;
            return fail("expected ',' or '}' after object member", m_pos);
        }
        node.span.end = ++m_pos;
        return true;
    }

    // Azure Resource Manager looks keys up case-insensitively, so "Name" after "name" makes the
    // value it would use ambiguous. Both an exact and a case-only repeat are errors.
    bool failDuplicateKey(const JsonNode &member, const JsonNode &earlier)
    {
        if (member.key == earlier.key)
            return fail("duplicate key '" + abbreviated(member.key) + "' in an object",
                        member.keySpan.begin);
        return fail("duplicate key '" + abbreviated(member.key)
                        + "' in an object: it differs from the key '" + abbreviated(earlier.key)
                        + "' only in case, and Azure Resource Manager compares keys "
                          "case-insensitively",
                    member.keySpan.begin);
    }

    bool parseArray(JsonNode &node, int depth)
    {
        if (!checkDepth(depth))
            return false;
        node.type = JsonType::Array;
        node.span.begin = m_pos++;

        for (;;) {
            if (!skip())
                return false;
            if (atEnd())
                return fail("unexpected end of input inside an array, expected ']'", m_pos);
            if (m_text[m_pos] == ']')
                break;

            JsonNode &element = node.children.emplace_back();
            if (!parseValue(element, depth) || !skip())
                return false;

            if (atEnd())
                return fail("unexpected end of input inside an array, expected ',' or ']'", m_pos);
            if (m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_text[m_pos] == ']')
                break;
            return fail("expected ',' or ']' after array element", m_pos);
        }
        node.span.end = ++m_pos;
        return true;
    }

    // Reads the string starting at the quote at m_pos into `out`. Raw control characters are
    // kept as they are, because ARM accepts an expression string split over lines.
    bool parseString(std::string &out, Span &span)
    {
        const std::size_t begin = m_pos;
        const std::size_t size = m_text.size();
        std::size_t pos = begin + 1;
        while (pos < size && m_text[pos] != '"' && m_text[pos] != '\\')
            ++pos;
        if (pos >= size)
            return fail("unterminated string", begin);

        // Most strings have no escapes: copy them in one step.
        if (m_text[pos] == '"') {
            out.assign(m_text.data() + begin + 1, pos - begin - 1);
            span = { begin, pos + 1 };
            m_pos = pos + 1;
            return true;
        }

        out.assign(m_text.data() + begin + 1, pos - begin - 1);
        while (pos < size) {
            const char c = m_text[pos];
            if (c == '"') {
                span = { begin, pos + 1 };
                m_pos = pos + 1;
                return true;
            }
            if (c != '\\') {
                const std::size_t runEnd = nextSpecial(pos);
                out.append(m_text.data() + pos, runEnd - pos);
                pos = runEnd;
                continue;
            }
            if (pos + 1 >= size)
                break;
            const char escape = m_text[pos + 1];
            switch (escape) {
            case '"':
            case '\\':
            case '/':
                out.push_back(escape);
                break;
            case 'b':
                out.push_back('\b');
                break;
            case 'f':
                out.push_back('\f');
                break;
            case 'n':
                out.push_back('\n');
                break;
            case 'r':
                out.push_back('\r');
                break;
            case 't':
                out.push_back('\t');
                break;
            case 'u':
                if (!parseUnicodeEscape(out, pos))
                    return false;
                continue;
            default:
                return fail(std::string("invalid escape sequence '\\") + escape + "' in string",
                            pos);
            }
            pos += 2;
        }
        return fail("unterminated string", begin);
    }

    std::size_t nextSpecial(std::size_t pos) const
    {
        while (pos < m_text.size() && m_text[pos] != '"' && m_text[pos] != '\\')
            ++pos;
        return pos;
    }

    // Reads the four hex digits after "\u" at `pos`, or -1 when they are not there.
    long readHex4(std::size_t pos) const
    {
        if (pos + 6 > m_text.size() || m_text[pos] != '\\' || m_text[pos + 1] != 'u')
            return -1;
        long value = 0;
        for (std::size_t i = pos + 2; i < pos + 6; ++i) {
            const int digit = hexValue(m_text[i]);
            if (digit < 0)
                return -1;
            value = value * 16 + digit;
        }
        return value;
    }

    // Decodes "\uXXXX" at `pos`, and the low half of a surrogate pair that follows it, then
    // advances `pos` past them.
    bool parseUnicodeEscape(std::string &out, std::size_t &pos)
    {
        const long unit = readHex4(pos);
        if (unit < 0)
            return fail("invalid \\u escape in string, expected four hex digits", pos);
        if (unit >= 0xDC00 && unit <= 0xDFFF)
            return fail("invalid \\u escape in string: low surrogate without a high surrogate",
                        pos);
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            const long low = readHex4(pos + 6);
            if (low < 0xDC00 || low > 0xDFFF)
                return fail("invalid \\u escape in string: high surrogate without a low "
                            "surrogate",
                            pos);
            appendUtf8(out, 0x10000 + ((char32_t(unit) - 0xD800) << 10) + char32_t(low - 0xDC00));
            pos += 12;
            return true;
        }
        appendUtf8(out, static_cast<char32_t>(unit));
        pos += 6;
        return true;
    }

    bool parseLiteral(JsonNode &node, std::string_view word, JsonType type)
    {
        if (m_text.substr(m_pos, word.size()) != word)
            return fail(std::string("invalid literal, expected '") + std::string(word) + "'",
                        m_pos);
        node.type = type;
        node.span = { m_pos, m_pos + word.size() };
        m_pos += word.size();
        return true;
    }

    bool parseNumber(JsonNode &node)
    {
        const std::size_t begin = m_pos;
        const std::size_t size = m_text.size();
        std::size_t pos = begin;
        if (m_text[pos] == '-')
            ++pos;
        if (pos >= size || !isDigit(m_text[pos]))
            return fail("invalid number, expected a digit", pos);
        if (m_text[pos] == '0') {
            ++pos;
        } else {
            while (pos < size && isDigit(m_text[pos]))
                ++pos;
        }

        bool isInteger = true;
        if (pos < size && m_text[pos] == '.') {
            isInteger = false;
            ++pos;
            if (pos >= size || !isDigit(m_text[pos]))
                return fail("invalid number, expected a digit after '.'", pos);
            while (pos < size && isDigit(m_text[pos]))
                ++pos;
        }
        if (pos < size && (m_text[pos] == 'e' || m_text[pos] == 'E')) {
            isInteger = false;
            ++pos;
            if (pos < size && (m_text[pos] == '+' || m_text[pos] == '-'))
                ++pos;
            if (pos >= size || !isDigit(m_text[pos]))
                return fail("invalid number, expected a digit in the exponent", pos);
            while (pos < size && isDigit(m_text[pos]))
                ++pos;
        }

        const char *first = m_text.data() + begin;
        const char *last = m_text.data() + pos;
        node.span = { begin, pos };
        m_pos = pos;
        if (isInteger) {
            const auto [end, error] = std::from_chars(first, last, node.integer);
            if (error == std::errc() && end == last) {
                node.type = JsonType::Integer;
                return true;
            }
        }
        // Too large for int64, or a fraction or exponent: read it as a double. Unlike strtod,
        // from_chars ignores the C locale, which Qt applications set from the environment.
        node.type = JsonType::Double;
        const std::string_view digits(first, static_cast<std::size_t>(last - first));
        const auto [end, error] = std::from_chars(first, last, node.number);
        (void)end;
        if (error == std::errc::result_out_of_range) {
            // A tiny magnitude rounds to zero as in other JSON readers, but no double can
            // represent a huge one.
            if (isOverflow(digits))
                return fail("number out of range: " + abbreviated(digits)
                                + " is beyond the largest 64-bit floating-point value",
                            begin);
            node.number = *first == '-' ? -0.0 : 0.0;
        }
        return true;
    }

    // Cuts a number or key quoted in a message, so that a hostile 1 MB key makes no 1 MB message.
    static std::string abbreviated(std::string_view text)
    {
        constexpr std::size_t kMaxShown = 64;
        if (text.size() <= kMaxShown)
            return std::string(text);
        std::size_t cut = kMaxShown;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
            --cut;
        return std::string(text.substr(0, cut)) + "...";
    }

    std::string_view m_text;
    int m_maxDepth;
    std::size_t m_pos = 0;
    bool m_failed = false;
    JsonParseError m_error;
};

} // namespace

JsonParseResult parseJson(std::string_view text, int maxDepth)
{
    return Parser(text, maxDepth).run();
}

std::size_t skipWhitespaceAndComments(std::string_view text, std::size_t offset)
{
    std::size_t unterminatedAt = 0;
    const std::size_t next = skipTrivia(text, offset, unterminatedAt);
    return next == npos ? text.size() : next;
}

} // namespace compliance
