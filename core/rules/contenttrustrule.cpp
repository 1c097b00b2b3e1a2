// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/rules/contenttrustrule.h"

#include "core/fix/fixplanner.h"
#include "core/json/jsonnode.h"
#include "core/rules/deploymentconditions.h"
#include "core/rules/provenance.h"

namespace compliance {

namespace {

using Path = std::vector<std::string_view>;

const Path kSkuName { "sku", "name" };
const Path kSkuTier { "sku", "tier" };
const Path kTrustPolicy { "properties", "policies", "trustPolicy" };
const Path kApiVersion { "apiVersion" };
const Path kTrustStatus { "properties", "policies", "trustPolicy", "status" };
const Path kTrustType { "properties", "policies", "trustPolicy", "type" };
const Path kEncryptionStatus { "properties", "encryption", "status" };
const Path kKeyIdentity { "properties", "encryption", "keyVaultProperties", "identity" };
const Path kKeyIdentifier { "properties", "encryption", "keyVaultProperties", "keyIdentifier" };
const std::vector<Path> kMisplacedTrustPolicies { { "properties", "trustPolicy" },
                                                  { "properties", "policy", "trustPolicy" },
                                                  { "trustPolicy" } };

// The first apiVersion of Microsoft.ContainerRegistry/registries with properties.policies.
constexpr std::string_view kFirstPoliciesApiVersion = "2019-05-01";

// True when the resource's apiVersion is older than the first one with properties.policies.
bool predatesPolicies(const DeployedResource &resource)
{
    const PropertyLookup apiVersion = resource.lookup({ "apiVersion" });
    return apiVersion.isPresent() && apiVersion.value.isString()
        && apiVersion.value.asString().substr(0, 10) < kFirstPoliciesApiVersion;
}

std::string quoted(const Value &value)
{
    if (value.isString())
        return "'" + value.asString() + "'";
    return value.toJsonText();
}

std::string sourceSuffix(const Value &value)
{
    const OriginKind kind = value.origin().kind;
    if (kind == OriginKind::Literal || kind == OriginKind::Computed)
        return {};
    return " (from " + describeValueSource(value.origin()) + ")";
}

bool isSetString(const PropertyLookup &lookup)
{
    return lookup.isPresent() && lookup.value.isString() && !lookup.value.asString().empty();
}

bool isStringEqual(const PropertyLookup &lookup, std::string_view expected)
{
    return lookup.isPresent() && lookup.value.isString()
        && equalsIgnoreCase(lookup.value.asString(), expected);
}

// Unknown, or known only through a placeholder such as resourceGroup(): neither may decide.
std::optional<std::string> undecidable(const PropertyLookup &lookup, const Path &path)
{
    if (lookup.isUnknown())
        return joinPath(path) + " cannot be resolved: " + lookup.value.unknownReason();
    if (lookup.isPresent() && lookup.value.dependsOnPlaceholder())
        return joinPath(path) + " depends on " + lookup.value.placeholderSource()
            + ", which is only known at deployment";
    return std::nullopt;
}

RuleResult result(Outcome outcome, std::string reason)
{
    return RuleResult { outcome, std::move(reason), std::nullopt, {}, {} };
}

struct TrustPolicyState
{
    bool enabled = false; // status 'enabled' and type absent or 'Notary'
    std::optional<std::string> failure;
    std::optional<std::string> unknown;
};

TrustPolicyState readTrustPolicy(const DeployedResource &resource)
{
    TrustPolicyState state;
    const PropertyLookup policy = resource.lookup(kTrustPolicy);
    if (auto reason = undecidable(policy, kTrustPolicy)) {
        state.unknown = *reason;
        return state;
    }
    if (policy.isMissing() || policy.value.isNull()) {
        state.failure = "properties.policies.trustPolicy is "
            + std::string(policy.isMissing() ? "missing" : "null");
        return state;
    }

    const PropertyLookup status = resource.lookup(kTrustStatus);
    const PropertyLookup type = resource.lookup(kTrustType);
    if (status.isMissing())
        state.failure = "trustPolicy.status is missing";
    else if (status.isPresent() && !status.value.dependsOnPlaceholder()
             && !isStringEqual(status, "enabled"))
        state.failure
            = "trustPolicy.status is " + quoted(status.value) + sourceSuffix(status.value);
    else if (type.isPresent() && !type.value.isNull() && !type.value.dependsOnPlaceholder()
             && !isStringEqual(type, "Notary"))
        state.failure = "trustPolicy.type is " + quoted(type.value) + sourceSuffix(type.value)
            + "; content trust needs 'Notary'";
    if (state.failure)
        return state;

    if (auto reason = undecidable(status, kTrustStatus))
        state.unknown = *reason;
    else if (auto typeReason = undecidable(type, kTrustType))
        state.unknown = *typeReason;
    else
        state.enabled = true;
    return state;
}

std::optional<RuleResult> notDeployed(const DeployedResource &resource)
{
    if (std::optional<std::string> reason = falseConditionReason(resource))
        return result(Outcome::NotApplicable, std::move(*reason));
    return std::nullopt;
}

std::string conditionalNote(const DeployedResource &resource)
{
    std::string note;
    for (const DeploymentCondition &condition : resource.conditions) {
        if (condition.value.isBoolean())
            continue;
        const std::string why
            = condition.value.isUnknown() ? condition.value.unknownReason() : "it is not a boolean";
        if (condition.owner.rfind("copy loop", 0) == 0)
            note += " The instance count " + condition.expression + " of " + condition.owner
                + " cannot be resolved (" + why + "), so the declaration was evaluated once.";
        else
            note += " Deployed only when the condition " + condition.expression + " of "
                + condition.owner + " holds; it cannot be resolved (" + why + ").";
    }
    return note;
}

} // namespace

bool ContentTrustRule::appliesTo(std::string_view type) const
{
    return equalsIgnoreCase(type, resourceType());
}

std::optional<RuleResult> ContentTrustRule::evaluate(const DeployedResource &resource) const
{
    if (resource.existing)
        return std::nullopt;
    if (auto skipped = notDeployed(resource)) {
        skipped->provenance = ProvenanceBuilder(resource).steps();
        return skipped;
    }

    RuleResult verdict = evaluateDeployed(resource);
    verdict.reason += conditionalNote(resource);
    return verdict;
}

RuleResult ContentTrustRule::evaluateDeployed(const DeployedResource &resource) const
{
    // The properties that decided the verdict, for its provenance steps.
    ProvenanceBuilder provenance(resource);
    const auto decided = [&](RuleResult verdict, std::initializer_list<const Path *> paths) {
        for (const Path *path : paths) {
            if (path)
                provenance.addProperty(*path);
        }
        verdict.provenance = provenance.steps();
        return verdict;
    };

    const TrustPolicyState trust = readTrustPolicy(resource);

    // Customer-managed key: any one of these settings makes one.
    const PropertyLookup encryptionStatus = resource.lookup(kEncryptionStatus);
    const PropertyLookup keyIdentity = resource.lookup(kKeyIdentity);
    const PropertyLookup keyIdentifier = resource.lookup(kKeyIdentifier);
    std::string keySetting;
    const Path *keyPath = nullptr;
    if (isStringEqual(encryptionStatus, "enabled")) {
        keySetting = "properties.encryption.status is 'enabled'";
        keyPath = &kEncryptionStatus;
    } else if (isSetString(keyIdentifier)) {
        keySetting = "properties.encryption.keyVaultProperties.keyIdentifier is set";
        keyPath = &kKeyIdentifier;
    } else if (isSetString(keyIdentity)) {
        keySetting = "properties.encryption.keyVaultProperties.identity is set";
        keyPath = &kKeyIdentity;
    }
    if (keyPath) {
        // A policy that the apiVersion cannot carry never reaches Azure, so it does not count.
        const PropertyLookup status = resource.lookup(kTrustStatus);
        if (isStringEqual(status, "enabled") && !predatesPolicies(resource))
            return decided(removeTrustPolicy(resource, keySetting), { keyPath, &kTrustStatus });
        return decided(result(Outcome::NotApplicable,
                              "The registry uses a customer-managed key (" + keySetting
                                  + "), and content trust is not supported with a "
                                    "customer-managed key."),
                       { keyPath });
    }
    for (const auto &[lookup, path] : { std::pair { &encryptionStatus, &kEncryptionStatus },
                                        std::pair { &keyIdentity, &kKeyIdentity },
                                        std::pair { &keyIdentifier, &kKeyIdentifier } }) {
        if (lookup->isUnknown())
            return decided(result(Outcome::Unknown,
                                  "Whether the registry uses a customer-managed key is unknown: "
                                      + *undecidable(*lookup, *path) + "."),
                           { path });
    }

    const PropertyLookup sku = resource.lookup(kSkuName);
    if (auto reason = undecidable(sku, kSkuName))
        return decided(result(Outcome::Unknown, *reason + "."), { &kSkuName });

    std::string failure;
    const Path *failedPath = &kSkuName;
    if (sku.isMissing() && sku.existingDepth == 1 && !sku.container.isObject())
        failure = "sku is " + sku.container.toJsonText()
            + ", not an object with a name; content trust needs the Premium SKU.";
    else if (sku.isMissing())
        failure = (sku.existingDepth == 0 ? "sku is missing" : "sku.name is missing")
            + std::string("; content trust needs the Premium SKU.");
    else if (!sku.value.isString())
        failure = "sku.name is " + sku.value.toJsonText()
            + ", not a string; content trust needs the Premium SKU.";
    else if (!equalsIgnoreCase(sku.value.asString(), "Premium"))
        failure = "sku.name is " + quoted(sku.value) + sourceSuffix(sku.value)
            + "; content trust needs the Premium SKU.";

    if (failure.empty()) {
        for (const Path &path : kMisplacedTrustPolicies) {
            if (!resource.lookup(path).isMissing()) {
                failure = "trustPolicy is at " + joinPath(path)
                    + ", where ARM ignores it; it belongs at properties.policies.trustPolicy.";
                failedPath = &path;
                break;
            }
        }
    }
    if (failure.empty()) {
        const PropertyLookup apiVersion = resource.lookup({ "apiVersion" });
        if (predatesPolicies(resource)) {
            failure = "apiVersion " + apiVersion.value.asString()
                + " predates 2019-05-01, the first version with properties.policies, so the "
                  "trust policy does not reach the registry.";
            failedPath = &kApiVersion;
        }
    }
    if (failure.empty() && trust.failure) {
        failure = *trust.failure + ".";
        if (trust.failure->rfind("trustPolicy.type", 0) == 0)
            failedPath = &kTrustType;
        else if (trust.failure->rfind("trustPolicy.status", 0) == 0)
            failedPath = &kTrustStatus;
        else
            failedPath = &kTrustPolicy;
    }

    if (!failure.empty()) {
        RuleResult verdict = result(Outcome::Fail, failure);
        planFix(resource, verdict);
        return decided(std::move(verdict), { &kSkuName, failedPath });
    }
    const Path *typePath = resource.lookup(kTrustType).isMissing() ? nullptr : &kTrustType;
    if (trust.unknown)
        return decided(result(Outcome::Unknown, *trust.unknown + "."),
                       { &kSkuName, &kTrustStatus, typePath });
    return decided(result(Outcome::Pass,
                          "Premium registry with the Notary trust policy enabled "
                          "(properties.policies.trustPolicy.status is 'enabled')."),
                   { &kSkuName, &kTrustStatus, typePath });
}

RuleResult ContentTrustRule::removeTrustPolicy(const DeployedResource &resource,
                                               const std::string &keySetting) const
{
    RuleResult verdict = result(Outcome::Fail,
                                "The registry uses a customer-managed key (" + keySetting
                                    + ") and also enables the trust policy; Azure rejects "
                                      "content trust on a registry with a customer-managed key.");
    FixPlanner planner(resource);
    // Through a module call whose status comes from a module parameter's default, the call
    // passes 'disabled' instead: removing the policy from the module would change its other
    // deployments.
    const PropertyLookup status = resource.lookup(kTrustStatus);
    const Origin &statusOrigin = status.value.origin();
    if (resource.callerFile && statusOrigin.kind == OriginKind::ParameterDefault
        && statusOrigin.file == resource.file) {
        planner.setString(kTrustStatus, "disabled");
        verdict.fix = planner.build("Pass 'disabled' for parameter '" + statusOrigin.name
                                    + "' in the module call; the customer-managed key stays.");
        if (!verdict.fix)
            verdict.fixUnavailableReason = planner.unavailableReason();
        return verdict;
    }
    planner.remove(kTrustPolicy);
    verdict.fix = planner.build("Remove properties.policies.trustPolicy; the customer-managed "
                                "key stays.");
    if (!verdict.fix)
        verdict.fixUnavailableReason = planner.unavailableReason();
    return verdict;
}

void ContentTrustRule::planFix(const DeployedResource &resource, RuleResult &verdict) const
{
    std::vector<std::string> steps;
    FixPlanner planner(resource);
    // Values that already pass stay as they are, even when a value to change shares a source.
    for (const auto &[path, expected] :
         { std::pair { &kSkuName, "Premium" }, std::pair { &kTrustStatus, "enabled" },
           std::pair { &kTrustType, "Notary" } }) {
        if (isStringEqual(resource.lookup(*path), expected))
            planner.keep(*path);
    }

    const PropertyLookup sku = resource.lookup(kSkuName);
    if (!isStringEqual(sku, "Premium")) {
        planner.setString(kSkuName, "Premium");
        steps.push_back(
            "set sku.name to 'Premium'"
            + (sku.isPresent() ? " in " + describeValueSource(sku.value.origin()) : std::string()));
        const PropertyLookup tier = resource.lookup(kSkuTier);
        if (tier.isPresent() && tier.value.isString() && !isStringEqual(tier, "Premium"))
            planner.setString(kSkuTier, "Premium");
    }

    if (predatesPolicies(resource)) {
        planner.setString({ "apiVersion" }, kFirstPoliciesApiVersion);
        steps.push_back("raise apiVersion to " + std::string(kFirstPoliciesApiVersion));
    }

    // The SKU and apiVersion edits alone, for when the trust policy is computed from them.
    FixPlanner skuOnly = planner;

    bool misplaced = false;
    for (const Path &path : kMisplacedTrustPolicies) {
        if (!resource.lookup(path).isPresent())
            continue;
        // properties.policy is not a registry property. When the misplaced policy is its only
        // member, it is removed too, so no empty object stays at the wrong path.
        const Path parent(path.begin(), path.end() - 1);
        const PropertyLookup parentLookup = resource.lookup(parent);
        const bool removeParent = path.size() == 3 && parentLookup.isPresent()
            && parentLookup.value.isObject() && parentLookup.value.members().size() == 1;
        planner.remove(removeParent ? parent : path);
        misplaced = true;
        steps.push_back("move trustPolicy from " + joinPath(path)
                        + " to properties.policies.trustPolicy with type 'Notary' and status "
                          "'enabled'");
    }

    const PropertyLookup policy = resource.lookup(kTrustPolicy);
    const PropertyLookup status = resource.lookup(kTrustStatus);
    const PropertyLookup type = resource.lookup(kTrustType);
    if (policy.isMissing() || misplaced) {
        planner.setString(kTrustType, "Notary");
        planner.setString(kTrustStatus, "enabled");
        if (!misplaced)
            steps.push_back("add properties.policies.trustPolicy with type 'Notary' and status "
                            "'enabled'");
    } else {
        if (!isStringEqual(status, "enabled")) {
            planner.setString(kTrustStatus, "enabled");
            steps.push_back("set trustPolicy.status to 'enabled'"
                            + (status.isPresent()
                                   ? " in " + describeValueSource(status.value.origin())
                                   : std::string()));
        }
        if (type.isPresent() && !type.value.isNull() && !isStringEqual(type, "Notary")) {
            planner.setString(kTrustType, "Notary");
            steps.push_back("set trustPolicy.type to 'Notary'");
        }
    }

    std::string description;
    for (const std::string &step : steps)
        description += (description.empty() ? "" : "; ") + step;
    if (!description.empty())
        description[0]
            = static_cast<char>(std::toupper(static_cast<unsigned char>(description[0])));

    verdict.fix = planner.build(description + ".");
    if (verdict.fix)
        return;
    verdict.fixUnavailableReason = planner.unavailableReason();

    // The trust policy may be computed from the SKU (for example null below Premium): fix the
    // SKU now and let the next check show what remains.
    if (!isStringEqual(sku, "Premium")) {
        verdict.fix = skuOnly.build("Set sku.name to 'Premium'; check again afterwards, because "
                                    "the trust policy cannot be set yet: "
                                    + verdict.fixUnavailableReason + ".");
        if (verdict.fix)
            verdict.fixUnavailableReason.clear();
    }
}

} // namespace compliance
