// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/report/reportwriters.h"

#include <cstdio>

namespace compliance {

namespace {

// Returns the code point of the UTF-8 sequence at `pos` and stores its length, or returns
// U+FFFD with length 1 for a byte that starts no valid sequence.
char32_t decodeAt(std::string_view text, std::size_t pos, std::size_t &length)
{
    const auto byte = [&](std::size_t i) {
        return static_cast<unsigned char>(text[i]);
    };
    const unsigned char lead = byte(pos);
    length = 1;
    if (lead < 0x80)
        return lead;
    std::size_t expected = 0;
    char32_t codePoint = 0;
    if ((lead & 0xE0) == 0xC0) {
        expected = 2;
        codePoint = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        expected = 3;
        codePoint = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        expected = 4;
        codePoint = lead & 0x07;
    } else {
        return 0xFFFD;
    }
    if (pos + expected > text.size())
        return 0xFFFD;
    for (std::size_t i = 1; i < expected; ++i) {
        if ((byte(pos + i) & 0xC0) != 0x80)
            return 0xFFFD;
        codePoint = (codePoint << 6) | (byte(pos + i) & 0x3F);
    }
    length = expected;
    return codePoint;
}

// Control characters a terminal may act on (ESC, CSI) and the bidirectional formatting
// characters that reorder how the text around them is displayed.
bool isHiddenControl(char32_t c)
{
    if (c == '\t' || c == '\n' || c == '\r')
        return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

std::string markControlCharacters(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t length = 1;
        const char32_t c = decodeAt(text, pos, length);
        if (isHiddenControl(c)) {
            char name[16];
            std::snprintf(name, sizeof name, "<U+%04X>", static_cast<unsigned>(c));
            out += name;
        } else {
            out.append(text.substr(pos, length));
        }
        pos += length;
    }
    return out;
}

} // namespace compliance
