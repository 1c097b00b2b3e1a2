// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/json/jsonnode.h"
#include "core/source/sourcefile.h"

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace compliance {

/// A parameter file, read and parsed, to evaluate a template with.
struct ParameterSet
{
    std::shared_ptr<const SourceFile> source;
    std::shared_ptr<const JsonNode> root;
    std::string relativeName; ///< Relative to the scanned folder, '/'-separated.
    /// True for a .bicepparam file: its values are expressions, evaluated with the variables
    /// in `root`. JSON parameter files hold literal values.
    bool evaluateValues = false;
};

/// The assignment of parameter files to the templates they belong to.
///
/// A parameter file's `metadata.template` (a path relative to the parameter file) decides
/// first. Otherwise, in the same folder, `x.parameters.json` and `x.parameters.<env>.json`
/// belong to `x.json`, or to `x.bicep` when there is no `x.json`. A .bicepparam file belongs to
/// the template its `using` line names. A parameter file that pairs with nothing is ignored.
class ParameterPairing
{
public:
    /// Reads every parameter file among `files` (absolute paths under `root`).
    static ParameterPairing build(const std::filesystem::path &root,
                                  const std::vector<std::filesystem::path> &files);

    /// The parameter files of the template at `templatePath`, sorted by name.
    std::vector<ParameterSet> forTemplate(const std::filesystem::path &templatePath) const;

private:
    std::map<std::string, std::vector<ParameterSet>> m_byTemplate; // keyed by normalised path
};

/// True when `schema` (a `$schema` value) names a deployment parameters file.
bool isParameterFileSchema(std::string_view schema);

} // namespace compliance
