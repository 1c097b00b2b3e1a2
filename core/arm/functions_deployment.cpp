// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Deployment functions: parameters, variables and copyIndex, the placeholders resourceGroup(),
// subscription(), deployment(), environment(), tenant(), managementGroup(), utcNow() and
// newGuid(), the resource id builders, and the functions that read deployed resources. Those last
// ones give Unknown.

#include "core/arm/functionregistry.h"

namespace compliance {

namespace {

constexpr std::string_view kPlaceholderSubscriptionId = "00000000-0000-0000-0000-000000000000";
constexpr std::string_view kPlaceholderResourceGroup = "resourceGroupName";

// Marks a value and everything inside it, so a member read later still names its source.
Value markPlaceholder(const Value &value, const std::string &source)
{
    Value marked = value;
    if (value.isArray()) {
        Value::Array items;
        for (const Value &item : value.items())
            items.push_back(markPlaceholder(item, source));
        marked = Value::array(std::move(items), value.origin());
    } else if (value.isObject()) {
        Value::Object members;
        for (const auto &[name, member] : value.members())
            members.emplace_back(name, markPlaceholder(member, source));
        marked = Value::object(std::move(members), value.origin());
    }
    marked.setPlaceholderSource(source);
    return marked;
}

Value text(std::string_view value)
{
    return Value::string(std::string(value));
}

Value placeholderObject(Value::Object members, const std::string &source)
{
    return markPlaceholder(Value::object(std::move(members)), source);
}

std::string subscriptionPath(std::string_view subscriptionId)
{
    return "/subscriptions/" + std::string(subscriptionId);
}

Value parameters(FunctionCall &call, const std::vector<Value> &arguments)
{
    if (!arguments[0].isString())
        return call.wrongType(0, "a parameter name", arguments[0]);
    return call.scope().parameter(arguments[0].asString());
}

Value variables(FunctionCall &call, const std::vector<Value> &arguments)
{
    if (!arguments[0].isString())
        return call.wrongType(0, "a variable name", arguments[0]);
    return call.scope().variable(arguments[0].asString());
}

// copyIndex(), copyIndex(offset), copyIndex(loopName) or copyIndex(loopName, offset).
Value copyIndex(FunctionCall &call, const std::vector<Value> &arguments)
{
    std::string loopName;
    std::int64_t offset = 0;
    std::size_t next = 0;
    if (next < arguments.size() && arguments[next].isString())
        loopName = arguments[next++].asString();
    if (next < arguments.size()) {
        if (!arguments[next].isInteger())
            return call.wrongType(next, "an integer offset", arguments[next]);
        offset = arguments[next++].asInteger();
    }
    if (next < arguments.size())
        return call.wrongType(next, "no further argument", arguments[next]);
    const std::optional<std::int64_t> index = call.scope().copyIndex(loopName);
    if (!index)
        return call.error(loopName.empty() ? "used outside a copy loop"
                                           : "no copy loop named '" + loopName + "' encloses it");
    return Value::integer(*index + offset);
}

Value resourceGroup(FunctionCall &, const std::vector<Value> &)
{
    return placeholderObject(
        { { "id",
            text(subscriptionPath(kPlaceholderSubscriptionId) + "/resourceGroups/"
                 + std::string(kPlaceholderResourceGroup)) },
          { "name", text(kPlaceholderResourceGroup) },
          { "type", text("Microsoft.Resources/resourceGroups") },
          { "location", text("resourceGroupLocation") },
          { "tags", Value::object({}) },
          { "properties", Value::object({ { "provisioningState", text("Succeeded") } }) } },
        "resourceGroup()");
}

Value subscription(FunctionCall &, const std::vector<Value> &)
{
    return placeholderObject({ { "id", text(subscriptionPath(kPlaceholderSubscriptionId)) },
                               { "subscriptionId", text(kPlaceholderSubscriptionId) },
                               { "tenantId", text(kPlaceholderSubscriptionId) },
                               { "displayName", text("subscriptionDisplayName") } },
                             "subscription()");
}

Value deployment(FunctionCall &, const std::vector<Value> &)
{
    return placeholderObject({ { "name", text("deploymentName") },
                               { "properties",
                                 Value::object({ { "mode", text("Incremental") },
                                                 { "provisioningState", text("Accepted") } }) } },
                             "deployment()");
}

// Public Azure cloud endpoints, as environment() returns them there.
Value environment(FunctionCall &, const std::vector<Value> &)
{
    return placeholderObject(
        { { "name", text("AzureCloud") },
          { "gallery", text("https://gallery.azure.com/") },
          { "graph", text("https://graph.windows.net/") },
          { "portal", text("https://portal.azure.com") },
          { "resourceManager", text("https://management.azure.com/") },
          { "authentication",
            Value::object({ { "loginEndpoint", text("https://login.microsoftonline.com/") },
                            { "audiences",
                              Value::array({ text("https://management.core.windows.net/"),
                                             text("https://management.azure.com/") }) },
                            { "tenant", text("common") },
                            { "identityProvider", text("AAD") } }) },
          { "suffixes",
            Value::object({ { "acrLoginServer", text(".azurecr.io") },
                            { "keyvaultDns", text(".vault.azure.net") },
                            { "sqlServerHostname", text(".database.windows.net") },
                            { "storage", text("core.windows.net") } }) } },
        "environment()");
}

Value tenant(FunctionCall &, const std::vector<Value> &)
{
    return placeholderObject({ { "tenantId", text(kPlaceholderSubscriptionId) },
                               { "countryCode", text("US") },
                               { "displayName", text("tenantDisplayName") } },
                             "tenant()");
}

Value managementGroup(FunctionCall &, const std::vector<Value> &)
{
    return placeholderObject(
        { { "id", text("/providers/Microsoft.Management/managementGroups/managementGroupName") },
          { "name", text("managementGroupName") },
          { "type", text("/providers/Microsoft.Management/managementGroups") },
          { "properties",
            Value::object({ { "displayName", text("managementGroupDisplayName") } }) } },
        "managementGroup()");
}

Value utcNow(FunctionCall &call, const std::vector<Value> &arguments)
{
    if (!arguments.empty() && !arguments[0].isString())
        return call.wrongType(0, "a format string", arguments[0]);
    // Every format gets this placeholder in the default format, yyyyMMddTHHmmssZ.
    return markPlaceholder(text("20260101T000000Z"), "utcNow()");
}

Value newGuid(FunctionCall &, const std::vector<Value> &)
{
    return markPlaceholder(text("00000000-0000-0000-0000-000000000000"), "newGuid()");
}

// Appends "/providers/Type/name1/childType/name2..." to `prefix`.
Value buildResourceId(FunctionCall &call, const std::vector<Value> &arguments,
                      std::size_t typeIndex, std::string prefix)
{
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        if (!arguments[i].isString())
            return call.wrongType(i, "a string", arguments[i]);
    }
    const std::string &type = arguments[typeIndex].asString();
    std::vector<std::string> segments;
    std::size_t start = 0;
    while (true) {
        const std::size_t slash = type.find('/', start);
        segments.push_back(type.substr(start, slash - start));
        if (slash == std::string::npos)
            break;
        start = slash + 1;
    }
    const std::size_t nameCount = arguments.size() - typeIndex - 1;
    if (segments.size() < 2 || nameCount != segments.size() - 1)
        return call.error("resource type '" + type + "' needs "
                          + std::to_string(segments.size() - 1) + " resource names, got "
                          + std::to_string(nameCount));
    std::string id = prefix + "/providers/" + segments[0] + "/" + segments[1] + "/"
        + arguments[typeIndex + 1].asString();
    for (std::size_t i = 2; i < segments.size(); ++i)
        id += "/" + segments[i] + "/" + arguments[typeIndex + i].asString();
    return text(id);
}

// The resource type is the first argument that contains a '/'. The arguments before it are the
// subscription id and resource group name.
std::size_t findTypeIndex(const std::vector<Value> &arguments)
{
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        if (arguments[i].isString() && arguments[i].asString().find('/') != std::string::npos)
            return i;
    }
    return arguments.size();
}

Value resourceId(FunctionCall &call, const std::vector<Value> &arguments)
{
    const std::size_t typeIndex = findTypeIndex(arguments);
    if (typeIndex > 2 || typeIndex >= arguments.size())
        return call.error("expected a resource type such as 'Microsoft.Storage/storageAccounts' "
                          "within the first three arguments");
    for (std::size_t i = 0; i < typeIndex; ++i) {
        if (!arguments[i].isString())
            return call.wrongType(i, "a string", arguments[i]);
    }
    const bool hasSubscription = typeIndex == 2;
    const bool hasGroup = typeIndex >= 1;
    const std::string subscriptionId
        = hasSubscription ? arguments[0].asString() : std::string(kPlaceholderSubscriptionId);
    const std::string group
        = hasGroup ? arguments[typeIndex - 1].asString() : std::string(kPlaceholderResourceGroup);
    Value id = buildResourceId(call, arguments, typeIndex,
                               subscriptionPath(subscriptionId) + "/resourceGroups/" + group);
    if (id.isString() && !hasGroup)
        id.setPlaceholderSource("resourceGroup()");
    else if (id.isString() && !hasSubscription)
        id.setPlaceholderSource("subscription()");
    return id;
}

Value subscriptionResourceId(FunctionCall &call, const std::vector<Value> &arguments)
{
    const std::size_t typeIndex = findTypeIndex(arguments);
    if (typeIndex > 1 || typeIndex >= arguments.size())
        return call.error("expected a resource type such as 'Microsoft.Resources/resourceGroups' "
                          "within the first two arguments");
    const bool hasSubscription = typeIndex == 1;
    if (hasSubscription && !arguments[0].isString())
        return call.wrongType(0, "a subscription id", arguments[0]);
    const std::string subscriptionId
        = hasSubscription ? arguments[0].asString() : std::string(kPlaceholderSubscriptionId);
    Value id = buildResourceId(call, arguments, typeIndex, subscriptionPath(subscriptionId));
    if (id.isString() && !hasSubscription)
        id.setPlaceholderSource("subscription()");
    return id;
}

Value tenantResourceId(FunctionCall &call, const std::vector<Value> &arguments)
{
    return buildResourceId(call, arguments, 0, {});
}

// Gives Unknown for functions that read a deployed resource or the deployment service.
Value onlyAtDeployment(FunctionCall &call)
{
    return call.unknown(call.name() + "(...) is only known at deployment");
}

// Bicep's getSecret() in a .bicepparam file reads a Key Vault secret, as a parameter file's
// Key Vault reference does.
Value keyVaultSecret(FunctionCall &call)
{
    return call.unknown("a Key Vault secret (getSecret(...)) is only known at deployment");
}

} // namespace

void registerDeploymentFunctions(FunctionRegistry &registry)
{
    registry.addEager("parameters", parameters, 1, 1);
    registry.addEager("variables", variables, 1, 1);
    registry.addEager("copyIndex", copyIndex, 0, 2);
    registry.addEager("resourceGroup", resourceGroup, 0, 0);
    registry.addEager("subscription", subscription, 0, 0);
    registry.addEager("deployment", deployment, 0, 0);
    registry.addEager("environment", environment, 0, 0);
    registry.addEager("tenant", tenant, 0, 0);
    registry.addEager("managementGroup", managementGroup, 0, 0);
    registry.addEager("utcNow", utcNow, 0, 1);
    registry.addEager("newGuid", newGuid, 0, 0);
    registry.addEager("resourceId", resourceId, 2);
    registry.addEager("subscriptionResourceId", subscriptionResourceId, 2);
    registry.addEager("tenantResourceId", tenantResourceId, 2);
    for (const char *name : { "reference", "pickZones", "extensionResourceId",
                              "managementGroupResourceId", "providers", "deployer" })
        registry.addLazy(name, onlyAtDeployment, 0);
    registry.addLazy("getSecret", keyVaultSecret, 0);
}

} // namespace compliance
