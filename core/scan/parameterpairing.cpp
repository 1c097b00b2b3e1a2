// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/scan/parameterpairing.h"

#include "core/arm/templatescope.h"
#include "core/bicep/bicepparameterfile.h"
#include "core/json/jsonparser.h"

#include <algorithm>

namespace compliance {

namespace fs = std::filesystem;

namespace {

std::string normalKey(const fs::path &path)
{
    return path.lexically_normal().generic_string();
}

// The template a parameter file belongs to by name: "x.parameters.json" and
// "x.parameters.<env>.json" belong to "x.json" in the same folder, or to "x.bicep" when there
// is no "x.json".
std::optional<fs::path> conventionalTemplate(const fs::path &parameterFile)
{
    const std::string name = toLowerAscii(parameterFile.filename().string());
    const std::size_t marker = name.find(".parameters.");
    if (marker == std::string::npos || marker == 0)
        return std::nullopt;
    const std::string stem = parameterFile.filename().string().substr(0, marker);
    const fs::path json = parameterFile.parent_path() / (stem + ".json");
    std::error_code error;
    if (fs::exists(json, error))
        return json;
    return parameterFile.parent_path() / (stem + ".bicep");
}

// A .bicepparam file, paired with the template of its `using` line.
std::optional<std::pair<fs::path, ParameterSet>> readBicepParameterFile(const fs::path &path,
                                                                        SourceFile source)
{
    BicepParameterFile parsed = translateBicepParameterFile(source);
    if (!parsed.ok || parsed.usingPath.empty())
        return std::nullopt;
    ParameterSet set;
    set.source = std::make_shared<const SourceFile>(std::move(source));
    set.root = std::make_shared<const JsonNode>(std::move(parsed.root));
    set.evaluateValues = true;
    return std::pair { path.parent_path() / parsed.usingPath, std::move(set) };
}

} // namespace

bool isParameterFileSchema(std::string_view schema)
{
    return toLowerAscii(schema).find("deploymentparameters.json") != std::string::npos;
}

ParameterPairing ParameterPairing::build(const fs::path &root, const std::vector<fs::path> &files)
{
    ParameterPairing pairing;
    for (const fs::path &path : files) {
        Result<SourceFile> source = readSourceFile(path);
        if (!source)
            continue;
        if (toLowerAscii(path.extension().string()) == ".bicepparam") {
            auto paired = readBicepParameterFile(path, std::move(source.value()));
            std::error_code error;
            if (!paired || !fs::exists(paired->first, error))
                continue;
            paired->second.relativeName = path.lexically_relative(root).generic_string();
            pairing.m_byTemplate[normalKey(paired->first)].push_back(std::move(paired->second));
            continue;
        }
        // Most files are templates or other JSON; skip the parse unless the schema can match.
        if (toLowerAscii(source->text()).find("deploymentparameters") == std::string::npos)
            continue;
        JsonParseResult parsed = parseJson(source->text());
        if (!parsed.ok || !parsed.root.isObject())
            continue;
        const JsonNode *schema = parsed.root.member("$schema");
        const JsonNode *parameters = parsed.root.member("parameters");
        if (!schema || !schema->isString() || !isParameterFileSchema(schema->string) || !parameters
            || !parameters->isObject())
            continue;

        std::optional<fs::path> templatePath;
        const JsonNode *metadata = parsed.root.member("metadata");
        const JsonNode *link = metadata ? metadata->member("template") : nullptr;
        if (link && link->isString() && !link->string.empty()) {
            // Parameter files written on Windows may separate the link's folders with '\'.
            std::string relative = link->string;
            std::replace(relative.begin(), relative.end(), '\\', '/');
            templatePath = path.parent_path() / relative;
        }
        else
            templatePath = conventionalTemplate(path);
        if (!templatePath || !fs::exists(*templatePath))
            continue;

        ParameterSet set;
        set.source = std::make_shared<const SourceFile>(std::move(source.value()));
        set.root = std::make_shared<const JsonNode>(std::move(parsed.root));
        set.relativeName = path.lexically_relative(root).generic_string();
        pairing.m_byTemplate[normalKey(*templatePath)].push_back(std::move(set));
    }
    for (auto &[key, sets] : pairing.m_byTemplate) {
        std::sort(sets.begin(), sets.end(), [](const ParameterSet &a, const ParameterSet &b) {
            return a.relativeName < b.relativeName;
        });
    }
    return pairing;
}

std::vector<ParameterSet> ParameterPairing::forTemplate(const fs::path &templatePath) const
{
    const auto found = m_byTemplate.find(normalKey(templatePath));
    return found == m_byTemplate.end() ? std::vector<ParameterSet> {} : found->second;
}

} // namespace compliance
