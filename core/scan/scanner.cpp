// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/scan/scanner.h"

#include "core/arm/templatescope.h"
#include "core/scan/orderedtaskrunner.h"
#include "core/scan/parameterfilesniff.h"
#include "core/scan/suppressions.h"
#include "core/scan/templatechecker.h"

#include <algorithm>
#include <cerrno>
#include <system_error>

#include <unistd.h>

namespace compliance {

namespace fs = std::filesystem;

void OutcomeCounts::add(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pass:
        ++pass;
        break;
    case Outcome::Fail:
        ++fail;
        break;
    case Outcome::NotApplicable:
        ++notApplicable;
        break;
    case Outcome::Unknown:
        ++unknown;
        break;
    }
}

OutcomeCounts ScanResult::counts() const
{
    OutcomeCounts counts;
    for (const Finding &finding : findings) {
        if (finding.isSuppressed())
            ++counts.suppressed;
        else
            counts.add(finding.outcome);
    }
    return counts;
}

bool isCandidateExtension(std::string_view lowerCaseExtension)
{
    return lowerCaseExtension == ".json" || lowerCaseExtension == ".jsonc"
        || lowerCaseExtension == ".bicep" || lowerCaseExtension == ".bicepparam";
}

std::vector<fs::path> discoverTemplateFiles(const fs::path &root,
                                            std::vector<FileError> *unreadableFolders)
{
    std::vector<fs::path> files;
    std::error_code error;
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        const fs::directory_entry &entry = *it;
        std::error_code statusError;
        if (entry.is_directory(statusError)) {
            // Version-control and build folders hold no templates of the project.
            const std::string name = entry.path().filename().string();
            if (name == ".git" || name == "node_modules") {
                it.disable_recursion_pending();
            } else if (unreadableFolders && !entry.is_symlink(statusError)
                       && ::access(entry.path().c_str(), R_OK | X_OK) != 0) {
                // The iterator skips such a folder without a word; its templates would be
                // missing from the results unnoticed.
                unreadableFolders->push_back(FileError {
                    entry.path().lexically_relative(root).generic_string() + "/", 0, 0,
                    "cannot read this folder: " + std::generic_category().message(errno)
                        + "; its templates are not checked. Give the user read and execute "
                          "permission on it" });
                it.disable_recursion_pending();
            }
            continue;
        }
        if (!entry.is_regular_file(statusError))
            continue;
        std::string extension = entry.path().extension().string();
        std::transform(extension.begin(), extension.end(), extension.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        // The suppression file is read on its own, and is no template.
        if (isCandidateExtension(extension)
            && entry.path().filename() != std::string(kSuppressionFileName))
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

FileScanResult scanFile(const fs::path &path, const std::string &relativeName,
                        const ScanOptions &options)
{
    // The scanned folder is what remains of the path without the relative name.
    fs::path root = path;
    const fs::path relative(relativeName);
    for (auto part = relative.begin(); part != relative.end(); ++part)
        root = root.parent_path();

    std::vector<fs::path> siblings;
    std::error_code error;
    for (const fs::directory_entry &entry : fs::directory_iterator(path.parent_path(), error)) {
        if (entry.path() != path
            && isCandidateExtension(toLowerAscii(entry.path().extension().string())))
            siblings.push_back(entry.path());
    }
    return scanFile(path, relativeName, options, ParameterPairing::build(root, siblings));
}

FileScanResult scanFile(const fs::path &path, const std::string &relativeName,
                        const ScanOptions &options, const ParameterPairing &pairing)
{
    FileScanResult result;
    result.file = relativeName;
    result.path = path.string();

    Result<SourceFile> source = readSourceFile(path, options.maxFileBytes);
    if (!source) {
        // The error names the file by `relativeName`, so the reader's absolute path is dropped
        // from the message, as every other error names files relative to the folder.
        std::string message = source.error();
        const std::string prefix = path.string() + ": ";
        if (message.rfind(prefix, 0) == 0)
            message.erase(0, prefix.size());
        result.errors.push_back(FileError { relativeName, 0, 0, std::move(message) });
        return result;
    }
    result.source = std::make_shared<const SourceFile>(std::move(source.value()));
    checkTemplate(*result.source, result, pairing.forTemplate(path));
    return result;
}

namespace {

ScanResult scanWithSuppressions(const fs::path &root, const std::vector<fs::path> &files,
                                const ScanOptions &options,
                                const std::function<void(const FileScanResult &)> &onFile,
                                const std::atomic_bool *cancel, Suppressions &suppressions)
{
    ScanResult scan;
    scan.root = root.string();
    scan.errors = suppressions.errors();

    const ParameterPairing pairing = ParameterPairing::build(root, parameterFileCandidates(files));

    // Each task fills its own slot, and delivery moves the result out, so a slot contains a
    // result only between the two.
    std::vector<FileScanResult> slots(files.size());
    const auto task = [&](std::size_t index) {
        const fs::path &path = files[index];
        const std::string relative = path.lexically_relative(root).generic_string();
        slots[index] = scanFile(path, relative, options, pairing);
    };
    // Delivery runs on the calling thread, in file order, so the suppressions need no lock.
    const auto deliver = [&](std::size_t index) {
        FileScanResult file = std::move(slots[index]);
        suppressions.apply(file.findings);
        ++scan.filesScanned;
        if (file.isTemplate)
            ++scan.templatesEvaluated;
        if (onFile)
            onFile(file);
        std::move(file.findings.begin(), file.findings.end(), std::back_inserter(scan.findings));
        std::move(file.errors.begin(), file.errors.end(), std::back_inserter(scan.errors));
    };
    const std::size_t delivered = OrderedTaskRunner().run(files.size(), task, deliver, cancel);
    scan.cancelled = delivered < files.size();
    return scan;
}

} // namespace

ScanResult scanFolder(const fs::path &root, const ScanOptions &options,
                      const std::function<void(const FileScanResult &)> &onFile,
                      const std::atomic_bool *cancel)
{
    std::error_code error;
    const fs::path absoluteRoot = fs::weakly_canonical(fs::absolute(root, error), error);
    Suppressions suppressions = Suppressions::load(absoluteRoot);
    std::vector<FileError> unreadableFolders;
    const std::vector<fs::path> files = discoverTemplateFiles(absoluteRoot, &unreadableFolders);
    ScanResult scan
        = scanWithSuppressions(absoluteRoot, files, options, onFile, cancel, suppressions);
    for (FileError &error : unreadableFolders)
        scan.errors.push_back(std::move(error));
    // Only a complete scan of the folder can tell that an entry matches nothing.
    if (!scan.cancelled) {
        for (FileError &notice : suppressions.unusedEntries())
            scan.errors.push_back(std::move(notice));
    }
    return scan;
}

ScanResult scanFiles(const fs::path &root, const std::vector<fs::path> &files,
                     const ScanOptions &options,
                     const std::function<void(const FileScanResult &)> &onFile,
                     const std::atomic_bool *cancel)
{
    Suppressions suppressions = Suppressions::load(root);
    return scanWithSuppressions(root, files, options, onFile, cancel, suppressions);
}

} // namespace compliance
