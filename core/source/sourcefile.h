// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/source/result.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace compliance {

enum class TextEncoding { Utf8, Utf8WithBom, Utf16LE, Utf16BE };

enum class LineEnding { LF, CRLF, Mixed, None };

/// A half-open byte range [begin, end) in a SourceFile's UTF-8 text.
struct Span
{
    std::size_t begin = 0;
    std::size_t end = 0;

    std::size_t size() const { return end - begin; }
    bool operator==(const Span &) const = default;
};

/// One file as read from disk: its original bytes and its text as UTF-8 without a BOM.
///
/// Every Span in the core indexes `text`. Lines and columns are 1-based; columns count bytes.
/// `originalBytes` is kept so a save can tell whether the file changed on disk since it was read.
class SourceFile
{
public:
    SourceFile() = default;
    SourceFile(std::string path, std::string originalBytes, std::string text, TextEncoding encoding);

    const std::string &path() const { return m_path; }
    const std::string &originalBytes() const { return m_originalBytes; }
    const std::string &text() const { return m_text; }
    TextEncoding encoding() const { return m_encoding; }

    /// The text's line ending: Mixed when both LF and CRLF occur, None when it has no newline.
    LineEnding lineEnding() const { return m_lineEnding; }
    /// The line ending to write into this text: the more frequent one, "\n" on a tie or when
    /// the text has no newline.
    std::string_view newline() const { return m_crlfDominates ? "\r\n" : "\n"; }

    int lineOf(std::size_t offset) const;
    int columnOf(std::size_t offset) const;
    int lineCount() const { return static_cast<int>(m_lineStarts.size()); }
    /// The byte offset where the 1-based `line` starts.
    std::size_t lineStart(int line) const;
    std::string_view textOf(Span span) const { return std::string_view(m_text).substr(span.begin, span.size()); }

    /// Encodes `newText` the way this file is stored: same encoding and BOM.
    std::string encodeForDisk(std::string_view newText) const;

private:
    std::string m_path;
    std::string m_originalBytes;
    std::string m_text;
    TextEncoding m_encoding = TextEncoding::Utf8;
    LineEnding m_lineEnding = LineEnding::None;
    bool m_crlfDominates = false;
    std::vector<std::size_t> m_lineStarts;
};

/// Decodes raw file bytes into UTF-8 text: strips a UTF-8 BOM and converts UTF-16 with a BOM.
/// Fails with a message on invalid UTF-8 or UTF-16 and on text that contains NUL bytes.
Result<SourceFile> decodeSourceFile(std::string path, std::string bytes);

/// Reads a file and decodes it. Fails with "<path>: <reason>" when it cannot be read or exceeds
/// `maxBytes`.
Result<SourceFile> readSourceFile(const std::filesystem::path &path,
                                  std::uintmax_t maxBytes = 64u * 1024u * 1024u);

} // namespace compliance
