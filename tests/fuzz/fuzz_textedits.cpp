// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Applies random edits to a random text and checks the result against a model. Edits apply
// exactly when no two of them overlap, and the input order does not matter. Every untouched
// byte and every replacement lands at its shifted offset.
#include "core/fix/textedits.h"
#include "fuzzcheck.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <tuple>
#include <vector>

using namespace compliance;

namespace {

// The overlap rule that textedits.h documents: spans that share a byte, an insertion strictly
// inside a replaced span, or two different insertions at one offset.
bool conflict(const TextEdit &a, const TextEdit &b)
{
    if (a.span == b.span && a.replacement == b.replacement)
        return false; // identical edits count once
    const bool aInsert = a.span.size() == 0;
    const bool bInsert = b.span.size() == 0;
    if (aInsert && bInsert)
        return a.span.begin == b.span.begin;
    if (aInsert)
        return b.span.begin < a.span.begin && a.span.begin < b.span.end;
    if (bInsert)
        return a.span.begin < b.span.begin && b.span.begin < a.span.end;
    return std::max(a.span.begin, b.span.begin) < std::min(a.span.end, b.span.end);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FuzzedDataProvider provider(data, size);
    const std::string text = provider.ConsumeRandomLengthString(4096);
    const std::size_t editCount = provider.ConsumeIntegralInRange<std::size_t>(0, 12);

    std::vector<TextEdit> edits;
    bool inRange = true;
    for (std::size_t i = 0; i < editCount && provider.remaining_bytes() > 0; ++i) {
        TextEdit edit;
        // Offsets up to 2 past the end test the range check too.
        edit.span.begin = provider.ConsumeIntegralInRange<std::size_t>(0, text.size() + 2);
        edit.span.end = edit.span.begin + provider.ConsumeIntegralInRange<std::size_t>(0, 16);
        edit.replacement = provider.ConsumeRandomLengthString(32);
        inRange = inRange && edit.span.end <= text.size();
        edits.push_back(std::move(edit));
    }

    bool conflicts = false;
    for (std::size_t i = 0; i < edits.size(); ++i) {
        for (std::size_t j = i + 1; j < edits.size(); ++j)
            conflicts = conflicts || conflict(edits[i], edits[j]);
    }

    const Result<std::string> applied = applyTextEdits(text, edits);
    FUZZ_CHECK(applied.ok() == (inRange && !conflicts));
    const Result<std::vector<TextEdit>> merged = mergeTextEdits(edits);
    FUZZ_CHECK(merged.ok() == !conflicts);
    if (!applied.ok()) {
        FUZZ_CHECK(!applied.error().empty());
        return 0;
    }

    std::vector<TextEdit> reversed(edits.rbegin(), edits.rend());
    const Result<std::string> again = applyTextEdits(text, reversed);
    FUZZ_CHECK(again.ok() && again.value() == applied.value());

    // mergeTextEdits returns the distinct edits in text order.
    const std::vector<TextEdit> &sorted = merged.value();
    FUZZ_CHECK(
        std::is_sorted(sorted.begin(), sorted.end(), [](const TextEdit &a, const TextEdit &b) {
            return std::tie(a.span.begin, a.span.end) < std::tie(b.span.begin, b.span.end);
        }));
    const std::string &result = applied.value();
    std::size_t copied = 0;
    std::size_t shifted = 0; // where text[copied] lands in the result
    for (const TextEdit &edit : sorted) {
        const std::size_t gap = edit.span.begin - copied;
        FUZZ_CHECK(result.compare(shifted, gap, text, copied, gap) == 0);
        shifted += gap;
        FUZZ_CHECK(result.compare(shifted, edit.replacement.size(), edit.replacement) == 0);
        shifted += edit.replacement.size();
        copied = edit.span.end;
    }
    FUZZ_CHECK(result.size() - shifted == text.size() - copied);
    FUZZ_CHECK(result.compare(shifted, std::string::npos, text, copied) == 0);
    return 0;
}
