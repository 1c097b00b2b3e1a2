// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Decodes the input as a source file, parses it as JSON, and checks the spans and member
// look-ups of every node, and that the decoded file encodes back to the same bytes.
#include "core/json/jsonparser.h"
#include "core/source/sourcefile.h"
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using namespace compliance;

namespace {

void checkNode(const JsonNode &node, std::string_view text, Span parent)
{
    FUZZ_CHECK(node.span.begin <= node.span.end);
    FUZZ_CHECK(node.span.end <= text.size());
    FUZZ_CHECK(parent.begin <= node.span.begin && node.span.end <= parent.end);

    switch (node.type) {
    case JsonType::String:
        FUZZ_CHECK(node.span.size() >= 2);
        FUZZ_CHECK(text[node.span.begin] == '"' && text[node.span.end - 1] == '"');
        break;
    case JsonType::Object:
        FUZZ_CHECK(text[node.span.begin] == '{' && text[node.span.end - 1] == '}');
        break;
    case JsonType::Array:
        FUZZ_CHECK(text[node.span.begin] == '[' && text[node.span.end - 1] == ']');
        break;
    default:
        FUZZ_CHECK(node.span.size() > 0);
        break;
    }

    Span previous { node.span.begin, node.span.begin + 1 };
    for (const JsonNode &child : node.children) {
        // Children follow each other in file order, inside their parent's brackets.
        FUZZ_CHECK(child.span.begin >= previous.end);
        if (node.isObject()) {
            FUZZ_CHECK(child.keySpan.begin >= previous.end);
            FUZZ_CHECK(child.keySpan.end <= child.span.begin);
            FUZZ_CHECK(text[child.keySpan.begin] == '"');
            // Keys are unique case-insensitively, so a look-up finds this very member.
            FUZZ_CHECK(node.member(child.key) == &child);
        }
        checkNode(child, text, { node.span.begin + 1, node.span.end - 1 });
        previous = child.span;
    }
}

void checkParse(std::string_view text)
{
    const JsonParseResult parsed = parseJson(text);
    if (!parsed.ok) {
        FUZZ_CHECK(!parsed.error.message.empty());
        FUZZ_CHECK(parsed.error.offset <= text.size());
        return;
    }
    const std::size_t begin
        = skipWhitespaceAndComments(text, text.starts_with("\xEF\xBB\xBF") ? 3 : 0);
    FUZZ_CHECK(parsed.root.span.begin == begin);
    checkNode(parsed.root, text, { 0, text.size() });
    FUZZ_CHECK(skipWhitespaceAndComments(text, parsed.root.span.end) == text.size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::string bytes(reinterpret_cast<const char *>(data), size);
    checkParse(bytes);

    Result<SourceFile> source = decodeSourceFile("fuzz.json", bytes);
    if (!source) {
        FUZZ_CHECK(!source.error().empty());
        return 0;
    }
    const SourceFile &file = source.value();
    FUZZ_CHECK(file.encodeForDisk(file.text()) == bytes);

    const std::string &text = file.text();
    for (std::size_t offset = 0; offset <= text.size(); offset += 1 + text.size() / 16) {
        const int line = file.lineOf(offset);
        FUZZ_CHECK(line >= 1 && line <= file.lineCount());
        FUZZ_CHECK(file.lineStart(line) + static_cast<std::size_t>(file.columnOf(offset)) - 1
                   == offset);
    }
    checkParse(text);
    return 0;
}
