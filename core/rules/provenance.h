// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/deployedresource.h"
#include "core/model/finding.h"

#include <string_view>
#include <vector>

namespace compliance {

/// Collects a finding's provenance steps: the resource once, then for each property that
/// decided the outcome the place it is written and the source of its value, following the
/// value's Origin (parameter default, parameter file or nested deployment value, variable).
///
/// Locations are those of the files the user edits: a Bicep file's translated nodes carry
/// spans into the Bicep text, so the steps point there.
class ProvenanceBuilder
{
public:
    explicit ProvenanceBuilder(const DeployedResource &resource);

    /// Adds the property at `path` (member names from the resource object) and its value's
    /// source. A property added before is skipped.
    void addProperty(const std::vector<std::string_view> &path);

    /// The steps in order: resource first.
    std::vector<ProvenanceStep> steps() const { return m_steps; }

private:
    void addStep(ProvenanceStep::Kind kind, std::string label, const SourceFile *file,
                 std::size_t offset);
    void addValueSource(const Value &value, const ProvenanceStep &propertyStep);

    const DeployedResource &m_resource;
    std::vector<ProvenanceStep> m_steps;
    std::vector<std::string> m_addedPaths;
};

} // namespace compliance
