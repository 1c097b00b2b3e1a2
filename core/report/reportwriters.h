// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/scan/scanner.h"

#include <string>

namespace compliance {

/// Metadata for reports that is not part of a scan.
struct ReportContext
{
    std::string generatedAt; ///< ISO 8601 date and time, e.g. "2026-12-04T16:38:00Z".
    std::string toolVersion;
};

/// The `--format json` object: root, results, errors and summary.
std::string writeJsonReport(const ScanResult &result);

/// A human-readable listing: one line per finding, then errors and counts.
std::string writeTextReport(const ScanResult &result);

/// One self-contained HTML page (inline CSS, no scripts, no external resources) with the
/// folder, date, counts per outcome and a table per file. Every template string is escaped.
std::string writeHtmlReport(const ScanResult &result, const ReportContext &context);

/// Escapes `&`, `<`, `>`, `"` and `'` for HTML text and attribute values.
std::string escapeHtml(std::string_view text);

} // namespace compliance
