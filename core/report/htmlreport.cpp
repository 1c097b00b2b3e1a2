// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/report/reportwriters.h"

#include <cstddef>
#include <map>
#include <sstream>
#include <vector>

namespace compliance {

namespace {

// Template values can be whole embedded scripts, so a cell is cut after this many bytes to keep
// the table readable.
constexpr std::size_t kMaxCellBytes = 500;

// Cuts `text` to at most kMaxCellBytes bytes, never inside a UTF-8 sequence, and marks the cut
// with the full length.
std::string shortened(std::string_view text)
{
    if (text.size() <= kMaxCellBytes)
        return std::string(text);
    std::size_t cut = kMaxCellBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return std::string(text.substr(0, cut)) + "\u2026 (truncated, " + std::to_string(text.size())
        + " bytes in full)";
}

std::string cell(std::string_view text)
{
    return escapeHtml(shortened(markControlCharacters(text)));
}

const char *outcomeClass(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pass:
        return "pass";
    case Outcome::Fail:
        return "fail";
    case Outcome::NotApplicable:
        return "na";
    case Outcome::Unknown:
        break;
    }
    return "unknown";
}

constexpr std::string_view kStyle = R"(
body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 2em; color: #1b1b1b; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
h2 { font-size: 1.15em; margin-top: 1.8em; word-break: break-all; }
h3 { font-size: 1em; font-weight: normal; color: #444; word-break: break-all; }
dl.meta { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; }
dl.meta dt { font-weight: bold; }
dl.meta dd { margin: 0; word-break: break-all; }
.badges { margin: 1em 0; }
.badge { display: inline-block; padding: 0.25em 0.7em; border-radius: 1em; margin-right: 0.5em;
         font-weight: bold; color: #fff; }
.pass { background: #2e7d32; } .fail { background: #c62828; }
.na { background: #616161; } .unknown { background: #ef6c00; }
.notice { border-left: 4px solid #ef6c00; background: #fff3e0; padding: 0.6em 1em; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1em; table-layout: fixed; }
table.findings th:nth-child(1) { width: 18%; } table.findings th:nth-child(2) { width: 4em; }
table.findings th:nth-child(3) { width: 12.5em; } table.findings th:nth-child(4) { width: 8.5em; }
table.findings th:nth-child(6) { width: 17%; }
table.errors th:nth-child(1) { width: 30%; } table.errors th:nth-child(2) { width: 4em; }
th, td { border: 1px solid #ccc; padding: 0.35em 0.5em; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
td { overflow-wrap: anywhere; }
td.text { white-space: pre-wrap; }
td .badge { margin: 0; font-size: 0.85em; }
)";

void writeHead(std::ostringstream &out, const ScanResult &result)
{
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
           "style-src 'unsafe-inline'\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<title>Compliance report: " << cell(result.root) << "</title>\n"
        << "<style>" << kStyle << "</style>\n</head>\n";
}

void writeSummary(std::ostringstream &out, const ScanResult &result, const ReportContext &context)
{
    out << "<h1>Compliance report</h1>\n<dl class=\"meta\">\n"
        << "<dt>Folder</dt><dd>" << cell(result.root) << "</dd>\n"
        << "<dt>Generated</dt><dd>" << escapeHtml(context.generatedAt) << "</dd>\n";
    if (!context.toolVersion.empty())
        out << "<dt>Tool</dt><dd>Compliance Viewer " << escapeHtml(context.toolVersion)
            << "</dd>\n";
    out << "<dt>Files scanned</dt><dd>" << result.filesScanned << "</dd>\n";
    if (result.cancelled)
        out << "<dt>Status</dt><dd>The scan was cancelled; results are incomplete.</dd>\n";
    out << "</dl>\n";

    const OutcomeCounts counts = result.counts();
    out << "<div class=\"badges\">"
        << "<span class=\"badge pass\">Pass " << counts.pass << "</span>"
        << "<span class=\"badge fail\">Fail " << counts.fail << "</span>"
        << "<span class=\"badge na\">NotApplicable " << counts.notApplicable << "</span>"
        << "<span class=\"badge unknown\">Unknown " << counts.unknown << "</span>"
        << "</div>\n";
    out << "<p class=\"notice\">" << escapeHtml(kContentTrustRetirementNotice) << "</p>\n";
}

void writeFindingsTable(std::ostringstream &out, const std::vector<const Finding *> &findings)
{
    out << "<table "
           "class=\"findings\">\n<thead><tr><th>Resource</th><th>Line</th><th>Rule</"
           "th><th>Outcome</th>"
           "<th>Reason</th><th>Fix available</th></tr></thead>\n<tbody>\n";
    for (const Finding *finding : findings) {
        out << "<tr><td class=\"text\">" << cell(finding->resource);
        if (!finding->resolvedName.empty() && finding->resolvedName != finding->resource)
            out << "<br>(" << cell(finding->resolvedName) << ")";
        if (finding->instanceCount > 1)
            out << "<br>" << finding->instanceCount << " instances";
        out << "</td><td>" << finding->line << "</td><td>" << cell(finding->ruleId)
            << "</td><td><span class=\"badge " << outcomeClass(finding->outcome) << "\">"
            << outcomeName(finding->outcome) << "</span></td><td class=\"text\">"
            << cell(finding->reason) << "</td><td>";
        if (finding->isFixable())
            out << "Yes: " << cell(finding->fix->description);
        else if (finding->outcome == Outcome::Fail && !finding->fixUnavailableReason.empty())
            out << "No: " << cell(finding->fixUnavailableReason);
        else
            out << "No";
        out << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n";
}

void writeFiles(std::ostringstream &out, const ScanResult &result)
{
    // file -> parameter file ("" for the template's defaults) -> findings, in name order.
    std::map<std::string, std::map<std::string, std::vector<const Finding *>>> byFile;
    for (const Finding &finding : result.findings)
        byFile[finding.file][finding.parameterFile].push_back(&finding);

    if (byFile.empty())
        out << "<p>No container registries were found.</p>\n";
    for (const auto &[file, byParameterFile] : byFile) {
        out << "<h2>" << cell(file) << "</h2>\n";
        for (const auto &[parameterFile, findings] : byParameterFile) {
            if (!parameterFile.empty())
                out << "<h3>Parameters from " << cell(parameterFile) << "</h3>\n";
            else if (byParameterFile.size() > 1)
                out << "<h3>Template defaults</h3>\n";
            writeFindingsTable(out, findings);
        }
    }
}

void writeErrors(std::ostringstream &out, const ScanResult &result)
{
    if (result.errors.empty())
        return;
    out << "<h2>Errors</h2>\n<table "
           "class=\"errors\">\n<thead><tr><th>File</th><th>Line</th><th>Message</th>"
           "</tr></thead>\n<tbody>\n";
    for (const FileError &error : result.errors)
        out << "<tr><td class=\"text\">" << cell(error.file) << "</td><td>" << error.line
            << "</td><td class=\"text\">" << cell(error.message) << "</td></tr>\n";
    out << "</tbody>\n</table>\n";
}

} // namespace

std::string writeHtmlReport(const ScanResult &result, const ReportContext &context)
{
    std::ostringstream out;
    writeHead(out, result);
    out << "<body>\n";
    writeSummary(out, result, context);
    writeFiles(out, result);
    writeErrors(out, result);
    out << "</body>\n</html>\n";
    return out.str();
}

} // namespace compliance
