// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/fix/fixplanner.h"

#include "core/fix/bicepedit.h"
#include "core/fix/textedits.h"
#include "core/json/jsonnode.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace compliance {

namespace {

bool isJsonObjectNode(const Value &value)
{
    return value.origin().isEditable() && value.origin().node->isObject();
}

// The writers for the file's language: nodes of a translated Bicep file get Bicep text.
TextEdit replaceWithString(const SourceFile &file, const JsonNode &node, std::string_view value)
{
    return isBicepSource(file) ? replaceBicepValueWithString(file, node, value)
                               : replaceJsonValueWithString(file, node, value);
}

std::vector<TextEdit> appendArrayString(const SourceFile &file, const JsonNode &array,
                                        std::string_view item)
{
    return isBicepSource(file) ? appendBicepArrayString(file, array, item)
                               : appendJsonArrayString(file, array, item);
}

TextEdit renameMember(const SourceFile &file, const JsonNode &member, std::string_view key)
{
    const std::string name
        = isBicepSource(file) ? bicepPropertyName(key) : "\"" + std::string(key) + "\"";
    return TextEdit { file.path(), member.keySpan, name };
}

TextEdit replaceValue(const SourceFile &file, const JsonNode &node, const JsonInsertValue &value)
{
    return isBicepSource(file) ? replaceBicepValue(file, node, value)
                               : replaceJsonValue(file, node, value);
}

std::vector<TextEdit> removeMember(const SourceFile &file, const JsonNode &object,
                                   const JsonNode &member)
{
    return isBicepSource(file) ? removeBicepMember(file, object, member)
                               : removeJsonMember(file, object, member);
}

std::vector<TextEdit> insertMember(const SourceFile &file, const JsonNode &object,
                                   std::string_view key, const JsonInsertValue &value)
{
    return isBicepSource(file) ? insertBicepMember(file, object, key, value)
                               : insertJsonMember(file, object, key, value);
}

} // namespace

std::string describeValueSource(const Origin &origin)
{
    switch (origin.kind) {
    case OriginKind::ParameterDefault:
        return "the default of parameter '" + origin.name + "'";
    case OriginKind::ParameterValue:
        return "the value passed to parameter '" + origin.name + "'";
    case OriginKind::Variable:
        return "variable '" + origin.name + "'";
    case OriginKind::Literal:
    case OriginKind::Computed:
        break;
    }
    return "the value written in place";
}

namespace {

// Builds {"a": {"b": value}} for the keys path[from + 1 ..], to insert under path[from].
JsonInsertValue nestedValue(const std::vector<std::string_view> &path, std::size_t from,
                            std::string_view value)
{
    JsonInsertValue result = JsonInsertValue::text(std::string(value));
    for (std::size_t i = path.size() - 1; i > from; --i)
        result = JsonInsertValue::object({ { std::string(path[i]), std::move(result) } });
    return result;
}

// Adds `addition` (an object) into `target` (an object), member by member.
void mergeInto(JsonInsertValue &target, const JsonInsertValue &addition)
{
    for (const auto &[key, value] : addition.members) {
        const std::string_view name = key; // A structured binding cannot be captured by clang 14.
        auto existing
            = std::find_if(target.members.begin(), target.members.end(),
                           [name](const auto &m) { return equalsIgnoreCase(m.first, name); });
        if (existing != target.members.end() && existing->second.isObject && value.isObject)
            mergeInto(existing->second, value);
        else if (existing != target.members.end())
            existing->second = value;
        else
            target.members.emplace_back(key, value);
    }
}

} // namespace

std::string joinPath(const std::vector<std::string_view> &path)
{
    std::string text;
    for (std::string_view key : path) {
        if (!text.empty())
            text += '.';
        text += key;
    }
    return text;
}

FixPlanner::FixPlanner(const DeployedResource &resource)
    : m_resource(resource)
{ }

void FixPlanner::fail(std::string reason)
{
    if (m_unavailableReason.empty())
        m_unavailableReason = std::move(reason);
}

// A value that comes from the default of a parameter of a called module is passed in the call
// instead, so the module stays as it is.
bool FixPlanner::passToModule(const Origin &origin, std::string_view value)
{
    const JsonNode *parameters = m_resource.callParameters;
    if (origin.kind != OriginKind::ParameterDefault || !m_resource.callerFile
        || origin.file != m_resource.file || !parameters || !parameters->isObject()
        || parameters->span.size() < 2)
        return false;
    m_inserts.push_back(PendingInsert { m_resource.callerFile, parameters, origin.name,
                                        JsonInsertValue::text(std::string(value)) });
    addToAllowedValues(origin, value);
    return true;
}

void FixPlanner::note(std::string text)
{
    if (std::find(m_notes.begin(), m_notes.end(), text) == m_notes.end())
        m_notes.push_back(std::move(text));
}

// A module that another file calls is also deployed on its own and by other callers, so an edit
// inside it changes those deployments too.
void FixPlanner::noteCalledModule(const SourceFile *file)
{
    if (!m_resource.callerFile || file != m_resource.file)
        return;
    note("every deployment of the module " + std::filesystem::path(file->path()).filename().string()
         + ", by this call, by other calls and on its own");
}

namespace {

bool isIdentifierCharacter(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

// Counts the places that read parameter or variable `name` in `file`: `parameters('name')` and
// `variables('name')` in ARM JSON, the bare identifier in Bicep (minus its declaration).
// NOTE: a textual count, so a Bicep identifier inside a comment or interpolated text counts too.
int countReferences(const SourceFile &file, bool isParameter, const std::string &name)
{
    const std::string_view text = file.text();
    const auto equalIgnoringCase = [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a))
            == std::tolower(static_cast<unsigned char>(b));
    };
    int count = 0;
    if (isBicepSource(file)) {
        for (std::size_t at = text.find(name); at != std::string_view::npos;
             at = text.find(name, at + 1)) {
            const bool startsWord = at == 0 || !isIdentifierCharacter(text[at - 1]);
            const std::size_t end = at + name.size();
            const bool endsWord = end >= text.size() || !isIdentifierCharacter(text[end]);
            // A member access (`x.sku`) or a quoted word in a description is no reference.
            const bool isMember = at > 0 && (text[at - 1] == '.' || text[at - 1] == '\'');
            // An object key (`sku: {`) starts its line and is followed by a colon.
            std::size_t before = at;
            while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '\t'))
                --before;
            std::size_t after = end;
            while (after < text.size() && (text[after] == ' ' || text[after] == '\t'))
                ++after;
            const bool isKey = (before == 0 || text[before - 1] == '\n' || text[before - 1] == '{')
                && after < text.size() && text[after] == ':';
            if (startsWord && endsWord && !isMember && !isKey)
                ++count;
        }
        return std::max(count - 1, 0);
    }
    const std::string needle = "'" + name + "'";
    const std::string_view function = isParameter ? "parameters" : "variables";
    auto it = text.begin();
    while ((it = std::search(it, text.end(), needle.begin(), needle.end(), equalIgnoringCase))
           != text.end()) {
        std::size_t at = static_cast<std::size_t>(it - text.begin());
        ++it;
        while (at > 0 && std::isspace(static_cast<unsigned char>(text[at - 1])))
            --at;
        if (at == 0 || text[at - 1] != '(')
            continue;
        --at;
        while (at > 0 && std::isspace(static_cast<unsigned char>(text[at - 1])))
            --at;
        if (at >= function.size()
            && std::equal(function.begin(), function.end(), text.begin() + (at - function.size()),
                          equalIgnoringCase))
            ++count;
    }
    return count;
}

} // namespace

// A parameter or variable read in several places changes all of them with its source.
void FixPlanner::noteSharedReferences(const Origin &origin)
{
    const bool isParameter
        = origin.kind == OriginKind::ParameterDefault || origin.kind == OriginKind::ParameterValue;
    if (!isParameter && origin.kind != OriginKind::Variable)
        return;
    const SourceFile *declarationFile
        = origin.declarationFile ? origin.declarationFile : origin.file;
    if (!declarationFile || origin.name.empty())
        return;
    const int references = countReferences(*declarationFile, isParameter, origin.name);
    if (references > 1)
        note(std::string(isParameter ? "parameter '" : "variable '") + origin.name + "', which "
             + std::filesystem::path(declarationFile->path()).filename().string() + " reads in "
             + std::to_string(references) + " places: every one of them gets the new value");
}

// Writes `value` in place of the property's own expression, for when its source must keep its
// value for another property.
bool FixPlanner::replaceAtUseSite(const PropertyLookup &lookup,
                                  const std::vector<std::string_view> &path, std::string_view value)
{
    const Origin &container = lookup.container.origin();
    if (!container.isEditable() || !container.node->isObject()
        || container.kind == OriginKind::Computed)
        return false;
    const JsonNode *member = container.node->member(path.back());
    if (!member)
        return false;
    m_edits.push_back(replaceWithString(*container.file, *member, value));
    return true;
}

void FixPlanner::keep(const std::vector<std::string_view> &path)
{
    const PropertyLookup lookup = m_resource.lookup(path);
    if (lookup.isPresent() && lookup.value.isString() && lookup.value.origin().node)
        m_sourceTargets.emplace(lookup.value.origin().node, lookup.value.asString());
}

void FixPlanner::setString(const std::vector<std::string_view> &path, std::string_view value)
{
    const PropertyLookup lookup = m_resource.lookup(path);
    const std::string pathText = joinPath(path);

    if (lookup.isUnknown()) {
        fail(pathText + " cannot be resolved: " + lookup.value.unknownReason());
        return;
    }
    if (lookup.isPresent()) {
        // When two properties that need different values read one source (say a variable used
        // for the SKU and the policy type), the source keeps its first edit. This property then
        // gets a literal of its own.
        const Origin &origin = lookup.value.origin();
        const auto target = origin.node ? m_sourceTargets.find(origin.node) : m_sourceTargets.end();
        if (target != m_sourceTargets.end() && target->second != value
            && replaceAtUseSite(lookup, path, value))
            return;
        replaceString(lookup.value, pathText, value);
        if (origin.node)
            m_sourceTargets.emplace(origin.node, std::string(value));
        return;
    }
    queueInsert(lookup.container, path, lookup.existingDepth, value);
}

void FixPlanner::replaceString(const Value &current, std::string_view pathText,
                               std::string_view value)
{
    const Origin &origin = current.origin();
    if (!origin.isEditable() || origin.kind == OriginKind::Computed) {
        std::string expression = origin.expression.empty() ? std::string("an expression")
                                                           : "expression " + origin.expression;
        fail(std::string(pathText) + " is computed by " + expression
             + "; change that expression by hand");
        return;
    }
    if (passToModule(origin, value))
        return;
    noteCalledModule(origin.file);
    noteSharedReferences(origin);
    m_edits.push_back(replaceWithString(*origin.file, *origin.node, value));
    if (origin.kind == OriginKind::ParameterDefault || origin.kind == OriginKind::ParameterValue)
        addToAllowedValues(origin, value);
}

void FixPlanner::addToAllowedValues(const Origin &origin, std::string_view value)
{
    const SourceFile *declarationFile
        = origin.declarationFile ? origin.declarationFile : origin.file;
    if (!origin.declaration || !declarationFile)
        return;
    const JsonNode *allowed = origin.declaration->member("allowedValues");
    if (!allowed || !allowed->isArray())
        return;
    for (const JsonNode &item : allowed->children) {
        if (item.isString() && equalsIgnoreCase(item.string, value))
            return;
    }
    for (TextEdit &edit : appendArrayString(*declarationFile, *allowed, value))
        m_edits.push_back(std::move(edit));
}

void FixPlanner::queueInsert(const Value &container, const std::vector<std::string_view> &path,
                             std::size_t existingDepth, std::string_view value)
{
    const std::string containerPath = existingDepth == 0
        ? std::string("the resource")
        : joinPath({ path.begin(), path.begin() + static_cast<std::ptrdiff_t>(existingDepth) });

    // A value written in place where an object belongs ("sku": "Premium") becomes the object.
    const Origin &origin = container.origin();
    if (existingDepth > 0 && !container.isObject() && origin.isEditable()
        && origin.kind == OriginKind::Literal && !origin.node->isObject()
        && !origin.node->isArray()) {
        noteCalledModule(origin.file);
        JsonInsertValue object = JsonInsertValue::object(
            { { std::string(path[existingDepth]), nestedValue(path, existingDepth, value) } });
        m_edits.push_back(replaceValue(*origin.file, *origin.node, object));
        return;
    }

    if (!isJsonObjectNode(container) || container.origin().kind == OriginKind::Computed) {
        const std::string &expression = container.origin().expression;
        fail("cannot add " + joinPath(path) + ": " + containerPath
             + (expression.empty() ? std::string(" is not an object written in the template")
                                   : " is computed by expression " + expression
                        + "; change that expression by hand"));
        return;
    }

    noteCalledModule(container.origin().file);
    const std::string key(path[existingDepth]);
    JsonInsertValue inserted = nestedValue(path, existingDepth, value);
    for (PendingInsert &pending : m_inserts) {
        if (pending.container == container.origin().node && equalsIgnoreCase(pending.key, key)) {
            if (pending.value.isObject && inserted.isObject)
                mergeInto(pending.value, inserted);
            else
                pending.value = inserted;
            return;
        }
    }
    m_inserts.push_back(PendingInsert { container.origin().file, container.origin().node, key,
                                        std::move(inserted) });
}

void FixPlanner::remove(const std::vector<std::string_view> &path)
{
    const PropertyLookup lookup = m_resource.lookup(path);
    const std::string pathText = joinPath(path);
    if (!lookup.isPresent())
        return;
    const Origin &member = lookup.value.origin();
    if (!member.isEditable() || !isJsonObjectNode(lookup.container)) {
        fail("cannot remove " + pathText + ": it is computed by an expression");
        return;
    }
    // Removing a setting from a called module can break the module's other deployments, which
    // may need it (a registry without a customer-managed key wants its trust policy).
    if (m_resource.callerFile && member.file == m_resource.file) {
        fail("cannot remove " + pathText + ": it is set in the module "
             + std::filesystem::path(member.file->path()).filename().string()
             + ", which other deployments share; change the call's parameters or the module by "
               "hand");
        return;
    }
    // Find the member node (with its key) among the container's children.
    const JsonNode *containerNode = lookup.container.origin().node;
    for (const JsonNode &child : containerNode->children) {
        if (&child == member.node) {
            m_removals.push_back(PendingRemoval { member.file, containerNode, &child });
            return;
        }
    }
    fail("cannot remove " + pathText + ": it is not a member written in the template");
}

std::optional<Fix> FixPlanner::build(std::string description)
{
    if (!m_unavailableReason.empty())
        return std::nullopt;

    std::vector<TextEdit> edits = m_edits;
    std::vector<bool> insertDone(m_inserts.size(), false);

    for (const PendingRemoval &removal : m_removals) {
        // When a member is removed from an object that also receives a new member, the new
        // member replaces the removed one, because two edits at the object's end would overlap.
        bool replaced = false;
        for (std::size_t i = 0; i < m_inserts.size() && !replaced; ++i) {
            if (insertDone[i] || m_inserts[i].container != removal.container)
                continue;
            const JsonNode &member = *removal.member;
            edits.push_back(renameMember(*removal.file, member, m_inserts[i].key));
            edits.push_back(replaceValue(*removal.file, member, m_inserts[i].value));
            insertDone[i] = true;
            replaced = true;
        }
        if (!replaced) {
            for (TextEdit &edit : removeMember(*removal.file, *removal.container, *removal.member))
                edits.push_back(std::move(edit));
        }
    }
    for (std::size_t i = 0; i < m_inserts.size(); ++i) {
        if (insertDone[i])
            continue;
        const PendingInsert &insert = m_inserts[i];
        for (TextEdit &edit :
             insertMember(*insert.file, *insert.container, insert.key, insert.value))
            edits.push_back(std::move(edit));
    }

    Result<std::vector<TextEdit>> merged = mergeTextEdits(std::move(edits));
    if (!merged) {
        m_unavailableReason = "the fix's edits conflict: " + merged.error();
        return std::nullopt;
    }
    return Fix { std::move(description), std::move(merged.value()), m_notes };
}

} // namespace compliance
