// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/source/sourcefile.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

namespace compliance {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";
// The settings that a size-limit message names, so the reader knows what to raise.
constexpr std::string_view kMaxBytesSetting
    = "raise it with --max-file-size MIB, or the viewer setting scan/maxFileSizeMiB";

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

// Decodes one UTF-8 sequence at `pos`. Returns its length, or 0 when it is invalid: truncated,
// overlong, a surrogate or above U+10FFFF.
std::size_t decodeUtf8(std::string_view text, std::size_t pos, char32_t &codePoint)
{
    const auto byte = [&](std::size_t i) {
        return static_cast<unsigned char>(text[i]);
    };
    const unsigned char lead = byte(pos);
    if (lead < 0x80) {
        codePoint = lead;
        return 1;
    }

    std::size_t length = 0;
    char32_t minimum = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        minimum = 0x80;
        codePoint = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        minimum = 0x800;
        codePoint = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        minimum = 0x10000;
        codePoint = lead & 0x07;
    } else {
        return 0;
    }
    if (pos + length > text.size())
        return 0;
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(pos + i) & 0xC0) != 0x80)
            return 0;
        codePoint = (codePoint << 6) | (byte(pos + i) & 0x3F);
    }
    if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return 0;
    return length;
}

// Returns the offset of the first invalid UTF-8 sequence, or npos when the text is valid.
std::size_t findInvalidUtf8(std::string_view text)
{
    std::size_t pos = 0;
    while (pos < text.size()) {
        // ASCII runs dominate templates, so skip them without decoding.
        if (static_cast<unsigned char>(text[pos]) < 0x80) {
            ++pos;
            continue;
        }
        char32_t codePoint = 0;
        const std::size_t length = decodeUtf8(text, pos, codePoint);
        if (length == 0)
            return pos;
        pos += length;
    }
    return std::string_view::npos;
}

Result<std::string> decodeUtf16(const std::string &path, std::string_view bytes, bool bigEndian,
                                std::size_t bomSize)
{
    if (bytes.size() % 2 != 0)
        return Result<std::string>::failure(path + ": invalid UTF-16: odd number of bytes ("
                                            + std::to_string(bytes.size() + bomSize) + ")");

    const auto unitAt = [&](std::size_t i) {
        const auto first = static_cast<unsigned char>(bytes[i]);
        const auto second = static_cast<unsigned char>(bytes[i + 1]);
        return static_cast<char16_t>(bigEndian ? (first << 8) | second : (second << 8) | first);
    };

    std::string text;
    text.reserve(bytes.size() / 2 + bytes.size() / 8);
    for (std::size_t i = 0; i < bytes.size(); i += 2) {
        const char16_t unit = unitAt(i);
        const std::size_t fileOffset = i + bomSize;
        if (unit >= 0xDC00 && unit <= 0xDFFF)
            return Result<std::string>::failure(path + ": invalid UTF-16 at byte "
                                                + std::to_string(fileOffset)
                                                + ": low surrogate without a high surrogate");
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            const char16_t low = i + 3 < bytes.size() ? unitAt(i + 2) : 0;
            if (low < 0xDC00 || low > 0xDFFF)
                return Result<std::string>::failure(path + ": invalid UTF-16 at byte "
                                                    + std::to_string(fileOffset)
                                                    + ": high surrogate without a low surrogate");
            appendUtf8(text, 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (low - 0xDC00));
            i += 2;
            continue;
        }
        appendUtf8(text, unit);
    }
    return text;
}

void appendUtf16(std::string &out, char16_t unit, bool bigEndian)
{
    const char high = static_cast<char>(unit >> 8);
    const char low = static_cast<char>(unit & 0xFF);
    out.push_back(bigEndian ? high : low);
    out.push_back(bigEndian ? low : high);
}

std::string encodeUtf16(std::string_view text, bool bigEndian)
{
    std::string out(bigEndian ? kUtf16BeBom : kUtf16LeBom);
    out.reserve(2 + text.size() * 2);
    std::size_t pos = 0;
    while (pos < text.size()) {
        char32_t codePoint = 0;
        std::size_t length = decodeUtf8(text, pos, codePoint);
        // Text from decodeSourceFile is valid, and any invalid sequence becomes U+FFFD.
        if (length == 0) {
            codePoint = 0xFFFD;
            length = 1;
        }
        pos += length;
        if (codePoint >= 0x10000) {
            codePoint -= 0x10000;
            appendUtf16(out, static_cast<char16_t>(0xD800 + (codePoint >> 10)), bigEndian);
            appendUtf16(out, static_cast<char16_t>(0xDC00 + (codePoint & 0x3FF)), bigEndian);
        } else {
            appendUtf16(out, static_cast<char16_t>(codePoint), bigEndian);
        }
    }
    return out;
}

} // namespace

SourceFile::SourceFile(std::string path, std::string originalBytes, std::string text,
                       TextEncoding encoding)
    : m_path(std::move(path))
    , m_originalBytes(std::move(originalBytes))
    , m_text(std::move(text))
    , m_encoding(encoding)
{
    m_lineStarts.push_back(0);
    std::size_t lfCount = 0;
    std::size_t crlfCount = 0;
    const char *data = m_text.data();
    const std::size_t size = m_text.size();
    for (const char *p = data;
         (p = static_cast<const char *>(std::memchr(p, '\n', data + size - p))); ++p) {
        const auto offset = static_cast<std::size_t>(p - data);
        m_lineStarts.push_back(offset + 1);
        if (offset > 0 && data[offset - 1] == '\r')
            ++crlfCount;
        else
            ++lfCount;
    }

    if (lfCount > 0 && crlfCount > 0)
        m_lineEnding = LineEnding::Mixed;
    else if (crlfCount > 0)
        m_lineEnding = LineEnding::CRLF;
    else if (lfCount > 0)
        m_lineEnding = LineEnding::LF;
    m_crlfDominates = crlfCount > lfCount;
}

int SourceFile::lineOf(std::size_t offset) const
{
    const auto next = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    return static_cast<int>(next - m_lineStarts.begin());
}

int SourceFile::columnOf(std::size_t offset) const
{
    offset = std::min(offset, m_text.size());
    return static_cast<int>(offset - lineStart(lineOf(offset))) + 1;
}

std::size_t SourceFile::lineStart(int line) const
{
    if (line < 1)
        return 0;
    if (static_cast<std::size_t>(line) > m_lineStarts.size())
        return m_text.size();
    return m_lineStarts[static_cast<std::size_t>(line) - 1];
}

std::string SourceFile::encodeForDisk(std::string_view newText) const
{
    switch (m_encoding) {
    case TextEncoding::Utf8:
        return std::string(newText);
    case TextEncoding::Utf8WithBom: {
        std::string out;
        out.reserve(kUtf8Bom.size() + newText.size());
        out.append(kUtf8Bom).append(newText);
        return out;
    }
    case TextEncoding::Utf16LE:
        return encodeUtf16(newText, false);
    case TextEncoding::Utf16BE:
        return encodeUtf16(newText, true);
    }
    return std::string(newText);
}

Result<SourceFile> decodeSourceFile(std::string path, std::string bytes)
{
    const std::string_view view(bytes);
    if (view.starts_with(kUtf16LeBom) || view.starts_with(kUtf16BeBom)) {
        const bool bigEndian = view.starts_with(kUtf16BeBom);
        auto text = decodeUtf16(path, view.substr(2), bigEndian, 2);
        if (!text)
            return Result<SourceFile>::failure(text.error());
        if (const auto nul = text.value().find('\0'); nul != std::string::npos)
            return Result<SourceFile>::failure(path
                                               + ": contains a NUL character; binary files "
                                                 "cannot be read as templates");
        return SourceFile(std::move(path), std::move(bytes), std::move(text.value()),
                          bigEndian ? TextEncoding::Utf16BE : TextEncoding::Utf16LE);
    }

    const bool hasBom = view.starts_with(kUtf8Bom);
    const std::size_t bomSize = hasBom ? kUtf8Bom.size() : 0;
    const std::string_view body = view.substr(bomSize);

    // A NUL byte means a binary file or UTF-16 without a BOM, which "invalid UTF-8" would hide.
    if (const auto nul = body.find('\0'); nul != std::string_view::npos)
        return Result<SourceFile>::failure(
            path + ": NUL byte at byte " + std::to_string(nul + bomSize)
            + "; this looks like a binary file or UTF-16 without a byte order mark");
    if (const auto invalid = findInvalidUtf8(body); invalid != std::string_view::npos)
        return Result<SourceFile>::failure(path + ": invalid UTF-8 at byte "
                                           + std::to_string(invalid + bomSize));

    std::string text(body);
    return SourceFile(std::move(path), std::move(bytes), std::move(text),
                      hasBom ? TextEncoding::Utf8WithBom : TextEncoding::Utf8);
}

Result<SourceFile> readSourceFile(const std::filesystem::path &path, std::uintmax_t maxBytes)
{
    const std::string name = path.string();
    std::error_code error;
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (error)
        return Result<SourceFile>::failure(name + ": cannot read the file: " + error.message());
    if (size > maxBytes)
        return Result<SourceFile>::failure(
            name + ": file is " + std::to_string(size)
            + " bytes, larger than the maximum file size of " + std::to_string(maxBytes)
            + " bytes (" + std::string(kMaxBytesSetting) + "); the file was not read");

    std::ifstream stream(path, std::ios::binary);
    if (!stream)
        return Result<SourceFile>::failure(name
                                           + ": cannot open the file: " + std::strerror(errno));
    std::string bytes;
    bytes.reserve(static_cast<std::size_t>(size));
    char buffer[64 * 1024];
    while (stream.read(buffer, sizeof buffer) || stream.gcount() > 0) {
        bytes.append(buffer, static_cast<std::size_t>(stream.gcount()));
        // The file may have grown since file_size(), so check the limit again.
        if (bytes.size() > maxBytes)
            return Result<SourceFile>::failure(
                name + ": file grew past the maximum file size of " + std::to_string(maxBytes)
                + " bytes (" + std::string(kMaxBytesSetting) + ") while it was read");
    }
    if (stream.bad())
        return Result<SourceFile>::failure(name
                                           + ": cannot read the file: " + std::strerror(errno));

    return decodeSourceFile(name, std::move(bytes));
}

} // namespace compliance
