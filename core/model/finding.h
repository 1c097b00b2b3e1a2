// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/source/sourcefile.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace compliance {

enum class Outcome { Pass, Fail, NotApplicable, Unknown };

/// "Pass", "Fail", "NotApplicable" or "Unknown".
std::string_view outcomeName(Outcome outcome);
std::optional<Outcome> outcomeFromName(std::string_view name);

/// Replaces the bytes `span` of the file at `path` (UTF-8 text, as SourceFile::text) with
/// `replacement`. An insertion has an empty span.
struct TextEdit
{
    std::string path;
    Span span;
    std::string replacement;

    bool operator==(const TextEdit &) const = default;
};

/// The edits that make a failing resource pass, with a one-line description for the UI.
struct Fix
{
    std::string description;
    std::vector<TextEdit> edits;
    /// The other resources, copy-loop instances and parameter sets these edits change too,
    /// because they share the edited value, e.g. "registry 'acrb' in main.json". Empty when
    /// the edits change only this finding's resource.
    std::vector<std::string> sharedWith;

    /// The files the edits touch, in order of first appearance.
    std::vector<std::string> paths() const;
};

/// One copy-loop instance that a finding stands for.
struct FindingInstance
{
    std::int64_t copyIndex = 0;
    std::string name; ///< The evaluated resource name; empty when it could not be resolved.

    bool operator==(const FindingInstance &) const = default;
};

/// One place a finding's outcome was decided from: the resource declaration, a property where it
/// is written, or the source of its value (a parameter default, a parameter file value, a
/// variable). The steps of a finding read from the resource to the value's source.
struct ProvenanceStep
{
    enum class Kind {
        Resource,
        ModuleCall,
        Property,
        Literal,
        ParameterDefault,
        ParameterValue,
        ParameterDeclaration,
        Variable,
        Computed
    };

    Kind kind = Kind::Resource;
    std::string label; ///< E.g. "Parameter default registrySku = 'Basic'".
    std::string path; ///< Absolute path of the file that holds the step; empty when none does.
    std::string file; ///< The same file, relative to the scanned folder, '/'-separated.
    int line = 0; ///< 1-based line in `path`; 0 when the step has no place in a file.
    int column = 0; ///< 1-based byte column in `path`.

    bool operator==(const ProvenanceStep &) const = default;
};

/// One rule's result for one resource, evaluated with one parameter set.
struct Finding
{
    std::string ruleId;
    Outcome outcome = Outcome::Unknown;
    std::string severity;

    std::string path; ///< Absolute path of the file that declares the resource.
    std::string file; ///< The same file, relative to the scanned folder, '/'-separated.
    int line = 0; ///< 1-based line of the resource declaration.
    int column = 0; ///< 1-based byte column of the resource declaration.

    std::string resource; ///< The resource name as written, e.g. "[parameters('name')]".
    std::string resolvedName; ///< The evaluated name; empty when it could not be resolved.
    std::string reason; ///< Why the outcome, quoting values and paths.

    /// The parameter file the template was evaluated with, relative to the scanned folder;
    /// empty when the template's defaults were used.
    std::string parameterFile;

    std::optional<Fix> fix;
    /// Why no fix is offered for a Fail (for example, the value is computed by an expression).
    std::string fixUnavailableReason;

    /// The reason the folder's suppression file gives for accepting the finding; empty when it is
    /// not suppressed. A suppressed finding keeps its outcome but is counted apart.
    std::string suppressedReason;

    int instanceCount = 1; ///< The copy-loop instances this finding stands for.
    /// For a declaration with a `copy` loop: the instances this finding stands for (those with
    /// this outcome, reason and fix), in index order. Empty for a resource without a loop.
    /// Findings of one declaration share path, line, column, rule and parameter file.
    std::vector<FindingInstance> instances;

    /// The places the deciding values come from, resource first. Only the resource step when a
    /// false condition decided the outcome; empty for a registry module that cannot be read.
    std::vector<ProvenanceStep> provenance;

    bool isFixable() const { return fix.has_value() && !fix->edits.empty(); }
    bool isSuppressed() const { return !suppressedReason.empty(); }
};

/// An input problem reported for a file: unreadable, malformed JSON, an invalid expression.
struct FileError
{
    std::string file; ///< Relative to the scanned folder.
    int line = 0; ///< 1-based, 0 when the error concerns the whole file.
    int column = 0;
    std::string message;
};

/// The notice every content-trust finding carries.
inline constexpr std::string_view kContentTrustRetirementNotice
    = "Microsoft is retiring Docker Content Trust in Azure Container Registry: deprecation began "
      "on 31 March 2025 and removal is planned for 31 March 2028. Sign images with Notary Project "
      "signatures (notation) instead. The rule is still checked because deployed registries and "
      "policies still rely on it.";

} // namespace compliance
