// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/cli/headless.h"

#include "core/fix/fixapply.h"
#include "core/fix/textedits.h"
#include "core/report/reportwriters.h"
#include "core/report/sarifreport.h"
#include "core/scan/scanner.h"

#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <system_error>
#include <vector>

#ifndef CV_VERSION
#define CV_VERSION ""
#endif

namespace compliance {

namespace fs = std::filesystem;

namespace {

// Resolves `folder` to an absolute path, or prints why it cannot be scanned.
bool resolveFolder(const std::string &folder, fs::path &resolved, std::ostream &err)
{
    std::error_code error;
    if (!folder.empty() && fs::is_regular_file(folder, error)) {
        const std::string parent = fs::path(folder).parent_path().string();
        err << folder << ": is a file, not a folder; give the folder that holds it ("
            << (parent.empty() ? std::string(".") : parent) << ")\n";
        return false;
    }
    if (folder.empty() || !fs::is_directory(folder, error)) {
        err << (folder.empty() ? std::string("(empty)") : folder) << ": folder not found\n";
        return false;
    }
    resolved = fs::absolute(folder, error).lexically_normal();
    if (error) {
        err << folder << ": " << error.message() << '\n';
        return false;
    }
    return true;
}

std::string utcTimestamp()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc {};
    gmtime_r(&now, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
}

bool writeHtmlFile(const std::string &path, const std::string &html, std::ostream &err)
{
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    if (file)
        file << html;
    file.close();
    if (!file) {
        err << path
            << ": could not write the HTML report; check that the folder exists and is "
               "writable\n";
        return false;
    }
    return true;
}

// The pending fixes of one file: its text as scanned, the edits and how many findings asked.
struct FileFixes
{
    std::shared_ptr<const SourceFile> source;
    std::vector<TextEdit> edits;
    int findingCount = 0;
};

std::string normalKey(const std::string &path)
{
    return fs::path(path).lexically_normal().generic_string();
}

} // namespace

int runCheck(const std::string &folder, CheckFormat format, const std::string &htmlReportPath,
             std::ostream &out, std::ostream &err, const ScanOptions &options)
{
    fs::path root;
    if (!resolveFolder(folder, root, err))
        return ExitUsageOrIoError;

    const ScanResult result = scanFolder(root, options);
    switch (format) {
    case CheckFormat::Json:
        out << writeJsonReport(result);
        break;
    case CheckFormat::Sarif:
        out << writeSarifReport(result, CV_VERSION);
        break;
    case CheckFormat::Text:
        out << writeTextReport(result);
        break;
    }
    out.flush();

    if (!htmlReportPath.empty()) {
        const ReportContext context { utcTimestamp(), CV_VERSION };
        if (!writeHtmlFile(htmlReportPath, writeHtmlReport(result, context), err))
            return ExitUsageOrIoError;
    }

    // Errors in input files are listed in the report but are not failures of the rule.
    return result.counts().fail > 0 ? ExitFailures : ExitNoFailures;
}

namespace {

// Applies (or with `dryRun` prints) every fix one scan offers. `fixedFiles` counts the files
// written or diffed; zero means the scan offered nothing.
int applyFixRound(const fs::path &root, bool dryRun, std::ostream &out, std::ostream &err,
                  const ScanOptions &options, int &fixedFiles)
{
    fixedFiles = 0;

    // Keyed by normalised absolute path: an edit can target another file than the finding's
    // own, for example the parameter file a value comes from.
    std::map<std::string, std::shared_ptr<const SourceFile>> sources;
    std::map<std::string, FileFixes> fixesByFile;
    scanFolder(root, options, [&](const FileScanResult &file) {
        if (file.source)
            sources[normalKey(file.path)] = file.source;
        for (const Finding &finding : file.findings) {
            if (!finding.isFixable())
                continue;
            std::map<std::string, bool> touched;
            for (const TextEdit &edit : finding.fix->edits) {
                const std::string key = normalKey(edit.path);
                fixesByFile[key].edits.push_back(edit);
                touched[key] = true;
            }
            for (const auto &entry : touched)
                ++fixesByFile[entry.first].findingCount;
        }
    });

    if (fixesByFile.empty())
        return ExitNoFailures;

    int exitCode = ExitNoFailures;
    for (auto &[path, fixes] : fixesByFile) {
        const std::string name = fs::path(path).lexically_relative(root).generic_string();
        const auto found = sources.find(path);
        if (found == sources.end() || !found->second) {
            err << name << ": skipped, the file was not read during the scan\n";
            exitCode = ExitUsageOrIoError;
            continue;
        }
        const SourceFile &source = *found->second;

        const Result<std::vector<TextEdit>> merged = mergeTextEdits(std::move(fixes.edits));
        if (!merged) {
            err << name << ": skipped, fixes conflict: " << merged.error() << '\n';
            continue;
        }
        const Result<std::string> newText = applyTextEdits(source.text(), merged.value());
        if (!newText) {
            err << name << ": skipped, fixes could not be applied: " << newText.error() << '\n';
            continue;
        }

        ++fixedFiles;
        if (dryRun) {
            out << unifiedDiff(source.text(), newText.value(), "a/" + name, "b/" + name);
            continue;
        }
        const Status saved = saveText(source, newText.value());
        if (!saved) {
            err << saved.error() << '\n';
            exitCode = ExitUsageOrIoError;
            continue;
        }
        out << "fixed " << name << ": " << fixes.findingCount
            << (fixes.findingCount == 1 ? " finding\n" : " findings\n");
    }
    return exitCode;
}

} // namespace

int runFix(const std::string &folder, bool dryRun, std::ostream &out, std::ostream &err,
           const ScanOptions &options)
{
    fs::path root;
    if (!resolveFolder(folder, root, err))
        return ExitUsageOrIoError;

    // A fix can uncover the next one: a trust policy computed from the SKU appears only once
    // the SKU is Premium. Saving rounds repeat until a scan offers nothing more.
    // NOTE: a dry run shows the first round only, because later rounds need the saved files.
    constexpr int kMaxRounds = 5;
    int totalFixedFiles = 0;
    for (int round = 0; round < kMaxRounds; ++round) {
        int fixedFiles = 0;
        const int exitCode = applyFixRound(root, dryRun, out, err, options, fixedFiles);
        totalFixedFiles += fixedFiles;
        if (exitCode != ExitNoFailures)
            return exitCode;
        if (fixedFiles == 0 || dryRun)
            break;
    }
    if (totalFixedFiles == 0)
        out << "No fixes available.\n";
    return ExitNoFailures;
}

} // namespace compliance
