// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/scan/parameterfilesniff.h"

#include "core/arm/templatescope.h"
#include "core/scan/orderedtaskrunner.h"

#include <fstream>
#include <string>
#include <string_view>

namespace compliance {

namespace fs = std::filesystem;

namespace {

bool startsWithSchemaName(const fs::path &path)
{
    std::ifstream stream(path, std::ios::binary);
    if (!stream)
        return false;
    std::string prefix(kParameterSniffBytes, '\0');
    stream.read(prefix.data(), static_cast<std::streamsize>(prefix.size()));
    prefix.resize(static_cast<std::size_t>(stream.gcount()));

    const std::string_view bytes(prefix);
    if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF"))
        return true;
    return toLowerAscii(bytes).find("deploymentparameters") != std::string::npos;
}

bool mayBeParameterFile(const fs::path &path)
{
    const std::string extension = toLowerAscii(path.extension().string());
    if (extension == ".bicepparam")
        return true;
    if (extension != ".json" && extension != ".jsonc")
        return false;
    if (toLowerAscii(path.filename().string()).find(".parameters.") != std::string::npos)
        return true;
    return startsWithSchemaName(path);
}

} // namespace

std::vector<fs::path> parameterFileCandidates(const std::vector<fs::path> &files)
{
    // Opening thousands of files dominates the cost, so the checks run on a thread pool.
    std::vector<char> qualifies(files.size(), 0);
    std::vector<fs::path> candidates;
    OrderedTaskRunner().run(
        files.size(),
        [&](std::size_t index) { qualifies[index] = mayBeParameterFile(files[index]); },
        [&](std::size_t index) {
            if (qualifies[index])
                candidates.push_back(files[index]);
        });
    return candidates;
}

} // namespace compliance
