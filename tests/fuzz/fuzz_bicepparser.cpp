// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Parses the input as a Bicep file and as a .bicepparam file, translates it to an ARM
// template, and checks that every span the parser and translation produce lies in the text.
#include "core/bicep/bicepparameterfile.h"
#include "core/bicep/bicepparser.h"
#include "core/bicep/biceptemplate.h"
#include "core/source/sourcefile.h"
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>
#include <string>

using namespace compliance;

namespace {

// Module paths resolve against this folder, which does not exist, so no input reads a file.
constexpr const char *kPath = "/nonexistent-fuzz-folder/fuzz.bicep";

void checkSpans(const JsonNode &node, std::size_t size, int depth)
{
    FUZZ_CHECK(node.span.begin <= node.span.end);
    FUZZ_CHECK(node.span.end <= size);
    FUZZ_CHECK(node.keySpan.begin <= node.keySpan.end);
    FUZZ_CHECK(node.keySpan.end <= size);
    FUZZ_CHECK(depth < 10000);
    for (const JsonNode &child : node.children)
        checkSpans(child, size, depth + 1);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string bytes(reinterpret_cast<const char *>(data), size);
    Result<SourceFile> source = decodeSourceFile(kPath, bytes);
    if (!source)
        return 0;
    const SourceFile &file = source.value();
    const std::size_t textSize = file.text().size();

    const BicepParseResult parsed = parseBicep(file.text());
    if (!parsed.ok) {
        FUZZ_CHECK(!parsed.error.message.empty());
        FUZZ_CHECK(parsed.error.offset <= textSize);
    }

    const std::unique_ptr<BicepTemplate> translated = translateBicepFile(file);
    FUZZ_CHECK(translated->ok == parsed.ok);
    if (translated->ok) {
        checkSpans(translated->root, textSize, 0);
        for (const BicepTranslator::Notice &notice : translated->notices)
            FUZZ_CHECK(notice.offset <= textSize);
    } else {
        FUZZ_CHECK(translated->error.offset <= textSize);
    }

    const BicepParameterFile parameters = translateBicepParameterFile(file);
    if (parameters.ok)
        checkSpans(parameters.root, textSize, 0);
    return 0;
}
