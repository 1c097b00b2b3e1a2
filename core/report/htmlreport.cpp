// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/report/reportwriters.h"

#include "core/report/reportpaths.h"

#include <algorithm>
#include <cstddef>
#include <iterator>
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
.suppressed { background: #5c6bc0; }
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
details.file { margin-top: 1.2em; border-top: 1px solid #ccc; }
details.file > summary { cursor: pointer; padding: 0.4em 0; }
details.file > summary h2 { display: inline; margin: 0; }
details.file > summary .badge { font-size: 0.8em; margin-left: 0.4em; }
svg.chart { display: block; margin: 1em 0; max-width: 40em; }
ul.compact { margin: 0.3em 0 0 1.2em; padding: 0; }
.muted { color: #555; font-size: 0.9em; }
sup a { text-decoration: none; }
@media print {
  body { margin: 0; font-size: 10pt; }
  .badge, .pass, .fail, .na, .unknown, svg.chart { print-color-adjust: exact;
                                                  -webkit-print-color-adjust: exact; }
  details.file > summary { list-style: none; }
  tr { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
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

// A stacked bar of the outcome counts, drawn as inline SVG so the report needs no script and
// no external resource.
void writeChart(std::ostringstream &out, const OutcomeCounts &counts)
{
    const int total = counts.pass + counts.fail + counts.notApplicable + counts.unknown;
    if (total == 0)
        return;
    struct Segment
    {
        const char *name;
        const char *colour;
        int count;
    };
    const Segment segments[] = { { "Fail", "#c62828", counts.fail },
                                 { "Unknown", "#ef6c00", counts.unknown },
                                 { "Pass", "#2e7d32", counts.pass },
                                 { "NotApplicable", "#616161", counts.notApplicable } };
    constexpr int width = 600;
    out << "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 " << width
        << " 56\">\n<title>Outcomes: " << counts.fail << " Fail, " << counts.unknown << " Unknown, "
        << counts.pass << " Pass, " << counts.notApplicable << " NotApplicable</title>\n";
    int x = 0;
    int labelX = 0;
    for (const Segment &segment : segments) {
        if (segment.count == 0)
            continue;
        const int segmentWidth = std::max(2, segment.count * width / total);
        out << "<rect x=\"" << x << "\" y=\"0\" width=\"" << segmentWidth
            << "\" height=\"24\" fill=\"" << segment.colour << "\"/>\n";
        out << "<rect x=\"" << labelX << "\" y=\"36\" width=\"12\" height=\"12\" fill=\""
            << segment.colour << "\"/><text x=\"" << labelX + 16 << "\" y=\"47\" font-size=\"13\">"
            << segment.name << " " << segment.count << "</text>\n";
        x += segmentWidth;
        labelX += 150;
    }
    out << "</svg>\n";
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
        << "<span class=\"badge suppressed\">Suppressed " << counts.suppressed << "</span>"
        << "</div>\n";
    writeChart(out, counts);
    out << "<p class=\"notice\" id=\"retirement\">" << escapeHtml(kContentTrustRetirementNotice)
        << "</p>\n";
}

// Lists the copy-loop instances a finding stands for, the first ones only when there are many.
void writeInstances(std::ostringstream &out, const Finding &finding)
{
    constexpr std::size_t kListed = 10;
    if (finding.instances.size() < 2)
        return;
    out << "<br><span class=\"muted\">";
    for (std::size_t i = 0; i < finding.instances.size() && i < kListed; ++i) {
        const FindingInstance &instance = finding.instances[i];
        out << (i == 0 ? "" : ", ") << "[" << instance.copyIndex << "] "
            << cell(instance.name.empty() ? std::string("(unresolved)") : instance.name);
    }
    if (finding.instances.size() > kListed)
        out << ", and " << finding.instances.size() - kListed << " more";
    out << "</span>";
}

void writeFix(std::ostringstream &out, const Fix &fix, const std::string &root)
{
    out << "Yes: " << cell(fix.description);
    const std::vector<std::string> paths = fix.paths();
    if (paths.size() > 1) {
        out << "<br><span class=\"muted\">Changes " << paths.size() << " files:";
        for (const std::string &path : paths)
            out << " " << cell(relativeToRoot(path, root));
        out << "</span>";
    }
    if (!fix.sharedWith.empty()) {
        out << "<br><span class=\"muted\">Also changes:</span><ul class=\"compact muted\">";
        for (const std::string &shared : fix.sharedWith)
            out << "<li>" << cell(shared) << "</li>";
        out << "</ul>";
    }
}

void writeFindingsTable(std::ostringstream &out, const std::vector<const Finding *> &findings,
                        const std::string &root)
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
            out << "<br>" << finding->instanceCount << " copy-loop instances";
        writeInstances(out, *finding);
        out << "</td><td>" << finding->line << "</td><td>" << cell(finding->ruleId)
            << "</td><td><span class=\"badge " << outcomeClass(finding->outcome) << "\">"
            << outcomeName(finding->outcome) << "</span>";
        if (finding->ruleId == "Azure.ACR.ContentTrust")
            out << "<sup><a href=\"#retirement\" title=\"Docker Content Trust is being "
                   "retired\">retiring</a></sup>";
        out << "</td><td class=\"text\">" << cell(finding->reason);
        if (finding->isSuppressed())
            out << "<br><span class=\"badge suppressed\">Suppressed</span> "
                << cell(finding->suppressedReason);
        out << "</td><td>";
        if (finding->isFixable())
            writeFix(out, *finding->fix, root);
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
        OutcomeCounts counts;
        for (const auto &[parameterFile, findings] : byParameterFile) {
            for (const Finding *finding : findings) {
                // As in the summary: a suppressed finding counts as suppressed, not by outcome.
                if (finding->isSuppressed())
                    ++counts.suppressed;
                else
                    counts.add(finding->outcome);
            }
        }
        // Files that need attention start unfolded; the others fold to their summary line.
        const bool needsAttention = counts.fail > 0 || counts.unknown > 0;
        out << "<details class=\"file\"" << (needsAttention ? " open" : "") << ">\n<summary><h2>"
            << cell(file) << "</h2>";
        const std::pair<const char *, int> badges[] = { { "fail", counts.fail },
                                                        { "unknown", counts.unknown },
                                                        { "pass", counts.pass },
                                                        { "na", counts.notApplicable },
                                                        { "suppressed", counts.suppressed } };
        const char *names[] = { "Fail", "Unknown", "Pass", "NotApplicable", "Suppressed" };
        for (std::size_t i = 0; i < std::size(badges); ++i) {
            if (badges[i].second > 0)
                out << "<span class=\"badge " << badges[i].first << "\">" << names[i] << " "
                    << badges[i].second << "</span>";
        }
        out << "</summary>\n";
        for (const auto &[parameterFile, findings] : byParameterFile) {
            if (!parameterFile.empty())
                out << "<h3>Parameters from " << cell(parameterFile) << "</h3>\n";
            else if (byParameterFile.size() > 1)
                out << "<h3>Template defaults</h3>\n";
            writeFindingsTable(out, findings, result.root);
        }
        out << "</details>\n";
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
