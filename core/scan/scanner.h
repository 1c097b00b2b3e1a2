// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/finding.h"
#include "core/scan/parameterpairing.h"
#include "core/source/sourcefile.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace compliance {

struct ScanOptions
{
    /// Files larger than this are reported as errors and not read.
    std::uintmax_t maxFileBytes = 64u * 1024u * 1024u;
};

/// Everything found in one file.
struct FileScanResult
{
    std::string file; ///< Relative to the scanned folder, '/'-separated.
    std::string path; ///< Absolute.
    bool isTemplate = false;
    /// The text that findings' lines and fixes' spans refer to; null when the file could not
    /// be read.
    std::shared_ptr<const SourceFile> source;
    std::vector<Finding> findings;
    std::vector<FileError> errors;
};

/// Counts per outcome.
struct OutcomeCounts
{
    int pass = 0;
    int fail = 0;
    int notApplicable = 0;
    int unknown = 0;
    int suppressed = 0; ///< Findings the suppression file accepts, whatever their outcome.

    void add(Outcome outcome);
};

/// The result of scanning a folder.
struct ScanResult
{
    std::string root; ///< The scanned folder, absolute.
    std::vector<Finding> findings;
    std::vector<FileError> errors;
    int filesScanned = 0; ///< Candidate files read.
    int templatesEvaluated = 0;
    bool cancelled = false;

    OutcomeCounts counts() const;
};

/// True for the extensions the scanner reads (lower case, with the dot): `.json`, `.jsonc`,
/// `.bicep` and `.bicepparam`.
bool isCandidateExtension(std::string_view lowerCaseExtension);

/// Lists the candidate files under `root` (recursively, sorted, symlinked folders not followed).
/// A folder below `root` that cannot be listed is skipped. When `unreadableFolders` is given,
/// each such folder adds an error to it, named by the folder's path relative to `root` with a
/// trailing '/'.
std::vector<std::filesystem::path> discoverTemplateFiles(const std::filesystem::path &root,
                                                         std::vector<FileError> *unreadableFolders
                                                         = nullptr);

/// Reads and evaluates one file. `relativeName` is the name findings report. A template is
/// evaluated once per parameter file that pairs with it in its own folder, or with its
/// defaults when none does.
FileScanResult scanFile(const std::filesystem::path &path, const std::string &relativeName,
                        const ScanOptions &options = {});

/// As above, with the parameter files paired across the whole scanned folder.
FileScanResult scanFile(const std::filesystem::path &path, const std::string &relativeName,
                        const ScanOptions &options, const ParameterPairing &pairing);

/// Scans every candidate file under `root`. Files are read and evaluated on a thread pool with
/// one thread per hardware thread. `onFile` is called from the calling thread once per file, in
/// the sorted order of discoverTemplateFiles whatever order the threads finish in. `cancel`,
/// when set, stops the scan: no further file starts and scanFolder returns once the files
/// being evaluated complete.
///
/// Findings that the folder's suppression file (.complianceviewer.json) matches carry its
/// reason and count apart. The file's own errors are listed with the errors, and so are its
/// entries that matched nothing, after a complete scan.
ScanResult scanFolder(const std::filesystem::path &root, const ScanOptions &options = {},
                      const std::function<void(const FileScanResult &)> &onFile = {},
                      const std::atomic_bool *cancel = nullptr);

/// Scans `files` (absolute paths under the absolute folder `root`, as discoverTemplateFiles
/// returns them) like scanFolder, for a caller that has already listed the folder.
ScanResult scanFiles(const std::filesystem::path &root,
                     const std::vector<std::filesystem::path> &files,
                     const ScanOptions &options = {},
                     const std::function<void(const FileScanResult &)> &onFile = {},
                     const std::atomic_bool *cancel = nullptr);

} // namespace compliance
