// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/bicep/biceptemplate.h"

#include "core/arm/templatewalker.h"
#include "core/bicep/bicepparser.h"
#include "core/json/jsonparser.h"

#include <filesystem>

namespace compliance {

namespace fs = std::filesystem;

namespace {

constexpr int kMaxModuleDepth = 8;
// Module files read for one translation, across all levels, so that modules calling each other
// many times cannot multiply the work.
constexpr std::size_t kMaxModuleReads = 256;

std::string describeSyntaxError(const SourceFile &file, const BicepSyntaxError &error)
{
    return std::to_string(file.lineOf(error.offset)) + ":"
        + std::to_string(file.columnOf(error.offset)) + ": " + error.message;
}

// Reads module files for one translation and keeps them alive in the template.
class ModuleReader
{
public:
    explicit ModuleReader(BicepTemplate &result)
        : m_result(result)
    { }

    std::optional<JsonNode> translate(const SourceFile &file, const BicepProgram &program,
                                      std::vector<BicepTranslator::Notice> &notices, int depth)
    {
        BicepTranslator translator(
            program,
            [&](const BicepDeclaration &module, std::vector<BicepTranslator::Notice> &out) {
                return load(file, module, out, depth);
            });
        JsonNode root = translator.translate();
        for (BicepTranslator::Notice &notice : translator.notices())
            notices.push_back(std::move(notice));
        return root;
    }

private:
    std::optional<JsonNode> load(const SourceFile &caller, const BicepDeclaration &module,
                                 std::vector<BicepTranslator::Notice> &notices, int depth)
    {
        const auto notice = [&](std::string message) {
            // Notices of nested modules are reported at the outermost call.
            if (depth == 0)
                notices.push_back(BicepTranslator::Notice {
                    module.span.begin, "module '" + module.name + "': " + std::move(message) });
            return std::nullopt;
        };
        if (depth + 1 > kMaxModuleDepth)
            return notice("modules are nested more than " + std::to_string(kMaxModuleDepth)
                          + " levels deep; the deeper ones are not read");
        if (m_result.moduleSources.size() >= kMaxModuleReads)
            return notice("more than " + std::to_string(kMaxModuleReads)
                          + " module files are read for this file; the rest are not read");
        const fs::path path
            = (fs::path(caller.path()).parent_path() / module.path).lexically_normal();
        std::error_code error;
        if (!fs::is_regular_file(path, error))
            return notice("'" + module.path + "' was not found");
        Result<SourceFile> source = readSourceFile(path);
        if (!source)
            return notice(source.error());
        auto file = std::make_shared<const SourceFile>(std::move(source.value()));
        const std::int64_t index = static_cast<std::int64_t>(m_result.moduleSources.size());
        m_result.moduleSources.push_back(file);

        std::optional<JsonNode> root;
        if (toLowerAscii(path.extension().string()) == ".json") {
            JsonParseResult parsed = parseJson(file->text());
            const JsonNode *schema = parsed.ok ? parsed.root.member("$schema") : nullptr;
            if (!schema || !schema->isString() || !isDeploymentTemplateSchema(schema->string))
                return notice("'" + module.path + "' is not a valid deployment template");
            root = std::move(parsed.root);
        } else {
            BicepParseResult parsed = parseBicep(file->text());
            if (!parsed.ok)
                return notice("'" + module.path + "' has a syntax error at "
                              + describeSyntaxError(*file, parsed.error));
            std::vector<BicepTranslator::Notice> inner;
            root = translate(*file, parsed.program, inner, depth + 1);
        }
        JsonNode marker;
        marker.type = JsonType::Integer;
        marker.integer = index;
        marker.key = std::string(kModuleFileMember);
        root->children.push_back(std::move(marker));
        return root;
    }

    BicepTemplate &m_result;
};

// Finds the module templates by their marker, once the tree no longer moves.
void indexModuleFiles(const JsonNode &root, BicepTemplate &result)
{
    std::vector<const JsonNode *> pending { &root };
    while (!pending.empty()) {
        const JsonNode *node = pending.back();
        pending.pop_back();
        if (node->isObject()) {
            const JsonNode *marker = node->member(kModuleFileMember);
            if (marker && marker->type == JsonType::Integer && marker->integer >= 0
                && marker->integer < static_cast<std::int64_t>(result.moduleSources.size()))
                result.moduleFiles[node]
                    = result.moduleSources[static_cast<std::size_t>(marker->integer)].get();
        }
        for (const JsonNode &child : node->children)
            pending.push_back(&child);
    }
}

} // namespace

std::unique_ptr<BicepTemplate> translateBicepFile(const SourceFile &source)
{
    auto result = std::make_unique<BicepTemplate>();
    BicepParseResult parsed = parseBicep(source.text());
    if (!parsed.ok) {
        result->error = parsed.error;
        return result;
    }
    ModuleReader reader(*result);
    std::optional<JsonNode> root = reader.translate(source, parsed.program, result->notices, 0);
    result->root = std::move(*root);
    indexModuleFiles(result->root, *result);
    result->ok = true;
    return result;
}

} // namespace compliance
