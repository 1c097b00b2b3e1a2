// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/report/sarifreport.h"

#include "core/report/reportpaths.h"

#include "core/rules/rule.h"
#include "core/rules/ruledocs.h"

#include <filesystem>
#include <map>
#include <memory>

#include <nlohmann/json.hpp>

namespace compliance {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view kRootId = "SRCROOT";

// Percent-encodes a '/'-separated path for a URI: every byte but unreserved characters and '/'.
std::string encodeUriPath(std::string_view path)
{
    constexpr std::string_view hexDigits = "0123456789ABCDEF";
    std::string encoded;
    for (unsigned char byte : path) {
        const bool unreserved = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z')
            || (byte >= '0' && byte <= '9') || byte == '-' || byte == '.' || byte == '_'
            || byte == '~' || byte == '/';
        if (unreserved) {
            encoded += static_cast<char>(byte);
        } else {
            encoded += '%';
            encoded += hexDigits[byte >> 4];
            encoded += hexDigits[byte & 0xF];
        }
    }
    return encoded;
}

std::string relativeUri(const std::string &path, const std::string &root)
{
    return encodeUriPath(relativeToRoot(path, root));
}

std::string fileUri(const std::string &folder)
{
    std::string uri = "file://" + encodeUriPath(std::filesystem::path(folder).generic_string());
    if (uri.back() != '/')
        uri += '/';
    return uri;
}

// The number of UTF-16 code units in UTF-8 `text`: SARIF counts columns in them by default.
int utf16Length(std::string_view text)
{
    int units = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char byte = static_cast<unsigned char>(text[i]);
        if ((byte & 0xC0) == 0x80)
            continue; // A continuation byte belongs to the character already counted.
        units += byte >= 0xF0 ? 2 : 1;
    }
    return units;
}

Json position(const SourceFile &file, std::size_t offset, const char *lineKey,
              const char *columnKey)
{
    const int line = file.lineOf(offset);
    const std::size_t lineStart = file.lineStart(line);
    const std::string_view before
        = std::string_view(file.text()).substr(lineStart, offset - lineStart);
    return Json { { lineKey, line }, { columnKey, utf16Length(before) + 1 } };
}

Json region(const SourceFile &file, Span span)
{
    Json start = position(file, span.begin, "startLine", "startColumn");
    Json end = position(file, span.end, "endLine", "endColumn");
    start.update(end);
    return start;
}

// Reads each file once; fixes carry byte offsets that SARIF wants as lines and columns.
class SourceCache
{
public:
    const SourceFile *get(const std::string &path)
    {
        auto found = m_files.find(path);
        if (found == m_files.end()) {
            Result<SourceFile> source = readSourceFile(path);
            std::unique_ptr<SourceFile> file
                = source ? std::make_unique<SourceFile>(std::move(source.value())) : nullptr;
            found = m_files.emplace(path, std::move(file)).first;
        }
        return found->second.get();
    }

private:
    std::map<std::string, std::unique_ptr<SourceFile>> m_files;
};

// FNV-1a, 64 bits: a stable hash with no dependency, for fingerprints.
std::string stableHash(std::string_view text)
{
    std::uint64_t hash = 0xcbf29ce484222325ull;
    for (unsigned char byte : text) {
        hash ^= byte;
        hash *= 0x100000001b3ull;
    }
    constexpr std::string_view hexDigits = "0123456789abcdef";
    std::string hex(16, '0');
    for (int i = 15; i >= 0; --i, hash >>= 4)
        hex[static_cast<std::size_t>(i)] = hexDigits[hash & 0xF];
    return hex;
}

std::string levelForSeverity(std::string_view severity)
{
    if (severity == "Critical")
        return "error";
    if (severity == "Important")
        return "warning";
    return "note";
}

Json artifactLocation(const std::string &uri)
{
    return Json { { "uri", uri }, { "uriBaseId", kRootId } };
}

Json ruleDescriptor(const Rule &rule)
{
    const RuleDocumentation docs = parseRuleDocumentation(ruleDocumentationMarkdown(rule.id()));
    Json descriptor { { "id", std::string(rule.id()) },
                      { "name", "UseTrustedContainerImages" },
                      { "shortDescription", { { "text", std::string(rule.title()) } } } };
    const std::string synopsis = docs.synopsis.empty() ? std::string(rule.title()) : docs.synopsis;
    descriptor["fullDescription"]
        = { { "text", synopsis + " " + std::string(kContentTrustRetirementNotice) } };
    if (!docs.body.empty())
        descriptor["help"] = { { "text", synopsis }, { "markdown", docs.body } };
    if (const std::string uri = docs.value("online version"); !uri.empty())
        descriptor["helpUri"] = uri;
    descriptor["defaultConfiguration"] = { { "level", levelForSeverity(rule.severity()) } };
    Json tags = Json::array({ "security", "azure", "container-registry" });
    descriptor["properties"] = { { "tags", tags },
                                 { "severity", std::string(rule.severity()) },
                                 { "pillar", docs.value("pillar") } };
    return descriptor;
}

std::string withPeriod(std::string text)
{
    if (!text.empty() && text.back() != '.')
        text += '.';
    return text;
}

Json fixToSarif(const Finding &finding, const std::string &root, SourceCache &sources)
{
    Json changes = Json::array();
    for (const std::string &path : finding.fix->paths()) {
        const SourceFile *file = sources.get(path);
        if (!file)
            return nullptr; // A fix whose file cannot be read is left out, not half-written.
        Json replacements = Json::array();
        for (const TextEdit &edit : finding.fix->edits) {
            if (edit.path != path)
                continue;
            replacements.push_back(
                Json { { "deletedRegion", region(*file, edit.span) },
                       { "insertedContent", { { "text", edit.replacement } } } });
        }
        changes.push_back(Json { { "artifactLocation", artifactLocation(relativeUri(path, root)) },
                                 { "replacements", std::move(replacements) } });
    }
    return Json { { "description", { { "text", withPeriod(finding.fix->description) } } },
                  { "artifactChanges", std::move(changes) } };
}

Json resultToSarif(const Finding &finding, std::size_t ruleIndex, const std::string &root,
                   SourceCache &sources)
{
    const bool failed = finding.outcome == Outcome::Fail;
    Json result { { "ruleId", finding.ruleId },
                  { "ruleIndex", ruleIndex },
                  { "kind", failed ? "fail" : "review" },
                  { "level", failed ? levelForSeverity(finding.severity) : "none" } };
    std::string message = withPeriod(finding.reason);
    if (finding.ruleId == "Azure.ACR.ContentTrust")
        message += " " + std::string(kContentTrustRetirementNotice);
    result["message"] = { { "text", message } };

    Json regionJson { { "startLine", std::max(finding.line, 1) } };
    if (const SourceFile *file = sources.get(finding.path); file && finding.line > 0) {
        const std::size_t offset
            = file->lineStart(finding.line) + std::size_t(std::max(finding.column - 1, 0));
        regionJson
            = position(*file, std::min(offset, file->text().size()), "startLine", "startColumn");
    }
    result["locations"]
        = Json::array({ { { "physicalLocation",
                            { { "artifactLocation", artifactLocation(encodeUriPath(finding.file)) },
                              { "region", regionJson } } } } });

    // The fingerprint leaves out the line, so it survives edits above the resource.
    result["partialFingerprints"]
        = { { "complianceViewerFinding/v1",
              stableHash(finding.ruleId + '\n' + finding.file + '\n' + finding.parameterFile + '\n'
                         + finding.resource + '\n' + finding.resolvedName) } };
    Json properties { { "resource", finding.resource }, { "instances", finding.instanceCount } };
    if (!finding.resolvedName.empty())
        properties["resolvedName"] = finding.resolvedName;
    if (!finding.parameterFile.empty())
        properties["parameterFile"] = finding.parameterFile;
    result["properties"] = std::move(properties);

    if (finding.isFixable()) {
        Json fix = fixToSarif(finding, root, sources);
        if (!fix.is_null())
            result["fixes"] = Json::array({ std::move(fix) });
    }
    return result;
}

} // namespace

std::string writeSarifReport(const ScanResult &scan, const std::string &toolVersion)
{
    Json rules = Json::array();
    std::map<std::string, std::size_t> ruleIndexes;
    for (const std::unique_ptr<Rule> &rule : registeredRules()) {
        ruleIndexes[std::string(rule->id())] = rules.size();
        rules.push_back(ruleDescriptor(*rule));
    }

    SourceCache sources;
    Json results = Json::array();
    for (const Finding &finding : scan.findings) {
        if (finding.outcome != Outcome::Fail && finding.outcome != Outcome::Unknown)
            continue;
        const auto index = ruleIndexes.find(finding.ruleId);
        if (index == ruleIndexes.end())
            continue;
        results.push_back(resultToSarif(finding, index->second, scan.root, sources));
    }

    Json notifications = Json::array();
    for (const FileError &error : scan.errors) {
        Json location { { "artifactLocation", artifactLocation(encodeUriPath(error.file)) } };
        if (error.line > 0) {
            location["region"] = { { "startLine", error.line } };
            if (error.column > 0)
                location["region"]["startColumn"] = error.column;
        }
        notifications.push_back(
            Json { { "level", "error" },
                   { "message", { { "text", withPeriod(error.message) } } },
                   { "locations", Json::array({ { { "physicalLocation", location } } }) } });
    }

    Json driver { { "name", "Compliance Viewer" },
                  { "version", toolVersion },
                  { "semanticVersion", toolVersion },
                  { "rules", std::move(rules) } };
    Json run { { "tool", { { "driver", std::move(driver) } } },
               { "invocations",
                 Json::array({ { { "executionSuccessful", true },
                                 { "toolExecutionNotifications", std::move(notifications) } } }) },
               { "originalUriBaseIds", { { kRootId, { { "uri", fileUri(scan.root) } } } } },
               { "columnKind", "utf16CodeUnits" },
               { "results", std::move(results) } };
    Json log { { "$schema", "https://json.schemastore.org/sarif-2.1.0.json" },
               { "version", "2.1.0" },
               { "runs", Json::array({ std::move(run) }) } };
    return log.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace compliance
