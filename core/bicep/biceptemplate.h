// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/arm/templatescope.h"
#include "core/bicep/biceptranslator.h"
#include "core/json/jsonnode.h"
#include "core/source/sourcefile.h"

#include <memory>
#include <vector>

namespace compliance {

/// A Bicep file translated to the ARM template it compiles to, with the local modules it calls
/// read and translated inline.
///
/// Nodes keep the spans of the file they were read from; `moduleFiles` names the file of every
/// module's template. The tree contains pointers into itself, so the object is not copyable.
struct BicepTemplate
{
    BicepTemplate() = default;
    BicepTemplate(const BicepTemplate &) = delete;
    BicepTemplate &operator=(const BicepTemplate &) = delete;

    bool ok = false;
    BicepSyntaxError error; ///< When !ok: the first syntax error of the file.
    JsonNode root;
    NestedTemplateFiles moduleFiles;
    std::vector<std::shared_ptr<const SourceFile>> moduleSources;
    /// Modules that could not be read, with offsets in the translated file.
    std::vector<BicepTranslator::Notice> notices;
};

/// Parses and translates `source`, a .bicep file. Module paths are relative to the file that
/// names them. Modules are followed up to 8 levels deep and 256 module files in all.
std::unique_ptr<BicepTemplate> translateBicepFile(const SourceFile &source);

} // namespace compliance
