// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/scan/parameterlinks.h"

#include <algorithm>
#include <filesystem>

namespace compliance {

namespace fs = std::filesystem;

namespace {

// "br:registry/path:tag", "br/alias:path:tag" and "ts:sub/rg/spec:version" name templates
// outside the folder, which the scanner does not read.
bool isRegistryReference(const std::string &path)
{
    return path.starts_with("br:") || path.starts_with("br/") || path.starts_with("ts:")
        || path.starts_with("ts/");
}

bool linkedFileExists(const SourceFile &source, std::string relative)
{
    // Files written on Windows may separate folders with '\'.
    std::replace(relative.begin(), relative.end(), '\\', '/');
    std::error_code error;
    return fs::is_regular_file(fs::path(source.path()).parent_path() / relative, error);
}

} // namespace

std::optional<FileError> checkBicepUsingTarget(const SourceFile &source,
                                               const std::string &relativeName,
                                               const BicepProgram &program)
{
    for (const auto &declaration : program.declarations) {
        if (declaration->kind != BicepDeclaration::Kind::Using || declaration->path.empty()
            || isRegistryReference(declaration->path))
            continue;
        if (linkedFileExists(source, declaration->path))
            return std::nullopt;
        const std::size_t offset = declaration->pathSpan.begin;
        return FileError { relativeName, source.lineOf(offset), source.columnOf(offset),
                           "the template '" + declaration->path
                               + "' named by `using` does not exist, so this parameter file is "
                                 "not used; correct the path to the template" };
    }
    return std::nullopt;
}

std::optional<FileError> checkParameterFileTemplateLink(const SourceFile &source,
                                                        const std::string &relativeName,
                                                        const JsonNode &root)
{
    const JsonNode *metadata = root.isObject() ? root.member("metadata") : nullptr;
    const JsonNode *link
        = metadata && metadata->isObject() ? metadata->member("template") : nullptr;
    if (!link || !link->isString() || link->string.empty()
        || linkedFileExists(source, link->string))
        return std::nullopt;
    const std::size_t offset = link->span.begin;
    return FileError { relativeName, source.lineOf(offset), source.columnOf(offset),
                       "metadata.template names '" + link->string
                           + "', which does not exist, so this parameter file is not used; "
                             "correct the path or remove metadata.template to pair the file "
                             "by its name" };
}

} // namespace compliance
