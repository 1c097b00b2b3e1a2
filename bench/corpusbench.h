// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/scan/scanner.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace compliance::bench {

/// Figures of the core scan of one folder, each a median over the runs.
struct CorpusFigures
{
    int files = 0; ///< Candidate files found by discoverTemplateFiles.
    std::uint64_t bytes = 0; ///< Their total size on disk.
    double floorMs = 0; ///< Read + nlohmann::json::parse of every file on one thread.
    double scanMs = 0; ///< scanFolder, wall clock.
    double scanCpuMs = 0; ///< CPU time of all threads during scanFolder.
    double firstFindingMs = -1; ///< From the scanFolder call to the first onFile with a finding.
    std::uint64_t scanPeakBytes = 0; ///< Peak resident memory during the scan runs.
    std::uint64_t baselineBytes = 0; ///< Resident memory just before the scan runs.
    bool peakIsolated = false; ///< Whether the peak excludes the phases before the scan.
    unsigned threads = 0;
    int findings = 0;
    bool sameOrderEveryRun = true; ///< Whether every run reported the same findings in order.

    /// The largest template with a fixable finding, the one the preview opens.
    std::filesystem::path largestTemplate;
    std::uint64_t largestTemplateBytes = 0;
    double largestTemplateScanMs = 0; ///< scanFile of that template: parse, evaluate, plan fixes.
    /// The largest template of any outcome, when it is another file than largestTemplate.
    std::filesystem::path largestAnyTemplate;
    std::uint64_t largestAnyTemplateBytes = 0;
};

/// Measures the floor and the scan of `root` over `runs` runs each.
CorpusFigures measureCorpus(const std::filesystem::path &root, int runs);

/// Scans the single template `path` under `root` as the scanner does, for the preview.
FileScanResult scanOneTemplate(const std::filesystem::path &root,
                               const std::filesystem::path &path);

} // namespace compliance::bench
