// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "corpusbench.h"

#include "benchmeasure.h"
#include "core/scan/parameterfilesniff.h"
#include "core/scan/parameterpairing.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <iterator>
#include <sstream>
#include <thread>

namespace compliance::bench {

namespace fs = std::filesystem;

namespace {

// Reads every file and parses it with nlohmann::json on this thread, comments allowed. Files
// that are not JSON (Bicep) are read and fail to parse, which also costs their parse attempt.
// Returns the number of files that parsed, so the work cannot be optimised away.
int readAndParseAll(const std::vector<fs::path> &files)
{
    int parsed = 0;
    for (const fs::path &path : files) {
        std::ifstream stream(path, std::ios::binary);
        std::string text((std::istreambuf_iterator<char>(stream)),
                         std::istreambuf_iterator<char>());
        const nlohmann::json document
            = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false,
                                    /*ignore_comments=*/true);
        if (!document.is_discarded())
            ++parsed;
    }
    return parsed;
}

// A finding's identity, to compare the order of two runs.
std::string findingKey(const Finding &finding)
{
    std::ostringstream key;
    key << finding.path << ':' << finding.line << ':' << finding.column << ':' << finding.ruleId
        << ':' << finding.parameterFile << ':' << static_cast<int>(finding.outcome);
    return key.str();
}

} // namespace

CorpusFigures measureCorpus(const fs::path &root, int runs)
{
    CorpusFigures figures;
    std::error_code error;
    const fs::path absoluteRoot = fs::weakly_canonical(fs::absolute(root, error), error);
    const std::vector<fs::path> files = discoverTemplateFiles(absoluteRoot);
    figures.files = static_cast<int>(files.size());
    for (const fs::path &path : files)
        figures.bytes += fs::file_size(path, error);
    figures.threads = std::max(1u, std::thread::hardware_concurrency());

    std::vector<double> floorTimes;
    for (int run = 0; run < runs; ++run) {
        const Clock::time_point start = Clock::now();
        readAndParseAll(files);
        floorTimes.push_back(millisecondsSince(start));
    }
    figures.floorMs = median(floorTimes);

    figures.peakIsolated = resetPeakMemory();
    figures.baselineBytes = currentMemoryBytes();
    std::vector<double> scanTimes;
    std::vector<double> cpuTimes;
    std::vector<double> firstFindingTimes;
    std::vector<std::string> firstRunOrder;
    for (int run = 0; run < runs; ++run) {
        Clock::time_point start;
        double firstFinding = -1;
        const bool recordLargest = run == 0;
        const auto onFile = [&](const FileScanResult &file) {
            if (firstFinding < 0 && !file.findings.empty())
                firstFinding = millisecondsSince(start);
            if (!recordLargest || !file.isTemplate || !file.source)
                return;
            const std::uint64_t size = file.source->originalBytes().size();
            if (size > figures.largestAnyTemplateBytes) {
                figures.largestAnyTemplateBytes = size;
                figures.largestAnyTemplate = file.path;
            }
            bool fixable = false;
            for (const Finding &finding : file.findings)
                fixable = fixable || finding.isFixable();
            if (fixable && size > figures.largestTemplateBytes) {
                figures.largestTemplateBytes = size;
                figures.largestTemplate = file.path;
            }
        };
        const double cpuBefore = processCpuMilliseconds();
        start = Clock::now();
        const ScanResult scan = scanFolder(absoluteRoot, {}, onFile);
        scanTimes.push_back(millisecondsSince(start));
        cpuTimes.push_back(processCpuMilliseconds() - cpuBefore);
        if (firstFinding >= 0)
            firstFindingTimes.push_back(firstFinding);

        std::vector<std::string> order;
        for (const Finding &finding : scan.findings)
            order.push_back(findingKey(finding));
        if (run == 0) {
            firstRunOrder = std::move(order);
            figures.findings = static_cast<int>(scan.findings.size());
        } else if (order != firstRunOrder) {
            figures.sameOrderEveryRun = false;
        }
    }
    figures.scanPeakBytes = peakMemoryBytes();
    figures.scanMs = median(scanTimes);
    figures.scanCpuMs = median(cpuTimes);
    if (!firstFindingTimes.empty())
        figures.firstFindingMs = median(firstFindingTimes);

    if (figures.largestAnyTemplate == figures.largestTemplate)
        figures.largestAnyTemplate.clear();
    if (!figures.largestTemplate.empty()) {
        std::vector<double> templateTimes;
        for (int run = 0; run < runs; ++run) {
            const Clock::time_point start = Clock::now();
            const FileScanResult result = scanOneTemplate(absoluteRoot, figures.largestTemplate);
            templateTimes.push_back(millisecondsSince(start));
        }
        figures.largestTemplateScanMs = median(templateTimes);
    }
    return figures;
}

FileScanResult scanOneTemplate(const fs::path &root, const fs::path &path)
{
    // The same parameter files as in the folder scan, found in the template's folder.
    std::vector<fs::path> siblings;
    std::error_code error;
    for (const fs::directory_entry &entry : fs::directory_iterator(path.parent_path(), error))
        siblings.push_back(entry.path());
    const ParameterPairing pairing
        = ParameterPairing::build(root, parameterFileCandidates(siblings));
    return scanFile(path, path.lexically_relative(root).generic_string(), {}, pairing);
}

} // namespace compliance::bench
