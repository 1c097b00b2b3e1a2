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

/// A JSON array of `findings`, each in the shape of one `results` entry of writeJsonReport.
/// Fix file paths are written relative to `root`.
std::string writeJsonFindings(const std::vector<Finding> &findings, const std::string &root);

/// A JSON object with the `results` and `errors` members of writeJsonReport, holding only
/// `findings` and `errors`. Fix file paths are written relative to `root`.
std::string writeJsonResults(const std::vector<Finding> &findings,
                             const std::vector<FileError> &errors, const std::string &root);

/// A human-readable listing: one line per finding, then errors and counts.
std::string writeTextReport(const ScanResult &result);

/// One self-contained HTML page (inline CSS, no scripts, no external resources) with the
/// folder, date, counts per outcome and a table per file. Every template string is escaped,
/// its control characters are marked, and it is cut after 500 bytes with a marker that gives
/// the full length. A Content-Security-Policy meta tag blocks scripts and every external load.
std::string writeHtmlReport(const ScanResult &result, const ReportContext &context);

/// Replaces control characters other than tab, LF and CR with a visible name such as
/// "<U+001B>", so that template text cannot drive a terminal. The bidirectional formatting
/// characters (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069), which reorder the
/// text around them, are replaced the same way.
std::string markControlCharacters(std::string_view text);

/// Escapes `&`, `<`, `>`, `"` and `'` for HTML text and attribute values.
std::string escapeHtml(std::string_view text);

} // namespace compliance
