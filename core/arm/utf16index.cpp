// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/arm/utf16index.h"

#include <string>

namespace compliance {

namespace {

// The byte length of the UTF-8 sequence that starts with `lead`; 1 for a stray byte, so invalid
// text still advances.
std::size_t sequenceLength(unsigned char lead)
{
    if (lead >= 0xF0)
        return 4;
    if (lead >= 0xE0)
        return 3;
    if (lead >= 0xC0)
        return 2;
    return 1;
}

} // namespace

std::vector<std::size_t> utf16ByteOffsets(std::string_view text)
{
    std::vector<std::size_t> offsets;
    offsets.reserve(text.size() + 1);
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t length = sequenceLength(static_cast<unsigned char>(text[at]));
        offsets.push_back(at);
        if (length == 4)
            offsets.push_back(std::string::npos); // The low surrogate of the pair.
        at += length;
    }
    offsets.push_back(std::min(at, text.size()));
    return offsets;
}

std::size_t utf16Length(std::string_view text)
{
    std::size_t units = 0;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t length = sequenceLength(static_cast<unsigned char>(text[at]));
        units += length == 4 ? 2 : 1;
        at += length;
    }
    return units;
}

} // namespace compliance
