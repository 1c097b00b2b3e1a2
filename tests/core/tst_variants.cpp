// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Checks the content-trust rule on new variants of each regression kind, in ARM JSON and Bicep.
// The variants vary key and value case, take values from variables, parameter defaults,
// parameter files and nested deployments, and cover conditions, existing references, child
// resources, relaxed JSON, encodings, misplaced trust policies, old API versions and copy loops.
// Each variant is written to a temporary folder and scanned. Every fix is applied to the files,
// saved and checked again.
#include "core/fix/fixapply.h"
#include "core/fix/textedits.h"
#include "core/scan/scanner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

using namespace compliance;

class TestVariants : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outcomes_data();
    void outcomes();
    void findingCount_data();
    void findingCount();
    void fixes_data();
    void fixes();
    void unreadableModuleNotice();
};

namespace {

enum class Encoding { Utf8, Utf8Bom, Utf16LeBom, Utf16BeBom };

// One input file of a variant. `text` uses LF and two-space indentation, and the file on disk
// gets the encoding, line endings and indentation set here.
struct VariantFile
{
    const char *path;
    const char *text;
    Encoding encoding = Encoding::Utf8;
    bool crlf = false;
    bool tabs = false;
};

struct Variant
{
    const char *name;
    std::vector<VariantFile> files;
};

// NOTE: Registries whose outcome, reason or fix does not match the outcome table yet are left
// out of these templates, so the rows pin only behaviour that is correct today.
const std::vector<Variant> &variants()
{
    static const std::vector<Variant> all = {
        { "sku key case", { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "Type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "Name": "regkeycase01",
      "location": "westeurope",
      "SKU": { "Name": "premium" },
      "Properties": {
        "Policies": { "TrustPolicy": { "Type": "notary", "Status": "ENABLED" } }
      }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regkeycase02",
      "location": "westeurope",
      "sku": { "NAME": "STANDARD" },
      "properties": {
        "policies": { "trustPolicy": { "type": "Notary", "status": "Enabled" } }
      }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regkeycase03",
      "location": "westeurope",
      "sku": { "name": "basic", "tier": "Basic" },
      "properties": {}
    }
  ]
}
)cv" } } },
        { "sku from expressions", { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "environment": { "type": "string", "defaultValue": "dev", "allowedValues": ["dev", "prod"] },
    "registrySku": { "type": "string", "defaultValue": "Standard" }
  },
  "variables": {
    "premiumSku": "Premium",
    "skuByEnv": "[if(equals(parameters('environment'), 'prod'), 'Premium', 'Basic')]",
    "trust": { "type": "Notary", "status": "enabled" }
  },
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regvariable01",
      "location": "westeurope",
      "sku": { "name": "[variables('premiumSku')]" },
      "properties": { "policies": { "trustPolicy": "[variables('trust')]" } }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regparamdefault01",
      "location": "westeurope",
      "sku": { "name": "[parameters('registrySku')]" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regconcat01",
      "location": "westeurope",
      "sku": { "name": "[concat('Prem', 'ium')]" },
      "properties": { "policies": { "trustPolicy": { "type": "[toLower('NOTARY')]", "status": "[toUpper('enabled')]" } } }
    }
  ]
}
)cv" } } },
        { "sku missing or odd", { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regnosku01",
      "location": "westeurope",
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regtieronly01",
      "location": "westeurope",
      "sku": { "tier": "Premium" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regskunumber01",
      "location": "westeurope",
      "sku": { "name": 3 },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regtierdecoy01",
      "location": "westeurope",
      "sku": { "name": "Standard", "tier": "Premium" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regtierbasic01",
      "location": "westeurope",
      "sku": { "name": "Premium", "tier": "Basic" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    }
  ]
}
)cv" } } },
        { "bicep sku parameter", { { "main.bicep", R"cv(@allowed([
  'Basic'
  'Standard'
  'Premium'
])
param skuName string = 'Standard'

param env string = 'dev'

var trustEnabled = true

resource acrStd 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'regbicepstd01'
  location: resourceGroup().location
  sku: {
    name: skuName
  }
  properties: {
    policies: {
      trustPolicy: {
        type: 'Notary'
        status: trustEnabled ? 'enabled' : 'disabled'
      }
    }
  }
}

resource acrOk 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'regbicepok01'
  location: resourceGroup().location
  sku: {
    name: toLower('PREMIUM')
  }
  properties: {
    policies: {
      trustPolicy: {
        status: 'Enabled'
      }
    }
  }
}
)cv" } } },
        { "symbolic sku", { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "languageVersion": "2.0",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "sku": { "type": "string", "defaultValue": "Basic" }
  },
  "resources": {
    "acrBasic": {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regsymbolic01",
      "location": "westeurope",
      "sku": { "name": "[parameters('sku')]" },
      "properties": { "adminUserEnabled": false }
    },
    "acrPremium": {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regsymbolic02",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "disabled" } } }
    }
  }
}
)cv" } } },
        { "sku per parameter file",
          { { "registry.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "skuName": { "type": "string", "defaultValue": "Basic" }
  },
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regparamfile01",
      "location": "westeurope",
      "sku": { "name": "[parameters('skuName')]" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    }
  ]
}
)cv" },
            { "registry.parameters.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "skuName": { "value": "premium" } }
}
)cv" },
            { "registry.parameters.test.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "skuName": { "value": "Standard" } }
}
)cv" } } },
        { "values from objects", { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "skuName": { "type": "string", "defaultValue": "Premium" },
    "restrictedSku": { "type": "string", "defaultValue": "Basic", "allowedValues": [ "Basic", "Standard" ] },
    "policies": { "type": "object", "defaultValue": { "trustPolicy": { "type": "Notary", "status": "disabled" } } }
  },
  "variables": {
    "PremiumSku": "Premium",
    "skuObject": { "name": "Basic", "tier": "Basic" }
  },
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regallowed01",
      "location": "westeurope",
      "sku": { "name": "[parameters('restrictedSku')]" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regskuobj01",
      "location": "westeurope",
      "sku": "[variables('skuObject')]",
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regpolobj01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": { "policies": "[parameters('policies')]" }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regcosign01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": { "policies": { "trustPolicy": { "type": "Cosign", "status": "enabled" } } }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regtrustref01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "[reference('settings').outputs.trust.value]" } } }
    },
    {
      "condition": false,
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regcondcmk01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": { "encryption": { "status": "enabled" }, "policies": { "trustPolicy": { "status": "enabled" } } }
    }
  ]
}
)cv" } } },
        { "bicep allowed and objects", { { "main.bicep", R"cv(@allowed([
  'Basic'
  'Standard'
])
param restrictedSku string = 'Standard'

param prefix string = 'Prem'
param skuObject object = {
  name: 'Standard'
}

resource acrAllowed 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'regbicallowed01'
  location: resourceGroup().location
  sku: {
    name: restrictedSku
  }
  properties: {
    policies: {
      trustPolicy: {
        type: 'notary'
        status: 'ENABLED'
      }
    }
  }
}

resource acrInterp 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'regbicinterp01'
  location: resourceGroup().location
  sku: {
    name: '${prefix}ium'
  }
  properties: {
    policies: {
      trustPolicy: {
        type: 'Notary'
        status: 'enabled'
      }
    }
  }
}

resource acrObj 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'regbicskuobj01'
  location: resourceGroup().location
  sku: skuObject
  properties: {
    policies: {
      trustPolicy: {
        type: 'Notary'
        status: 'enabled'
      }
    }
  }
}
)cv" } } },
        { "cmk detection", { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "encryptionStatus": { "type": "string", "defaultValue": "Enabled" },
    "keyUri": { "type": "string", "defaultValue": "https://kv.vault.azure.net/keys/k1" }
  },
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regcmkstatus01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": { "Encryption": { "Status": "ENABLED" } }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regcmkparam01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": { "encryption": { "status": "[parameters('encryptionStatus')]" } }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regcmkidonly01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": { "encryption": { "status": "disabled", "keyVaultProperties": { "identity": "00000000-0000-0000-0000-000000000002" } } }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regcmkkeyonly01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": { "encryption": { "keyVaultProperties": { "keyIdentifier": "[parameters('keyUri')]" } } }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regnocmk01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": {
        "encryption": { "status": "disabled" },
        "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } }
      }
    }
  ]
}
)cv" } } },
        { "cmk with trust", { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regcmktrust01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "Properties": {
        "adminUserEnabled": false,
        "Policies": {
          "TrustPolicy": { "Type": "Notary", "Status": "Enabled" },
          "retentionPolicy": { "days": 7, "status": "enabled" }
        },
        "Encryption": { "status": "enabled", "keyVaultProperties": { "keyIdentifier": "https://kv.vault.azure.net/keys/k2" } }
      }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regcmkoff01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": {
        "encryption": { "status": "enabled" },
        "policies": { "trustPolicy": { "type": "Notary", "status": "disabled" } }
      }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regcmkstd01",
      "location": "westeurope",
      "sku": { "name": "Standard" },
      "properties": { "encryption": { "status": "enabled" } }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regcmkonly01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": {
        "encryption": { "status": "enabled" },
        "policies": { "trustPolicy": { "status": "enabled" } }
      }
    }
  ]
}
)cv" } } },
        { "bicep cmk",
          { { "main.bicep", R"cv(param keyUri string = 'https://kv.vault.azure.net/keys/k3'
param identityClientId string = '00000000-0000-0000-0000-000000000003'

resource cmkTrust 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'regbicepcmk01'
  location: resourceGroup().location
  sku: {
    name: 'Premium'
  }
  properties: {
    encryption: {
      status: 'enabled'
      keyVaultProperties: {
        identity: identityClientId
        keyIdentifier: keyUri
      }
    }
    policies: {
      trustPolicy: {
        type: 'Notary'
        status: 'enabled'
      }
    }
  }
}

resource cmkPlain 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'regbicepcmk02'
  location: resourceGroup().location
  sku: {
    name: 'Premium'
  }
  properties: {
    encryption: {
      status: 'enabled'
      keyVaultProperties: {
        keyIdentifier: keyUri
      }
    }
  }
}
)cv" } } },
        { "cmk per parameter file",
          { { "acr.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "useCmk": { "type": "bool", "defaultValue": false }
  },
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regcmkpf01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": {
        "encryption": { "status": "[if(parameters('useCmk'), 'enabled', 'disabled')]" },
        "policies": { "trustPolicy": { "type": "Notary", "status": "[if(parameters('useCmk'), 'disabled', 'enabled')]" } }
      }
    }
  ]
}
)cv" },
            { "acr.parameters.dev.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "useCmk": { "value": false } }
}
)cv" },
            { "acr.parameters.prod.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "useCmk": { "value": true } }
}
)cv" } } },
        { "row order edges", { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "languageVersion": "2.0",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "sku": { "type": "string" }
  },
  "resources": {
    "cmkWrongPath": {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regcmkwrong01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": {
        "encryption": { "status": "enabled" },
        "trustPolicy": { "type": "Notary", "status": "enabled" }
      }
    },
    "cmkUnknownSku": {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regcmkunk01",
      "location": "westeurope",
      "sku": { "name": "[parameters('sku')]" },
      "properties": { "encryption": { "status": "enabled" } }
    },
    "existingFalse": {
      "existing": true,
      "condition": false,
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regexistcond01"
    },
    "wrongOld": {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2017-10-01",
      "name": "regwrongold01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": { "trustPolicy": { "type": "Notary", "status": "enabled" } }
    },
    "unknownSkuOld": {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2017-10-01",
      "name": "regunkold01",
      "location": "westeurope",
      "sku": { "name": "[parameters('sku')]" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    }
  }
}
)cv" } } },
        { "bicep env parameter files",
          { { "registry.bicep", R"cv(param registryName string = 'regenvparam01'

@allowed([
  'Basic'
  'Standard'
  'Premium'
])
param sku string = 'Basic'

param trust string = 'disabled'

resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: registryName
  location: resourceGroup().location
  sku: {
    name: sku
  }
  properties: {
    policies: {
      trustPolicy: {
        type: 'Notary'
        status: trust
      }
    }
  }
}
)cv" },
            { "registry.parameters.dev.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "sku": { "value": "Standard" } }
}
)cv" },
            { "registry.parameters.prod.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "sku": { "value": "Premium" }, "trust": { "value": "ENABLED" } }
}
)cv" },
            { "staging.bicepparam", R"cv(using 'registry.bicep'

param sku = 'Premium'
param registryName = 'regstaging01'
)cv" } } },
        { "json beside bicep",
          { { "main.bicep", R"cv(param skuName string = 'Standard'
param trustStatus string = 'enabled'

resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'regbicepboth01'
  location: resourceGroup().location
  sku: {
    name: skuName
  }
  properties: {
    policies: {
      trustPolicy: {
        type: 'Notary'
        status: trustStatus
      }
    }
  }
}
)cv" },
            { "main.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "skuName": { "type": "string", "defaultValue": "Basic" }
  },
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regjsonboth01",
      "location": "westeurope",
      "sku": { "name": "[parameters('skuName')]" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    }
  ]
}
)cv" },
            { "main.parameters.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "skuName": { "value": "Premium" } }
}
)cv" },
            { "prod.bicepparam", R"cv(using './main.bicep'

var tier = 'premium'
param skuName = toUpper(tier)
param trustStatus = 'disabled'
)cv" } } },
        { "metadata template link",
          { { "params/weu.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "metadata": { "template": "../templates/acr.json" },
  "parameters": { "trustStatus": { "value": "disabled" } }
}
)cv" },
            { "templates/acr.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "skuName": { "type": "string", "defaultValue": "Premium" },
    "trustStatus": { "type": "string", "defaultValue": "enabled" }
  },
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "reglinked01",
      "location": "westeurope",
      "sku": { "name": "[parameters('skuName')]" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "[parameters('trustStatus')]" } } }
    }
  ]
}
)cv" } } },
        { "orphan parameter file",
          { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "skuName": { "type": "string", "defaultValue": "Premium" }
  },
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regorphan01",
      "location": "westeurope",
      "sku": { "name": "[parameters('skuName')]" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    }
  ]
}
)cv" },
            { "other.parameters.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "skuName": { "value": "Basic" } }
}
)cv" } } },
        { "bicepparam in subfolder",
          { { "env/test.bicepparam", R"cv(using '../main.bicep'

param skuName = 'Basic'
)cv" },
            { "main.bicep", R"cv(param skuName string?
param trustStatus string = 'enabled'

resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'regsubparam01'
  location: resourceGroup().location
  sku: {
    name: skuName ?? 'Premium'
  }
  properties: {
    policies: {
      trustPolicy: {
        type: 'Notary'
        status: trustStatus
      }
    }
  }
}
)cv" } } },
        { "link overrides naming",
          { { "alpha.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "skuName": { "type": "string", "defaultValue": "Premium" } },
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regalpha01",
      "location": "westeurope",
      "sku": { "name": "[parameters('skuName')]" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    }
  ]
}
)cv" },
            { "alpha.parameters.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "metadata": { "template": "./beta.json" },
  "parameters": { "skuName": { "value": "Basic" } }
}
)cv" },
            { "beta.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "skuName": { "type": "string", "defaultValue": "Premium" } },
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regbeta01",
      "location": "westeurope",
      "sku": { "name": "[parameters('skuName')]" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    }
  ]
}
)cv" } } },
        { "jsonc and utf16 parameter files",
          { { "acr.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "trust": { "type": "string", "defaultValue": "enabled" }
  },
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regpfjsonc01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "[parameters('trust')]" } } }
    }
  ]
}
)cv" },
            { "acr.parameters.json", R"cv({
  // comments in a parameter file
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "trust": { "value": "disabled", }, /* to fix */
  },
}
)cv" },
            { "acr.parameters.u16.json", R"cv({
  // utf-16 file
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "trust": { "value": "disabled", }, /* to fix */
  },
}
)cv",
              Encoding::Utf16LeBom, true, false } } },
        { "required json parameters", { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "acrSku": { "type": "string", "allowedValues": ["Basic", "Standard", "Premium"] },
    "trustStatus": { "type": "string" },
    "registryName": { "type": "string" }
  },
  "variables": {
    "skuVar": "[parameters('acrSku')]"
  },
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regreqjson01",
      "location": "westeurope",
      "sku": { "name": "[variables('skuVar')]" },
      "properties": {}
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regreqtrust01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "[parameters('trustStatus')]" } } }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "[parameters('registryName')]",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    }
  ]
}
)cv" } } },
        { "bicepparam omits required",
          { { "acr.bicep", R"cv(param skuName string
param location string = resourceGroup().location

var effectiveSku = toLower(skuName) == 'premium' ? 'Premium' : skuName

resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'regreqbicep01'
  location: location
  sku: {
    name: effectiveSku
  }
}
)cv" },
            { "acr.bicepparam", R"cv(using 'acr.bicep'

param location = 'westeurope'
)cv" } } },
        { "deployment-time values",
          { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "skuFromVault": { "type": "string", "defaultValue": "Premium" }
  },
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regreference01",
      "location": "westeurope",
      "sku": { "name": "[reference(resourceId('Microsoft.Resources/deployments', 'settings')).outputs.sku.value]" },
      "properties": {}
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "reglistkeys01",
      "location": "westeurope",
      "sku": { "name": "[listKeys(resourceId('Microsoft.Storage/storageAccounts', 'st'), '2023-01-01').keys[0].value]" },
      "properties": {}
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regvaultref01",
      "location": "westeurope",
      "sku": { "name": "[parameters('skuFromVault')]" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    }
  ]
}
)cv" },
            { "azuredeploy.parameters.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "skuFromVault": {
      "reference": {
        "keyVault": { "id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv" },
        "secretName": "acrSku"
      }
    }
  }
}
)cv" } } },
        { "nullable parameters", { { "main.bicep", R"cv(param skuOverride string?
param settings object?
param trustOverride string?

resource acrNull 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'regnullable01'
  location: resourceGroup().location
  sku: {
    name: skuOverride ?? 'Premium'
  }
  properties: {
    policies: {
      trustPolicy: {
        type: 'Notary'
        status: settings.?trust ?? 'enabled'
      }
    }
  }
}
)cv" } } },
        { "required through module",
          { { "main.bicep", R"cv(param registrySku string

module registry './modules/registry.bicep' = {
  name: 'registryDeploy'
  params: {
    name: 'regreqmodule01'
    sku: registrySku
  }
}
)cv" },
            { "modules/registry.bicep", R"cv(param name string
param sku string

resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: name
  location: resourceGroup().location
  sku: {
    name: sku
  }
  properties: {
    policies: {
      trustPolicy: {
        type: 'Notary'
        status: 'enabled'
      }
    }
  }
}
)cv" } } },
        { "unknown functions", { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regunknownfn01",
      "location": "westeurope",
      "sku": { "name": "[environment().registrySku]" },
      "properties": {}
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regunknownfn02",
      "location": "westeurope",
      "sku": { "name": "[fancySku('x')]" },
      "properties": {}
    }
  ]
}
)cv" } } },
        { "false condition expressions", { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "environment": { "type": "string", "defaultValue": "dev" },
    "features": { "type": "object", "defaultValue": { "registry": false } }
  },
  "variables": {
    "isProd": "[equals(toLower(parameters('environment')), 'prod')]"
  },
  "resources": [
    {
      "Condition": "[variables('isProd')]",
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regcondvar01",
      "location": "westeurope",
      "sku": { "name": "Basic" },
      "properties": {}
    },
    {
      "condition": "[parameters('features').registry]",
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regcondobj01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": {}
    },
    {
      "condition": "[and(true(), not(equals(parameters('environment'), 'dev')))]",
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regcondand01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": {}
    },
    {
      "condition": "[false()]",
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regcondfn01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": {}
    },
    {
      "condition": true,
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regcondtrue01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    }
  ]
}
)cv" } } },
        { "condition on deployment", { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "deployRegistry": { "type": "bool", "defaultValue": false }
  },
  "resources": [
    {
      "condition": "[parameters('deployRegistry')]",
      "type": "Microsoft.Resources/deployments",
      "apiVersion": "2022-09-01",
      "name": "registryDeployment",
      "properties": {
        "mode": "Incremental",
        "expressionEvaluationOptions": { "scope": "inner" },
        "template": {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "resources": [
            {
              "type": "Microsoft.ContainerRegistry/registries",
              "apiVersion": "2023-07-01",
              "name": "regcondnested01",
              "location": "westeurope",
              "sku": { "name": "Premium" },
              "properties": {}
            }
          ]
        }
      }
    },
    {
      "type": "Microsoft.Resources/deployments",
      "apiVersion": "2022-09-01",
      "name": "outerDeployment",
      "properties": {
        "mode": "Incremental",
        "template": {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "resources": [
            {
              "condition": "[parameters('deployRegistry')]",
              "type": "Microsoft.ContainerRegistry/registries",
              "apiVersion": "2023-07-01",
              "name": "regcondouter01",
              "location": "westeurope",
              "sku": { "name": "Premium" },
              "properties": {}
            }
          ]
        }
      }
    }
  ]
}
)cv" } } },
        { "bicep if and module if",
          { { "main.bicep", R"cv(param deployRegistry bool = false
param environment string = 'dev'

resource acrIf 'Microsoft.ContainerRegistry/registries@2023-07-01' = if (deployRegistry) {
  name: 'regcondbicep01'
  location: resourceGroup().location
  sku: {
    name: 'Basic'
  }
}

resource acrIfProd 'Microsoft.ContainerRegistry/registries@2023-07-01' = if (environment == 'prod') {
  name: 'regcondbicep02'
  location: resourceGroup().location
  sku: {
    name: 'Premium'
  }
}

module acrModule './modules/acr.bicep' = if (deployRegistry) {
  name: 'acrModule'
  params: {
    name: 'regcondmodule01'
    skuName: 'Basic'
  }
}
)cv" },
            { "modules/acr.bicep", R"cv(param name string = 'regcondmodself01'
param skuName string = 'Premium'

resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: name
  location: resourceGroup().location
  sku: {
    name: skuName
  }
  properties: {
    policies: {
      trustPolicy: {
        type: 'Notary'
        status: 'enabled'
      }
    }
  }
}
)cv" } } },
        { "condition per parameter file",
          { { "acr.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "deploy": { "type": "bool", "defaultValue": true }
  },
  "resources": [
    {
      "condition": "[parameters('deploy')]",
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regcondpf01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": {}
    }
  ]
}
)cv" },
            { "acr.parameters.off.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "deploy": { "value": false } }
}
)cv" },
            { "acr.parameters.on.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "deploy": { "value": true } }
}
)cv" } } },
        { "symbolic and loop conditions", { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "languageVersion": "2.0",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "enabled": { "type": "bool", "defaultValue": false }
  },
  "resources": {
    "acr": {
      "condition": "[parameters('enabled')]",
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regcondsym01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": {}
    },
    "acrLoop": {
      "copy": { "name": "loop", "count": 3 },
      "condition": "[equals(copyIndex(), 1)]",
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "[format('regcondloop{0}', copyIndex())]",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    }
  }
}
)cv" } } },
        { "symbolic existing", { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "languageVersion": "2.0",
  "contentVersion": "1.0.0.0",
  "resources": {
    "shared": {
      "existing": true,
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regexistsym01"
    },
    "sharedUpper": {
      "Existing": true,
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regexistsym02",
      "sku": { "name": "Basic" }
    },
    "own": {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regexistown01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "disabled" } } }
    }
  },
  "outputs": {
    "server": { "type": "string", "value": "[reference('shared').loginServer]" }
  }
}
)cv" } } },
        { "bicep existing forms", { { "main.bicep", R"cv(param otherRg string = 'rg-shared'
param names array = [
  'regexistloop01'
  'regexistloop02'
]

resource crossRg 'Microsoft.ContainerRegistry/registries@2023-07-01' existing = {
  name: 'regexistscope01'
  scope: resourceGroup(otherRg)
}

resource looped 'Microsoft.ContainerRegistry/registries@2023-07-01' existing = [for n in names: {
  name: n
}]

resource upperType 'Microsoft.ContainerRegistry/Registries@2023-07-01' existing = {
  name: 'regexistcase01'
}

resource replica 'Microsoft.ContainerRegistry/registries/replications@2023-07-01' = {
  parent: upperType
  name: 'northeurope'
  location: 'northeurope'
  properties: {}
}

output loginServer string = crossRg.properties.loginServer
)cv" } } },
        { "existing in module",
          { { "main.bicep", R"cv(module reader './modules/readacr.bicep' = {
  name: 'reader'
  params: {
    registryName: 'regexistmod01'
  }
}

resource acrNew 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'regexistnew01'
  location: resourceGroup().location
  sku: {
    name: 'premium'
  }
  properties: {
    policies: {
      trustPolicy: {
        type: 'notary'
        status: 'enabled'
      }
    }
  }
}
)cv" },
            { "modules/readacr.bicep", R"cv(param registryName string

resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' existing = {
  name: registryName
}

output id string = acr.id
)cv" } } },
        { "child types and case", { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "microsoft.containerregistry/REGISTRIES",
      "apiVersion": "2023-07-01",
      "name": "regchildcase01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } },
      "resources": [
        {
          "type": "scopeMaps",
          "apiVersion": "2023-07-01",
          "name": "pullonly",
          "dependsOn": [ "regchildcase01" ],
          "sku": { "name": "Basic" },
          "properties": { "actions": [ "repositories/app/content/read" ], "policies": { "trustPolicy": { "status": "disabled" } } }
        },
        {
          "type": "Microsoft.ContainerRegistry/registries/tasks",
          "apiVersion": "2019-06-01-preview",
          "name": "regchildcase01/buildtask",
          "location": "westeurope",
          "dependsOn": [ "regchildcase01" ],
          "properties": { "status": "Disabled", "platform": { "os": "Linux" } }
        }
      ]
    },
    {
      "type": "Microsoft.ContainerRegistry/registries/agentPools",
      "apiVersion": "2019-06-01-preview",
      "name": "regchildcase01/pool1",
      "location": "westeurope",
      "sku": { "name": "Basic" },
      "properties": { "count": 1, "tier": "S1" }
    },
    {
      "type": "Microsoft.ContainerRegistry/registriesExtra",
      "apiVersion": "2023-07-01",
      "name": "regnotregistry01",
      "location": "westeurope",
      "sku": { "name": "Basic" }
    }
  ]
}
)cv" } } },
        { "bicep child resources",
          { { "main.bicep",
              R"cv(resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'regbicepparent01'
  location: resourceGroup().location
  sku: {
    name: 'Premium'
  }
  properties: {
    adminUserEnabled: false
  }

  resource replica 'replications' = {
    name: 'westeurope'
    location: 'westeurope'
    properties: {
      regionEndpointEnabled: true
    }
  }

  resource hook 'webhooks@2023-07-01' = {
    name: 'hookpush02'
    location: resourceGroup().location
    properties: {
      serviceUri: 'https://hooks.example.invalid/push'
      actions: [
        'push'
      ]
      status: 'enabled'
    }
  }
}

resource token 'Microsoft.ContainerRegistry/registries/tokens@2023-07-01' = {
  parent: acr
  name: 'token1'
  properties: {
    status: 'enabled'
  }
}
)cv" } } },
        { "registry in inner deployment", { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "registrySku": { "type": "string", "defaultValue": "Premium" }
  },
  "resources": [
    {
      "type": "Microsoft.Resources/deployments",
      "apiVersion": "2022-09-01",
      "name": "inner",
      "properties": {
        "mode": "Incremental",
        "expressionEvaluationOptions": { "scope": "inner" },
        "parameters": { "sku": { "value": "[parameters('registrySku')]" } },
        "template": {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "parameters": { "sku": { "type": "string", "defaultValue": "Basic" } },
          "resources": [
            {
              "type": "Microsoft.ContainerRegistry/registries",
              "apiVersion": "2023-07-01",
              "name": "regnestedinner01",
              "location": "westeurope",
              "sku": { "name": "[parameters('sku')]" },
              "properties": {},
              "resources": [
                {
                  "type": "replications",
                  "apiVersion": "2023-07-01",
                  "name": "northeurope",
                  "location": "northeurope",
                  "dependsOn": [ "regnestedinner01" ],
                  "properties": {}
                }
              ]
            }
          ]
        }
      }
    }
  ]
}
)cv" } } },
        { "outer scope in inner deployment", { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "sku": { "type": "string", "defaultValue": "Basic" }
  },
  "resources": [
    {
      "type": "Microsoft.Resources/deployments",
      "apiVersion": "2022-09-01",
      "name": "level1",
      "properties": {
        "mode": "Incremental",
        "expressionEvaluationOptions": { "scope": "inner" },
        "parameters": { "sku": { "value": "Premium" } },
        "template": {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "parameters": { "sku": { "type": "string" } },
          "resources": [
            {
              "type": "Microsoft.Resources/deployments",
              "apiVersion": "2022-09-01",
              "name": "level2",
              "properties": {
                "mode": "Incremental",
                "expressionEvaluationOptions": { "scope": "outer" },
                "template": {
                  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                  "contentVersion": "1.0.0.0",
                  "resources": [
                    {
                      "type": "Microsoft.ContainerRegistry/registries",
                      "apiVersion": "2023-07-01",
                      "name": "regouterofinner01",
                      "location": "westeurope",
                      "sku": { "name": "[parameters('sku')]" },
                      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
                    }
                  ]
                }
              }
            }
          ]
        }
      }
    },
    {
      "type": "Microsoft.Resources/deployments",
      "apiVersion": "2022-09-01",
      "name": "plainOuter",
      "properties": {
        "mode": "Incremental",
        "template": {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "parameters": { "sku": { "type": "string", "defaultValue": "Premium" } },
          "resources": [
            {
              "type": "Microsoft.ContainerRegistry/registries",
              "apiVersion": "2023-07-01",
              "name": "regouterdefault01",
              "location": "westeurope",
              "sku": { "name": "[parameters('sku')]" },
              "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
            }
          ]
        }
      }
    }
  ]
}
)cv" } } },
        { "module called twice",
          { { "infra/main.bicep", R"cv(param devSku string = 'Basic'

module devAcr '../shared/acr.bicep' = {
  name: 'devAcr'
  params: {
    registryName: 'regmoddev01'
    skuName: devSku
  }
}

module prodAcr '../shared/acr.bicep' = {
  name: 'prodAcr'
  params: {
    registryName: 'regmodprod01'
    trustStatus: 'disabled'
  }
}
)cv" },
            { "shared/acr.bicep", R"cv(param registryName string
param skuName string = 'Premium'
param trustStatus string = 'enabled'

resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: registryName
  location: resourceGroup().location
  sku: {
    name: skuName
  }
  properties: {
    policies: {
      trustPolicy: {
        type: 'Notary'
        status: trustStatus
      }
    }
  }
}
)cv" } } },
        { "comments everywhere",
          { { "azuredeploy.json", R"cv(/* Leading block comment before the root object. */
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", // URL contains //
  "contentVersion": "1.0.0.0",
  "metadata": { "description": "Strings may contain /* and // without starting a comment." },
  "resources": [
    // First registry: disabled trust, to be fixed.
    {
      "type" /* between key and colon */ : "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regjsoncfix01",
      "location": "westeurope",
      "sku": { "name": "Premium", /* trailing comma in sku */ },
      "properties": {
        "policies": {
          "trustPolicy": {
            "type": "Notary", // keep me
            "status": /* inline */ "disabled",
          },
        },
      },
    },
    /* Second registry: no policies. */
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regjsoncins01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": {
        "adminUserEnabled": false, // trailing comma before the closing brace
      },
    },
  ],
  // Comment at the end of the root object.
}
// Comment after the root object.
)cv" } } },
        { "comments and multiline expression", { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "prefix": { "type": "string", "defaultValue": "regjsonc", },
    "skuName": {
      "type": "string",
      "defaultValue": "Standard", // raised by the fix
      "allowedValues": [ "Basic", "Standard", "Premium", ],
    },
  },
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "[concat(
          parameters('prefix'),
          'multi01')]",
      "location": "westeurope",
      "sku": {
        // the SKU comes from a parameter
        "name": "[parameters('skuName')]",
      },
      "properties": {},
    },
  ],
}
)cv" } } },
        { "jsonc extension and bicep comments",
          { { "main.bicep", R"cv(/* Block comment
   over lines */
resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = { // trailing
  name: 'regbicepcomm01' /* after value */
  location: resourceGroup().location
  sku: {
    // the sku
    name: 'Premium'
  }
  properties: {
    policies: {
      trustPolicy: {
        type: 'Notary' // type
        status: 'disabled' /* to be enabled */
      }
    }
  }
}
)cv" },
            { "registry.jsonc", R"cv({
  // .jsonc extension
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regjsoncext01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" /* ok */ } } },
    }
  ]
}
)cv" } } },
        { "bom crlf tabs",
          { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regbomtabs01",
      "location": "westeurope",
      "sku": {
        "name": "Premium"
      },
      "properties": {
        "adminUserEnabled": false
      }
    }
  ]
}
)cv",
              Encoding::Utf8Bom, true, true } } },
        { "utf16 le",
          { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regutf16le01",
      "location": "westeurope",
      "sku": {
        "name": "Premium"
      },
      "properties": {
        "adminUserEnabled": false
      }
    }
  ]
}
)cv",
              Encoding::Utf16LeBom, true, true } } },
        { "utf16 be",
          { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regutf16be01",
      "location": "westeurope",
      "sku": {
        "name": "Premium"
      },
      "properties": {
        "adminUserEnabled": false
      }
    }
  ]
}
)cv",
              Encoding::Utf16BeBom, false, true } } },
        { "crlf without bom",
          { { "azuredeploy.json", R"cv({
    "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
    "contentVersion": "1.0.0.0",
    "resources": [
        {
            "type": "Microsoft.ContainerRegistry/registries",
            "apiVersion": "2023-07-01",
            "name": "regcrlf01",
            "location": "westeurope",
            "sku": {
                "name": "Premium"
            },
            "properties": {
                "policies": {
                    "trustPolicy": {
                        "type": "Notary",
                        "status": "disabled"
                    }
                }
            }
        }
    ]
}
)cv",
              Encoding::Utf8, true, false } } },
        { "bicep bom crlf",
          { { "main.bicep",
              R"cv(resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'regbicepbom01'
  location: resourceGroup().location
  sku: {
    name: 'Basic'
  }
  properties: {
    adminUserEnabled: false
  }
}
)cv",
              Encoding::Utf8Bom, true, false } } },
        { "trust policy misplaced", { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regpathupper01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "Properties": {
        "adminUserEnabled": false,
        "TrustPolicy": { "Type": "Notary", "Status": "Enabled" }
      }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regpathretain01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": {
        "policies": { "retentionPolicy": { "days": 7, "status": "enabled" } },
        "trustPolicy": { "type": "Notary", "status": "enabled" }
      }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regpathbeside01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "trustPolicy": { "type": "Notary", "status": "enabled" }
    }
  ]
}
)cv" } } },
        { "misplaced with other rows", { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regpathboth01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": {
        "trustPolicy": { "type": "Notary", "status": "enabled" },
        "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } }
      }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regpathstd01",
      "location": "westeurope",
      "sku": { "name": "Standard" },
      "properties": {
        "trustPolicy": { "type": "Notary", "status": "enabled" }
      }
    }
  ]
}
)cv" } } },
        { "bicep misplaced",
          { { "main.bicep",
              R"cv(resource acrWrong 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'regbicepwrong01'
  location: resourceGroup().location
  sku: {
    name: 'Premium'
  }
  properties: {
    adminUserEnabled: false
    trustPolicy: {
      type: 'Notary'
      status: 'enabled'
    }
  }
}
)cv" } } },
        { "api versions", { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2019-12-01-preview",
      "name": "regapipreview01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2019-05-01",
      "name": "regapiexact01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2017-03-01",
      "name": "regapi2017a01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2016-06-27-preview",
      "name": "regapi2016a01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "disabled" } } }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2017-10-01",
      "name": "regapistd01",
      "location": "westeurope",
      "sku": { "name": "Standard" },
      "properties": {}
    }
  ]
}
)cv" } } },
        { "bicep api versions",
          { { "main.bicep",
              R"cv(resource acrOld 'Microsoft.ContainerRegistry/registries@2017-10-01' = {
  name: 'regbicepold01'
  location: resourceGroup().location
  sku: {
    name: 'Premium'
  }
  properties: {
    policies: {
      trustPolicy: {
        type: 'Notary'
        status: 'enabled'
      }
    }
  }
}

resource acrPreview 'Microsoft.ContainerRegistry/registries@2019-12-01-preview' = {
  name: 'regbicepprev01'
  location: resourceGroup().location
  sku: {
    name: 'Premium'
  }
  properties: {
    policies: {
      trustPolicy: {
        type: 'Notary'
        status: 'enabled'
      }
    }
  }
}
)cv" } } },
        { "symbolic old api", { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "languageVersion": "2.0",
  "contentVersion": "1.0.0.0",
  "resources": {
    "oldOne": {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2017-10-01",
      "name": "regapisym01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": { "adminUserEnabled": true }
    }
  }
}
)cv" } } },
        { "zero copy count", { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "regions": { "type": "array", "defaultValue": [ "weu", "neu", "eus" ] }
  },
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "[format('regzero{0}', copyIndex())]",
      "location": "westeurope",
      "copy": { "name": "zeroLoop", "count": 0 },
      "sku": { "name": "Basic" },
      "properties": {}
    }
  ]
}
)cv" } } },
        { "copy count from parameter file",
          { { "acr.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "count": { "type": "int", "defaultValue": 2 }
  },
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "[concat('regpfloop', padLeft(copyIndex(100), 3, '0'))]",
      "location": "westeurope",
      "copy": { "name": "pfLoop", "count": "[parameters('count')]" },
      "sku": { "name": "Premium" },
      "properties": {}
    }
  ]
}
)cv" },
            { "acr.parameters.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "count": { "value": 250 } }
}
)cv" } } },
        { "bicep loops", { { "main.bicep", R"cv(param names array = [
  'regbicloopa'
  'regbicloopb'
]

resource byName 'Microsoft.ContainerRegistry/registries@2023-07-01' = [for n in names: {
  name: n
  location: resourceGroup().location
  sku: {
    name: 'Premium'
  }
  properties: {
    policies: {
      trustPolicy: {
        type: 'Notary'
        status: 'disabled'
      }
    }
  }
}]

resource byRange 'Microsoft.ContainerRegistry/registries@2023-07-01' = [for i in range(1, 400): {
  name: 'regbicrange${i}'
  location: resourceGroup().location
  sku: {
    name: 'Premium'
  }
  properties: {
    policies: {
      trustPolicy: {
        type: 'Notary'
        status: 'enabled'
      }
    }
  }
}]

resource withIndex 'Microsoft.ContainerRegistry/registries@2023-07-01' = [for (n, i) in names: if (i > 0) {
  name: '${n}idx${i}'
  location: resourceGroup().location
  sku: {
    name: 'Premium'
  }
}]
)cv" } } },
        { "symbolic 800 copies", { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "languageVersion": "2.0",
  "contentVersion": "1.0.0.0",
  "resources": {
    "fleet": {
      "copy": { "name": "fleet", "count": 800 },
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "[format('regsymfleet{0}', copyIndex())]",
      "location": "westeurope",
      "sku": { "name": "Standard" },
      "properties": {}
    }
  }
}
)cv" } } },
        { "module loop and registry modules",
          { { "main.bicep", R"cv(param skus array = [
  'Premium'
  'Basic'
  'Premium'
]

module registries './modules/acr.bicep' = [for (s, i) in skus: {
  name: 'acr${i}'
  params: {
    name: 'regmodloop${i}'
    sku: s
  }
}]

module remote 'br/public:avm/res/container-registry/registry:0.1.0' = {
  name: 'remoteAcr'
  params: {
    name: 'regremote01'
  }
}

module remoteOther 'br:example.azurecr.io/bicep/modules/storage:v1' = {
  name: 'remoteStorage'
}
)cv" },
            { "modules/acr.bicep", R"cv(param name string = 'regmodself01'
param sku string = 'Premium'

resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: name
  location: resourceGroup().location
  sku: {
    name: sku
  }
  properties: {
    policies: {
      trustPolicy: {
        type: 'Notary'
        status: 'enabled'
      }
    }
  }
}
)cv" } } },
        { "parameter and variable chains", { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "baseSku": { "type": "string", "defaultValue": "Standard" },
    "acrSku": { "type": "string", "defaultValue": "[parameters('baseSku')]" },
    "cond": { "type": "bool", "defaultValue": true }
  },
  "variables": {
    "baseStatus": "disabled",
    "status": "[variables('baseStatus')]"
  },
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regchaindefault01",
      "location": "westeurope",
      "sku": { "name": "[parameters('acrSku')]" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regchainvar01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "[variables('status')]" } } }
    }
  ]
}
)cv" } } },
        { "bicepparam and json file",
          { { "main.bicep", R"cv(param sku string = 'Premium'
param trust string = 'enabled'

resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'regtwosets01'
  location: resourceGroup().location
  sku: {
    name: sku
  }
  properties: {
    policies: {
      trustPolicy: {
        type: 'Notary'
        status: trust
      }
    }
  }
}
)cv" },
            { "main.bicepparam", R"cv(using 'main.bicep'

param sku = 'standard'
)cv" },
            { "main.parameters.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "sku": { "value": "PREMIUM" }, "trust": { "value": "Disabled" } }
}
)cv" } } },
        { "inner scope Inner and passed condition", { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "deployInner": { "type": "bool", "defaultValue": false },
    "innerSku": { "type": "string", "defaultValue": "Standard" }
  },
  "resources": [
    {
      "type": "Microsoft.Resources/deployments",
      "apiVersion": "2022-09-01",
      "name": "innerCaps",
      "properties": {
        "mode": "Incremental",
        "expressionEvaluationOptions": { "scope": "Inner" },
        "parameters": {
          "deploy": { "value": "[parameters('deployInner')]" },
          "sku": { "value": "[parameters('innerSku')]" }
        },
        "template": {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "parameters": {
            "deploy": { "type": "bool", "defaultValue": true },
            "sku": { "type": "string", "defaultValue": "Premium" }
          },
          "resources": [
            {
              "condition": "[parameters('deploy')]",
              "type": "Microsoft.ContainerRegistry/registries",
              "apiVersion": "2023-07-01",
              "name": "reginnercond01",
              "location": "westeurope",
              "sku": { "name": "Premium" },
              "properties": {}
            },
            {
              "type": "Microsoft.ContainerRegistry/registries",
              "apiVersion": "2023-07-01",
              "name": "reginnersku01",
              "location": "westeurope",
              "sku": { "name": "[parameters('sku')]" },
              "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
            }
          ]
        }
      }
    }
  ]
}
)cv" } } },
        { "parameter file key case",
          { { "acr.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "sku": { "type": "string", "defaultValue": "Basic" } },
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regpfkeys01",
      "location": "westeurope",
      "sku": { "name": "[parameters('sku')]" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    }
  ]
}
)cv" },
            { "acr.parameters.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "Parameters": { "Sku": { "Value": "Standard" } }
}
)cv" } } },
        { "bicep items loop and registry module loop",
          { { "main.bicep", R"cv(param registries object = {
  regitemsa: {
    sku: 'Premium'
    trust: 'enabled'
  }
  regitemsb: {
    sku: 'Standard'
    trust: 'enabled'
  }
  regitemsc: {
    sku: 'Premium'
    trust: 'disabled'
  }
}

@batchSize(2)
resource acrs 'Microsoft.ContainerRegistry/registries@2023-07-01' = [for item in items(registries): {
  name: item.key
  location: resourceGroup().location
  sku: {
    name: item.value.sku
  }
  properties: {
    policies: {
      trustPolicy: {
        type: 'Notary'
        status: item.value.trust
      }
    }
  }
}]

module remoteLoop 'br/public:avm/res/container-registry/registry:0.5.0' = [for i in range(0, 2): {
  name: 'remote${i}'
  params: {
    name: 'regremoteloop${i}'
  }
}]
)cv" } } },
        { "insertions next to comments",
          { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regtrailcomment01",
      "location": "westeurope",
      "sku": { "name": "Premium" } // no properties follow
    },
    { "type": "Microsoft.ContainerRegistry/registries", "apiVersion": "2023-07-01", "name": "regoneline01", "location": "westeurope", "sku": { "name": "Premium" }, "properties": {} },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regemptycomment01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": { /* nothing yet */ }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "reglastcomment01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": {
        "adminUserEnabled": false /* last member */
      }
    }
  ]
}
)cv" },
            { "main.bicep",
              R"cv(resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'regbiceptrail01'
  location: resourceGroup().location
  sku: {
    name: 'Premium'
  }
  properties: {
    adminUserEnabled: false // keep admin off
  }
}

resource acr2 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'regbicepnoprops01'
  location: resourceGroup().location
  sku: { name: 'Premium' }
}
)cv" } } },
        { "link to bicep and dotted env",
          { { "params/bicep.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "metadata": { "template": "../templates/acr.bicep" },
  "parameters": { "sku": { "value": "Basic" } }
}
)cv" },
            { "templates/acr.bicep", R"cv(param sku string = 'Premium'

resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'reglinkbicep01'
  location: resourceGroup().location
  sku: {
    name: sku
  }
  properties: {
    policies: {
      trustPolicy: {
        type: 'Notary'
        status: 'enabled'
      }
    }
  }
}
)cv" },
            { "templates/multi.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "sku": { "type": "string", "defaultValue": "Premium" } },
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regmultidot01",
      "location": "westeurope",
      "sku": { "name": "[parameters('sku')]" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    }
  ]
}
)cv" },
            { "templates/multi.parameters.prod.westeurope.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "sku": { "value": "Basic" } }
}
)cv" } } },
        { "four spaces and bicep tabs",
          { { "azuredeploy.json", R"cv({
    "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
    "contentVersion": "1.0.0.0",
    "resources": [
        {
            "type": "Microsoft.ContainerRegistry/registries",
            "apiVersion": "2023-07-01",
            "name": "regfourspace01",
            "location": "westeurope",
            "sku": {
                "name": "Premium"
            },
            "properties": {
                "adminUserEnabled": false
            }
        }
    ]
}
)cv" },
            { "main.bicep",
              R"cv(resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'regbicephtabs01'
  location: resourceGroup().location
  sku: {
    name: 'Premium'
  }
  properties: {
    adminUserEnabled: false
  }
}
)cv",
              Encoding::Utf8, false, true } } },
        { "odd values and paths", { { "azuredeploy.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "cmkKeyUri": { "type": "string", "defaultValue": "" }
  },
  "resources": [
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regclassic01",
      "location": "westeurope",
      "sku": { "name": "Classic" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regcmknull01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": {
        "encryption": "[if(empty(parameters('cmkKeyUri')), null(), createObject('status', 'enabled', 'keyVaultProperties', createObject('keyIdentifier', parameters('cmkKeyUri'))))]",
        "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } }
      }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regcmkempty01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": {
        "encryption": { "status": "disabled", "keyVaultProperties": { "identity": "", "keyIdentifier": "" } },
        "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } }
      }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regescape01",
      "location": "westeurope",
      "sku": { "n\u0061me": "\u0050remium" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabl\u0065d" } } }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regcasepath01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": { "POLICIES": { "trustpolicy": { "TYPE": "NOTARY", "STATUS": "enabled" } } }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2018-09-01",
      "name": "regapi2018a01",
      "location": "westeurope",
      "sku": { "name": "Premium" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    },
    {
      "type": "Microsoft.ContainerRegistry/registries",
      "apiVersion": "2023-07-01",
      "name": "regpremspace01",
      "location": "westeurope",
      "sku": { "name": " Premium" },
      "properties": { "policies": { "trustPolicy": { "type": "Notary", "status": "enabled" } } }
    }
  ]
}
)cv" } } },
        { "module with own parameter file",
          { { "main.bicep", R"cv(module acr 'mod/acr.bicep' = {
  name: 'acr'
  params: {
    name: 'regmodcaller01'
  }
}
)cv" },
            { "mod/acr.bicep", R"cv(param name string = 'regmodpaired00'
param sku string = 'Premium'

resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: name
  location: resourceGroup().location
  sku: {
    name: sku
  }
  properties: {
    policies: {
      trustPolicy: {
        type: 'Notary'
        status: 'enabled'
      }
    }
  }
}
)cv" },
            { "mod/acr.parameters.json", R"cv({
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "sku": { "value": "Basic" }, "name": { "value": "regmodpaired01" } }
}
)cv" } } },
    };
    return all;
}

// The expected result for one registry, or one group of copy-loop instances, of a variant. It
// is evaluated with one parameter file, or with the template defaults when that is "". The
// reason must contain `reasonPart`, which names the value, parameter, expression or path that
// decides the outcome.
struct Expectation
{
    const char *row;
    const char *variant;
    const char *file;
    const char *parameterFile;
    const char *name;
    const char *outcome; // Pass, Fail, NotApplicable, Unknown, or NoResult for no finding.
    const char *reasonPart;
    bool fix;
    int instances;
};

const std::vector<Expectation> &expectations()
{
    static const std::vector<Expectation> all = {
        { "uppercase keys pass", "sku key case", "azuredeploy.json", "", "regkeycase01", "Pass",
          "'enabled'", false, 1 },
        { "STANDARD sku fails", "sku key case", "azuredeploy.json", "", "regkeycase02", "Fail",
          "'STANDARD'", true, 1 },
        { "basic sku and tier fail", "sku key case", "azuredeploy.json", "", "regkeycase03", "Fail",
          "'basic'", true, 1 },
        { "sku from variable passes", "sku from expressions", "azuredeploy.json", "",
          "regvariable01", "Pass", "'enabled'", false, 1 },
        { "sku default Standard fails", "sku from expressions", "azuredeploy.json", "",
          "regparamdefault01", "Fail", "parameter 'registrySku'", true, 1 },
        { "concat and toLower pass", "sku from expressions", "azuredeploy.json", "", "regconcat01",
          "Pass", "'enabled'", false, 1 },
        { "sku missing fails", "sku missing or odd", "azuredeploy.json", "", "regnosku01", "Fail",
          "sku is missing", true, 1 },
        { "tier without name fails", "sku missing or odd", "azuredeploy.json", "", "regtieronly01",
          "Fail", "sku.name is missing", true, 1 },
        { "numeric sku name fails", "sku missing or odd", "azuredeploy.json", "", "regskunumber01",
          "Fail", "not a string", true, 1 },
        { "Premium tier does not decide", "sku missing or odd", "azuredeploy.json", "",
          "regtierdecoy01", "Fail", "'Standard'", true, 1 },
        { "Basic tier is ignored", "sku missing or odd", "azuredeploy.json", "", "regtierbasic01",
          "Pass", "'enabled'", false, 1 },
        { "Bicep Standard default fails", "bicep sku parameter", "main.bicep", "", "regbicepstd01",
          "Fail", "parameter 'skuName'", true, 1 },
        { "Bicep toLower Premium passes", "bicep sku parameter", "main.bicep", "", "regbicepok01",
          "Pass", "'enabled'", false, 1 },
        { "symbolic Basic default fails", "symbolic sku", "azuredeploy.json", "", "regsymbolic01",
          "Fail", "parameter 'sku'", true, 1 },
        { "symbolic disabled trust fails", "symbolic sku", "azuredeploy.json", "", "regsymbolic02",
          "Fail", "'disabled'", true, 1 },
        { "parameters.json Premium passes", "sku per parameter file", "registry.json",
          "registry.parameters.json", "regparamfile01", "Pass", "'enabled'", false, 1 },
        { "parameters.test.json fails", "sku per parameter file", "registry.json",
          "registry.parameters.test.json", "regparamfile01", "Fail", "parameter 'skuName'", true,
          1 },
        { "paired template skips defaults", "sku per parameter file", "registry.json", "",
          "regparamfile01", "NoResult", "", false, 1 },
        { "allowedValues sku fails", "values from objects", "azuredeploy.json", "", "regallowed01",
          "Fail", "parameter 'restrictedSku'", true, 1 },
        { "sku object variable fails", "values from objects", "azuredeploy.json", "", "regskuobj01",
          "Fail", "variable 'skuObject'", true, 1 },
        { "policies object parameter fails", "values from objects", "azuredeploy.json", "",
          "regpolobj01", "Fail", "parameter 'policies'", true, 1 },
        { "Cosign trust type fails", "values from objects", "azuredeploy.json", "", "regcosign01",
          "Fail", "'Cosign'", true, 1 },
        { "status from reference unknown", "values from objects", "azuredeploy.json", "",
          "regtrustref01", "Unknown", "reference(", false, 1 },
        { "false condition before CMK", "values from objects", "azuredeploy.json", "",
          "regcondcmk01", "NotApplicable", "condition of the resource is false", false, 1 },
        { "Bicep @allowed sku fails", "bicep allowed and objects", "main.bicep", "",
          "regbicallowed01", "Fail", "parameter 'restrictedSku'", true, 1 },
        { "Bicep interpolated sku passes", "bicep allowed and objects", "main.bicep", "",
          "regbicinterp01", "Pass", "'enabled'", false, 1 },
        { "Bicep sku object fails", "bicep allowed and objects", "main.bicep", "", "regbicskuobj01",
          "Fail", "parameter 'skuObject'", true, 1 },
        { "encryption status ENABLED", "cmk detection", "azuredeploy.json", "", "regcmkstatus01",
          "NotApplicable", "customer-managed key", false, 1 },
        { "encryption status parameter", "cmk detection", "azuredeploy.json", "", "regcmkparam01",
          "NotApplicable", "customer-managed key", false, 1 },
        { "key vault identity only", "cmk detection", "azuredeploy.json", "", "regcmkidonly01",
          "NotApplicable", "customer-managed key", false, 1 },
        { "keyIdentifier only", "cmk detection", "azuredeploy.json", "", "regcmkkeyonly01",
          "NotApplicable", "customer-managed key", false, 1 },
        { "encryption disabled passes", "cmk detection", "azuredeploy.json", "", "regnocmk01",
          "Pass", "'enabled'", false, 1 },
        { "CMK with trust fails", "cmk with trust", "azuredeploy.json", "", "regcmktrust01", "Fail",
          "customer-managed key", true, 1 },
        { "CMK with disabled trust", "cmk with trust", "azuredeploy.json", "", "regcmkoff01",
          "NotApplicable", "customer-managed key", false, 1 },
        { "CMK on Standard sku", "cmk with trust", "azuredeploy.json", "", "regcmkstd01",
          "NotApplicable", "customer-managed key", false, 1 },
        { "CMK with typeless trust fails", "cmk with trust", "azuredeploy.json", "", "regcmkonly01",
          "Fail", "customer-managed key", true, 1 },
        { "Bicep CMK with trust fails", "bicep cmk", "main.bicep", "", "regbicepcmk01", "Fail",
          "customer-managed key", true, 1 },
        { "Bicep CMK key only", "bicep cmk", "main.bicep", "", "regbicepcmk02", "NotApplicable",
          "customer-managed key", false, 1 },
        { "dev file without CMK passes", "cmk per parameter file", "acr.json",
          "acr.parameters.dev.json", "regcmkpf01", "Pass", "'enabled'", false, 1 },
        { "prod file with CMK", "cmk per parameter file", "acr.json", "acr.parameters.prod.json",
          "regcmkpf01", "NotApplicable", "customer-managed key", false, 1 },
        { "CMK template skips defaults", "cmk per parameter file", "acr.json", "", "regcmkpf01",
          "NoResult", "", false, 1 },
        { "CMK with misplaced trust", "row order edges", "azuredeploy.json", "", "regcmkwrong01",
          "NotApplicable", "customer-managed key", false, 1 },
        { "CMK before unknown sku", "row order edges", "azuredeploy.json", "", "regcmkunk01",
          "NotApplicable", "customer-managed key", false, 1 },
        { "existing with false condition", "row order edges", "azuredeploy.json", "",
          "regexistcond01", "NoResult", "", false, 1 },
        { "misplaced on old API fails", "row order edges", "azuredeploy.json", "", "regwrongold01",
          "Fail", "properties.policies.trustPolicy", true, 1 },
        { "unknown sku before old API", "row order edges", "azuredeploy.json", "", "regunkold01",
          "Unknown", "parameter 'sku'", false, 1 },
        { "dev JSON file fails", "bicep env parameter files", "registry.bicep",
          "registry.parameters.dev.json", "regenvparam01", "Fail", "parameter 'sku'", true, 1 },
        { "prod JSON file passes", "bicep env parameter files", "registry.bicep",
          "registry.parameters.prod.json", "regenvparam01", "Pass", "'enabled'", false, 1 },
        { "staging bicepparam fails", "bicep env parameter files", "registry.bicep",
          "staging.bicepparam", "regstaging01", "Fail", "parameter 'trust'", true, 1 },
        { "Bicep with files skips defaults", "bicep env parameter files", "registry.bicep", "",
          "regenvparam01", "NoResult", "", false, 1 },
        { "bicepparam expression fails", "json beside bicep", "main.bicep", "prod.bicepparam",
          "regbicepboth01", "Fail", "parameter 'trustStatus'", true, 1 },
        { "parameters.json pairs with JSON", "json beside bicep", "main.json",
          "main.parameters.json", "regjsonboth01", "Pass", "'enabled'", false, 1 },
        { "parameters.json skips Bicep", "json beside bicep", "main.bicep", "main.parameters.json",
          "regbicepboth01", "NoResult", "", false, 1 },
        { "JSON with file skips defaults", "json beside bicep", "main.json", "", "regjsonboth01",
          "NoResult", "", false, 1 },
        { "link from other folder fails", "metadata template link", "templates/acr.json",
          "params/weu.json", "reglinked01", "Fail", "parameter 'trustStatus'", true, 1 },
        { "linked template skips defaults", "metadata template link", "templates/acr.json", "",
          "reglinked01", "NoResult", "", false, 1 },
        { "unpaired file is ignored", "orphan parameter file", "azuredeploy.json", "",
          "regorphan01", "Pass", "'enabled'", false, 1 },
        { "bicepparam in subfolder fails", "bicepparam in subfolder", "main.bicep",
          "env/test.bicepparam", "regsubparam01", "Fail", "parameter 'skuName'", true, 1 },
        { "subfolder pairing skips defaults", "bicepparam in subfolder", "main.bicep", "",
          "regsubparam01", "NoResult", "", false, 1 },
        { "link leaves alpha on defaults", "link overrides naming", "alpha.json", "", "regalpha01",
          "Pass", "'enabled'", false, 1 },
        { "link pairs file with beta", "link overrides naming", "beta.json",
          "alpha.parameters.json", "regbeta01", "Fail", "parameter 'skuName'", true, 1 },
        { "link beats naming convention", "link overrides naming", "alpha.json",
          "alpha.parameters.json", "regalpha01", "NoResult", "", false, 1 },
        { "JSONC parameter file fails", "jsonc and utf16 parameter files", "acr.json",
          "acr.parameters.json", "regpfjsonc01", "Fail", "parameter 'trust'", true, 1 },
        { "UTF-16 parameter file fails", "jsonc and utf16 parameter files", "acr.json",
          "acr.parameters.u16.json", "regpfjsonc01", "Fail", "parameter 'trust'", true, 1 },
        { "required sku via variable", "required json parameters", "azuredeploy.json", "",
          "regreqjson01", "Unknown", "parameter 'acrSku'", false, 1 },
        { "required trust status", "required json parameters", "azuredeploy.json", "",
          "regreqtrust01", "Unknown", "parameter 'trustStatus'", false, 1 },
        { "required name still passes", "required json parameters", "azuredeploy.json", "",
          "[parameters('registryName')]", "Pass", "'enabled'", false, 1 },
        { "bicepparam omits required sku", "bicepparam omits required", "acr.bicep",
          "acr.bicepparam", "regreqbicep01", "Unknown", "parameter 'skuName'", false, 1 },
        { "reference() sku unknown", "deployment-time values", "azuredeploy.json",
          "azuredeploy.parameters.json", "regreference01", "Unknown", "reference(", false, 1 },
        { "listKeys() sku unknown", "deployment-time values", "azuredeploy.json",
          "azuredeploy.parameters.json", "reglistkeys01", "Unknown", "listKeys(", false, 1 },
        { "Key Vault reference unknown", "deployment-time values", "azuredeploy.json",
          "azuredeploy.parameters.json", "regvaultref01", "Unknown", "Key Vault reference", false,
          1 },
        { "nullable with ?? passes", "nullable parameters", "main.bicep", "", "regnullable01",
          "Pass", "'enabled'", false, 1 },
        { "module call required sku", "required through module", "main.bicep", "", "regreqmodule01",
          "Unknown", "parameter 'registrySku'", false, 1 },
        { "module file alone unknown", "required through module", "modules/registry.bicep", "",
          "name", "Unknown", "parameter 'sku'", false, 1 },
        { "environment() member unknown", "unknown functions", "azuredeploy.json", "",
          "regunknownfn01", "Unknown", "environment()", false, 1 },
        { "unknown function unknown", "unknown functions", "azuredeploy.json", "", "regunknownfn02",
          "Unknown", "fancySku(", false, 1 },
        { "condition from variable", "false condition expressions", "azuredeploy.json", "",
          "regcondvar01", "NotApplicable", "[variables('isProd')]", false, 1 },
        { "condition from object member", "false condition expressions", "azuredeploy.json", "",
          "regcondobj01", "NotApplicable", "parameters('features').registry", false, 1 },
        { "condition with and and not", "false condition expressions", "azuredeploy.json", "",
          "regcondand01", "NotApplicable", "not(equals(", false, 1 },
        { "condition false()", "false condition expressions", "azuredeploy.json", "", "regcondfn01",
          "NotApplicable", "[false()]", false, 1 },
        { "condition true literal", "false condition expressions", "azuredeploy.json", "",
          "regcondtrue01", "Pass", "'enabled'", false, 1 },
        { "inner deployment condition", "condition on deployment", "azuredeploy.json", "",
          "regcondnested01", "NotApplicable", "deployment 'registryDeployment'", false, 1 },
        { "outer scope condition", "condition on deployment", "azuredeploy.json", "",
          "regcondouter01", "NotApplicable", "parameters('deployRegistry')", false, 1 },
        { "Bicep if on parameter", "bicep if and module if", "main.bicep", "", "regcondbicep01",
          "NotApplicable", "deployRegistry", false, 1 },
        { "Bicep if on comparison", "bicep if and module if", "main.bicep", "", "regcondbicep02",
          "NotApplicable", "'prod'", false, 1 },
        { "module if false", "bicep if and module if", "main.bicep", "", "regcondmodule01",
          "NotApplicable", "deployment 'acrModule'", false, 1 },
        { "module file alone passes", "bicep if and module if", "modules/acr.bicep", "",
          "regcondmodself01", "Pass", "'enabled'", false, 1 },
        { "condition off in file", "condition per parameter file", "acr.json",
          "acr.parameters.off.json", "regcondpf01", "NotApplicable", "parameters('deploy')", false,
          1 },
        { "condition on in file", "condition per parameter file", "acr.json",
          "acr.parameters.on.json", "regcondpf01", "Fail", "properties.policies.trustPolicy", true,
          1 },
        { "symbolic condition", "symbolic and loop conditions", "azuredeploy.json", "",
          "regcondsym01", "NotApplicable", "parameters('enabled')", false, 1 },
        { "loop instances not deployed", "symbolic and loop conditions", "azuredeploy.json", "",
          "regcondloop0 .. regcondloop2", "NotApplicable", "copyIndex()", false, 2 },
        { "loop instance deployed", "symbolic and loop conditions", "azuredeploy.json", "",
          "regcondloop1", "Pass", "'enabled'", false, 1 },
        { "existing true", "symbolic existing", "azuredeploy.json", "", "regexistsym01", "NoResult",
          "", false, 1 },
        { "Existing key case", "symbolic existing", "azuredeploy.json", "", "regexistsym02",
          "NoResult", "", false, 1 },
        { "deployed beside existing", "symbolic existing", "azuredeploy.json", "", "regexistown01",
          "Fail", "'disabled'", true, 1 },
        { "existing in other scope", "bicep existing forms", "main.bicep", "", "regexistscope01",
          "NoResult", "", false, 1 },
        { "existing loop first", "bicep existing forms", "main.bicep", "", "regexistloop01",
          "NoResult", "", false, 1 },
        { "existing loop second", "bicep existing forms", "main.bicep", "", "regexistloop02",
          "NoResult", "", false, 1 },
        { "existing with type case", "bicep existing forms", "main.bicep", "", "regexistcase01",
          "NoResult", "", false, 1 },
        { "existing read in module", "existing in module", "main.bicep", "", "regexistmod01",
          "NoResult", "", false, 1 },
        { "registry beside module", "existing in module", "main.bicep", "", "regexistnew01", "Pass",
          "'enabled'", false, 1 },
        { "lower-case type passes", "child types and case", "azuredeploy.json", "",
          "regchildcase01", "Pass", "'enabled'", false, 1 },
        { "scopeMaps child decoy", "child types and case", "azuredeploy.json", "",
          "regchildcase01/pullonly", "NoResult", "", false, 1 },
        { "agentPools child", "child types and case", "azuredeploy.json", "",
          "regchildcase01/pool1", "NoResult", "", false, 1 },
        { "longer type name", "child types and case", "azuredeploy.json", "", "regnotregistry01",
          "NoResult", "", false, 1 },
        { "Bicep parent fails", "bicep child resources", "main.bicep", "", "regbicepparent01",
          "Fail", "properties.policies.trustPolicy", true, 1 },
        { "Bicep nested replication", "bicep child resources", "main.bicep", "",
          "regbicepparent01/westeurope", "NoResult", "", false, 1 },
        { "Bicep parent-property token", "bicep child resources", "main.bicep", "",
          "regbicepparent01/token1", "NoResult", "", false, 1 },
        { "registry in inner deployment", "registry in inner deployment", "azuredeploy.json", "",
          "regnestedinner01", "Fail", "properties.policies.trustPolicy", true, 1 },
        { "child in inner deployment", "registry in inner deployment", "azuredeploy.json", "",
          "regnestedinner01/northeurope", "NoResult", "", false, 1 },
        { "outer scope of inner template", "outer scope in inner deployment", "azuredeploy.json",
          "", "regouterofinner01", "Pass", "'enabled'", false, 1 },
        { "outer scope of root template", "outer scope in inner deployment", "azuredeploy.json", "",
          "regouterdefault01", "Fail", "parameter 'sku'", true, 1 },
        { "first call Basic sku", "module called twice", "infra/main.bicep", "", "regmoddev01",
          "Fail", "parameter 'devSku'", true, 1 },
        { "second call disabled trust", "module called twice", "infra/main.bicep", "",
          "regmodprod01", "Fail", "parameter 'trustStatus'", true, 1 },
        { "shared module alone passes", "module called twice", "shared/acr.bicep", "",
          "registryName", "Pass", "'enabled'", false, 1 },
        { "comment inside status", "comments everywhere", "azuredeploy.json", "", "regjsoncfix01",
          "Fail", "'disabled'", true, 1 },
        { "insert after trailing comma", "comments everywhere", "azuredeploy.json", "",
          "regjsoncins01", "Fail", "properties.policies.trustPolicy", true, 1 },
        { "multi-line name expression", "comments and multiline expression", "azuredeploy.json", "",
          "regjsoncmulti01", "Fail", "parameter 'skuName'", true, 1 },
        { "Bicep comments", "jsonc extension and bicep comments", "main.bicep", "",
          "regbicepcomm01", "Fail", "'disabled'", true, 1 },
        { "jsonc extension passes", "jsonc extension and bicep comments", "registry.jsonc", "",
          "regjsoncext01", "Pass", "'enabled'", false, 1 },
        { "UTF-8 BOM CRLF tabs", "bom crlf tabs", "azuredeploy.json", "", "regbomtabs01", "Fail",
          "properties.policies.trustPolicy", true, 1 },
        { "UTF-16 LE CRLF", "utf16 le", "azuredeploy.json", "", "regutf16le01", "Fail",
          "properties.policies.trustPolicy", true, 1 },
        { "UTF-16 BE", "utf16 be", "azuredeploy.json", "", "regutf16be01", "Fail",
          "properties.policies.trustPolicy", true, 1 },
        { "CRLF without BOM", "crlf without bom", "azuredeploy.json", "", "regcrlf01", "Fail",
          "'disabled'", true, 1 },
        { "Bicep BOM CRLF", "bicep bom crlf", "main.bicep", "", "regbicepbom01", "Fail", "'Basic'",
          true, 1 },
        { "TrustPolicy under Properties", "trust policy misplaced", "azuredeploy.json", "",
          "regpathupper01", "Fail", "properties.policies.trustPolicy", true, 1 },
        { "misplaced beside retention", "trust policy misplaced", "azuredeploy.json", "",
          "regpathretain01", "Fail", "properties.policies.trustPolicy", true, 1 },
        { "trustPolicy beside properties", "trust policy misplaced", "azuredeploy.json", "",
          "regpathbeside01", "Fail", "properties.policies.trustPolicy", true, 1 },
        { "misplaced and correct copies", "misplaced with other rows", "azuredeploy.json", "",
          "regpathboth01", "Fail", "properties.trustPolicy", true, 1 },
        { "misplaced on Standard sku", "misplaced with other rows", "azuredeploy.json", "",
          "regpathstd01", "Fail", "'Standard'", true, 1 },
        { "Bicep misplaced trust", "bicep misplaced", "main.bicep", "", "regbicepwrong01", "Fail",
          "properties.policies.trustPolicy", true, 1 },
        { "2019-12-01-preview passes", "api versions", "azuredeploy.json", "", "regapipreview01",
          "Pass", "'enabled'", false, 1 },
        { "2019-05-01 passes", "api versions", "azuredeploy.json", "", "regapiexact01", "Pass",
          "'enabled'", false, 1 },
        { "2017-03-01 fails", "api versions", "azuredeploy.json", "", "regapi2017a01", "Fail",
          "2017-03-01", true, 1 },
        { "2016 preview disabled fails", "api versions", "azuredeploy.json", "", "regapi2016a01",
          "Fail", "2016-06-27-preview", true, 1 },
        { "old API on Standard fails", "api versions", "azuredeploy.json", "", "regapistd01",
          "Fail", "'Standard'", true, 1 },
        { "Bicep 2017-10-01 fails", "bicep api versions", "main.bicep", "", "regbicepold01", "Fail",
          "2017-10-01", true, 1 },
        { "Bicep preview passes", "bicep api versions", "main.bicep", "", "regbicepprev01", "Pass",
          "'enabled'", false, 1 },
        { "symbolic old API fails", "symbolic old api", "azuredeploy.json", "", "regapisym01",
          "Fail", "2017-10-01", true, 1 },
        { "zero copies no result", "zero copy count", "azuredeploy.json", "", "regzero0",
          "NoResult", "", false, 1 },
        { "250 copies from file", "copy count from parameter file", "acr.json",
          "acr.parameters.json", "regpfloop100 .. regpfloop349", "Fail",
          "properties.policies.trustPolicy", true, 250 },
        { "Bicep loop over names", "bicep loops", "main.bicep", "", "regbicloopa .. regbicloopb",
          "Fail", "'disabled'", true, 2 },
        { "Bicep range of 400", "bicep loops", "main.bicep", "", "regbicrange1 .. regbicrange400",
          "Pass", "'enabled'", false, 400 },
        { "Bicep loop if skips first", "bicep loops", "main.bicep", "", "regbicloopaidx0",
          "NotApplicable", "i > 0", false, 1 },
        { "Bicep loop if keeps second", "bicep loops", "main.bicep", "", "regbicloopbidx1", "Fail",
          "properties.policies.trustPolicy", true, 1 },
        { "symbolic 800 Standard copies", "symbolic 800 copies", "azuredeploy.json", "",
          "regsymfleet0 .. regsymfleet799", "Fail", "'Standard'", true, 800 },
        { "module loop Premium instances", "module loop and registry modules", "main.bicep", "",
          "regmodloop0 .. regmodloop2", "Pass", "'enabled'", false, 2 },
        { "module loop Basic instance", "module loop and registry modules", "main.bicep", "",
          "regmodloop1", "Fail", "parameter 'skus'", true, 1 },
        { "br/public registry module", "module loop and registry modules", "main.bicep", "",
          "regremote01", "Unknown", "container-registry", false, 1 },
        { "looped module file alone", "module loop and registry modules", "modules/acr.bicep", "",
          "regmodself01", "Pass", "'enabled'", false, 1 },
        { "default from other parameter", "parameter and variable chains", "azuredeploy.json", "",
          "regchaindefault01", "Fail", "parameter 'baseSku'", true, 1 },
        { "variable from other variable", "parameter and variable chains", "azuredeploy.json", "",
          "regchainvar01", "Fail", "variable 'baseStatus'", true, 1 },
        { "bicepparam lower-case standard", "bicepparam and json file", "main.bicep",
          "main.bicepparam", "regtwosets01", "Fail", "'standard'", true, 1 },
        { "JSON file Disabled status", "bicepparam and json file", "main.bicep",
          "main.parameters.json", "regtwosets01", "Fail", "'Disabled'", true, 1 },
        { "two sets skip defaults", "bicepparam and json file", "main.bicep", "", "regtwosets01",
          "NoResult", "", false, 1 },
        { "passed false condition", "inner scope Inner and passed condition", "azuredeploy.json",
          "", "reginnercond01", "NotApplicable", "parameters('deploy')", false, 1 },
        { "passed Standard sku", "inner scope Inner and passed condition", "azuredeploy.json", "",
          "reginnersku01", "Fail", "parameter 'innerSku'", true, 1 },
        { "Parameters and Value keys", "parameter file key case", "acr.json", "acr.parameters.json",
          "regpfkeys01", "Fail", "parameter 'sku'", true, 1 },
        { "items loop Premium entry", "bicep items loop and registry module loop", "main.bicep", "",
          "regitemsa", "Pass", "'enabled'", false, 1 },
        { "items loop Standard entry", "bicep items loop and registry module loop", "main.bicep",
          "", "regitemsb", "Fail", "parameter 'registries'", true, 1 },
        { "items loop disabled entry", "bicep items loop and registry module loop", "main.bicep",
          "", "regitemsc", "Fail", "parameter 'registries'", true, 1 },
        { "registry module in loop", "bicep items loop and registry module loop", "main.bicep", "",
          "regremoteloop0 .. regremoteloop1", "Unknown", "container-registry", false, 2 },
        { "insert after line comment", "insertions next to comments", "azuredeploy.json", "",
          "regtrailcomment01", "Fail", "properties.policies.trustPolicy", true, 1 },
        { "insert in one-line resource", "insertions next to comments", "azuredeploy.json", "",
          "regoneline01", "Fail", "properties.policies.trustPolicy", true, 1 },
        { "insert beside block comment", "insertions next to comments", "azuredeploy.json", "",
          "regemptycomment01", "Fail", "properties.policies.trustPolicy", true, 1 },
        { "insert after commented member", "insertions next to comments", "azuredeploy.json", "",
          "reglastcomment01", "Fail", "properties.policies.trustPolicy", true, 1 },
        { "Bicep insert after comment", "insertions next to comments", "main.bicep", "",
          "regbiceptrail01", "Fail", "properties.policies.trustPolicy", true, 1 },
        { "Bicep insert properties", "insertions next to comments", "main.bicep", "",
          "regbicepnoprops01", "Fail", "properties.policies.trustPolicy", true, 1 },
        { "link to Bicep template", "link to bicep and dotted env", "templates/acr.bicep",
          "params/bicep.json", "reglinkbicep01", "Fail", "parameter 'sku'", true, 1 },
        { "dotted env parameter file", "link to bicep and dotted env", "templates/multi.json",
          "templates/multi.parameters.prod.westeurope.json", "regmultidot01", "Fail",
          "parameter 'sku'", true, 1 },
        { "four-space JSON insert", "four spaces and bicep tabs", "azuredeploy.json", "",
          "regfourspace01", "Fail", "properties.policies.trustPolicy", true, 1 },
        { "tab-indented Bicep insert", "four spaces and bicep tabs", "main.bicep", "",
          "regbicephtabs01", "Fail", "properties.policies.trustPolicy", true, 1 },
        { "Classic sku fails", "odd values and paths", "azuredeploy.json", "", "regclassic01",
          "Fail", "'Classic'", true, 1 },
        { "encryption null from if()", "odd values and paths", "azuredeploy.json", "",
          "regcmknull01", "Pass", "'enabled'", false, 1 },
        { "empty key vault properties", "odd values and paths", "azuredeploy.json", "",
          "regcmkempty01", "Pass", "'enabled'", false, 1 },
        { "unicode escapes in keys", "odd values and paths", "azuredeploy.json", "", "regescape01",
          "Pass", "'enabled'", false, 1 },
        { "upper-case policy path", "odd values and paths", "azuredeploy.json", "", "regcasepath01",
          "Pass", "'enabled'", false, 1 },
        { "2018-09-01 fails", "odd values and paths", "azuredeploy.json", "", "regapi2018a01",
          "Fail", "2018-09-01", true, 1 },
        { "sku with leading space", "odd values and paths", "azuredeploy.json", "",
          "regpremspace01", "Fail", "' Premium'", true, 1 },
        { "caller ignores module file", "module with own parameter file", "main.bicep", "",
          "regmodcaller01", "Pass", "'enabled'", false, 1 },
        { "module alone uses its file", "module with own parameter file", "mod/acr.bicep",
          "mod/acr.parameters.json", "regmodpaired01", "Fail", "parameter 'sku'", true, 1 },
        { "module alone skips defaults", "module with own parameter file", "mod/acr.bicep", "",
          "regmodpaired00", "NoResult", "", false, 1 },
    };
    return all;
}

const Variant *findVariant(const QString &name)
{
    for (const Variant &variant : variants()) {
        if (name == QLatin1String(variant.name))
            return &variant;
    }
    return nullptr;
}

// Returns the bytes of `file` as they are written to disk.
QByteArray encodeVariantFile(const VariantFile &file)
{
    QString text = QString::fromUtf8(file.text);
    if (file.tabs) {
        QStringList lines = text.split(QLatin1Char('\n'));
        for (QString &line : lines) {
            int spaces = 0;
            while (spaces < line.size() && line.at(spaces) == QLatin1Char(' '))
                ++spaces;
            line = QString(spaces / 2, QLatin1Char('\t')) + line.mid(spaces - spaces % 2);
        }
        text = lines.join(QLatin1Char('\n'));
    }
    if (file.crlf)
        text.replace(QLatin1Char('\n'), QLatin1String("\r\n"));

    QByteArray bytes;
    switch (file.encoding) {
    case Encoding::Utf8:
        return text.toUtf8();
    case Encoding::Utf8Bom:
        return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    case Encoding::Utf16LeBom:
    case Encoding::Utf16BeBom: {
        const bool littleEndian = file.encoding == Encoding::Utf16LeBom;
        bytes.append(littleEndian ? "\xFF\xFE" : "\xFE\xFF", 2);
        for (const QChar unit : text) {
            const char low = char(unit.unicode() & 0xFF);
            const char high = char(unit.unicode() >> 8);
            bytes.append(littleEndian ? low : high);
            bytes.append(littleEndian ? high : low);
        }
        return bytes;
    }
    }
    return bytes;
}

// Writes every file of `variant` under `root`. Returns an empty string, or the failure.
QString writeVariant(const Variant &variant, const QString &root)
{
    for (const VariantFile &file : variant.files) {
        const QString path = root + QLatin1Char('/') + QString::fromUtf8(file.path);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return QStringLiteral("cannot create the folder of %1").arg(path);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(encodeVariantFile(file)) < 0)
            return QStringLiteral("cannot write %1: %2").arg(path, out.errorString());
    }
    return {};
}

// True when `finding` is the result for the registry or group called `name`: its evaluated name,
// its name as written when that cannot be evaluated, or one of its copy-loop instances.
bool coversName(const Finding &finding, const std::string &name)
{
    if (finding.resolvedName == name)
        return true;
    if (finding.resolvedName.empty() && finding.resource == name)
        return true;
    return std::any_of(finding.instances.begin(), finding.instances.end(),
                       [&](const FindingInstance &instance) { return instance.name == name; });
}

std::vector<const Finding *> findingsFor(const ScanResult &scan, const std::string &file,
                                         const std::string &parameterFile, const std::string &name)
{
    std::vector<const Finding *> matches;
    for (const Finding &finding : scan.findings) {
        if (finding.file == file && finding.parameterFile == parameterFile
            && coversName(finding, name))
            matches.push_back(&finding);
    }
    return matches;
}

// Returns the name that finds `finding` again after a fix, because copy-loop groups may merge.
std::string lookupName(const Finding &finding)
{
    if (!finding.instances.empty())
        return finding.instances.front().name;
    return finding.resolvedName.empty() ? finding.resource : finding.resolvedName;
}

// Returns an empty string when `fixed` equals `original` outside the spans of `edits`.
// Otherwise returns where the texts differ.
std::string changeOutsideEdits(const std::string &original, const std::string &fixed,
                               std::vector<TextEdit> edits)
{
    std::sort(edits.begin(), edits.end(),
              [](const TextEdit &a, const TextEdit &b) { return a.span.begin < b.span.begin; });
    std::size_t originalAt = 0;
    std::size_t fixedAt = 0;
    for (const TextEdit &edit : edits) {
        const std::size_t length = edit.span.begin - originalAt;
        if (original.compare(originalAt, length, fixed, fixedAt, length) != 0)
            return "text before offset " + std::to_string(edit.span.begin) + " changed";
        fixedAt += length;
        if (fixed.compare(fixedAt, edit.replacement.size(), edit.replacement) != 0)
            return "the replacement at offset " + std::to_string(edit.span.begin)
                + " is not in the fixed text";
        fixedAt += edit.replacement.size();
        originalAt = edit.span.end;
    }
    if (original.substr(originalAt) != fixed.substr(fixedAt))
        return "text after the last edit changed";
    return {};
}

} // namespace

void TestVariants::outcomes_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("parameterFile");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("reasonPart");
    QTest::addColumn<bool>("fixExpected");
    QTest::addColumn<int>("instances");

    for (const Expectation &expected : expectations()) {
        QTest::newRow(expected.row)
            << QString::fromUtf8(expected.variant) << QString::fromUtf8(expected.file)
            << QString::fromUtf8(expected.parameterFile) << QString::fromUtf8(expected.name)
            << QString::fromUtf8(expected.outcome) << QString::fromUtf8(expected.reasonPart)
            << expected.fix << expected.instances;
    }
}

void TestVariants::outcomes()
{
    QFETCH(QString, variant);
    QFETCH(QString, file);
    QFETCH(QString, parameterFile);
    QFETCH(QString, name);
    QFETCH(QString, outcome);
    QFETCH(QString, reasonPart);
    QFETCH(bool, fixExpected);
    QFETCH(int, instances);

    const Variant *input = findVariant(variant);
    QVERIFY2(input, qPrintable(QStringLiteral("no variant named %1").arg(variant)));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString written = writeVariant(*input, dir.path());
    QVERIFY2(written.isEmpty(), qPrintable(written));

    const ScanResult scan = scanFolder(dir.path().toStdString());
    const std::vector<const Finding *> matches
        = findingsFor(scan, file.toStdString(), parameterFile.toStdString(), name.toStdString());
    if (outcome == QLatin1String("NoResult")) {
        QVERIFY2(matches.empty(), "a resource that must give no result has a finding");
        return;
    }
    QCOMPARE(int(matches.size()), 1);
    const Finding &finding = *matches.front();
    QCOMPARE(QString::fromStdString(std::string(outcomeName(finding.outcome))), outcome);
    QVERIFY2(finding.reason.find(reasonPart.toStdString()) != std::string::npos,
             finding.reason.c_str());
    QCOMPARE(finding.isFixable(), fixExpected);
    const int standsFor = finding.instances.empty() ? 1 : int(finding.instances.size());
    QCOMPARE(standsFor, instances);
}

void TestVariants::findingCount_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<int>("findings");

    for (const Variant &variant : variants()) {
        int findings = 0;
        for (const Expectation &expected : expectations()) {
            if (QLatin1String(expected.variant) == QLatin1String(variant.name)
                && QLatin1String(expected.outcome) != QLatin1String("NoResult"))
                ++findings;
        }
        QTest::newRow(variant.name) << QString::fromUtf8(variant.name) << findings;
    }
}

// Every variant gives exactly the findings listed for it: no child resource, existing
// reference, skipped parameter set or zero-count loop adds one.
void TestVariants::findingCount()
{
    QFETCH(QString, variant);
    QFETCH(int, findings);

    const Variant *input = findVariant(variant);
    QVERIFY(input);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString written = writeVariant(*input, dir.path());
    QVERIFY2(written.isEmpty(), qPrintable(written));

    const ScanResult scan = scanFolder(dir.path().toStdString());
    QCOMPARE(int(scan.findings.size()), findings);
}

// A fix for a registry with a customer-managed key removes the trust policy, so the registry
// becomes not applicable. Every other fix makes the registry pass.
void TestVariants::fixes_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("parameterFile");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("fixedOutcome");

    for (const Expectation &expected : expectations()) {
        if (!expected.fix)
            continue;
        const bool customerManagedKey = std::string(expected.reasonPart) == "customer-managed key";
        QTest::newRow(expected.row)
            << QString::fromUtf8(expected.variant) << QString::fromUtf8(expected.file)
            << QString::fromUtf8(expected.parameterFile) << QString::fromUtf8(expected.name)
            << (customerManagedKey ? QStringLiteral("NotApplicable") : QStringLiteral("Pass"));
    }
}

// Applies one finding's fix as `--fix` does, editing each file and saving it through the
// atomic writer, and checks again. The registry gets the fixed outcome and nothing outside the
// edits changes. Every file keeps its encoding and line endings, and every registry that passed
// still passes.
void TestVariants::fixes()
{
    QFETCH(QString, variant);
    QFETCH(QString, file);
    QFETCH(QString, parameterFile);
    QFETCH(QString, name);
    QFETCH(QString, fixedOutcome);

    const Variant *input = findVariant(variant);
    QVERIFY(input);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString written = writeVariant(*input, dir.path());
    QVERIFY2(written.isEmpty(), qPrintable(written));

    const ScanResult before = scanFolder(dir.path().toStdString());
    const std::vector<const Finding *> matches
        = findingsFor(before, file.toStdString(), parameterFile.toStdString(), name.toStdString());
    QCOMPARE(int(matches.size()), 1);
    QVERIFY(matches.front()->isFixable());
    QVERIFY(!matches.front()->fix->description.empty());
    const Fix fix = *matches.front()->fix;

    std::vector<SourceFile> originals;
    for (const std::string &path : fix.paths()) {
        const Result<SourceFile> source = readSourceFile(path);
        QVERIFY2(source.ok(), source.error().c_str());
        std::vector<TextEdit> edits;
        for (const TextEdit &edit : fix.edits) {
            if (edit.path == path)
                edits.push_back(edit);
        }
        const Result<std::string> fixed = applyTextEdits(source->text(), edits);
        QVERIFY2(fixed.ok(), fixed.error().c_str());
        const std::string outside = changeOutsideEdits(source->text(), fixed.value(), edits);
        QVERIFY2(outside.empty(), outside.c_str());
        const Status saved = saveText(source.value(), fixed.value());
        QVERIFY2(saved.ok(), saved.error().c_str());
        originals.push_back(source.value());
    }

    const ScanResult after = scanFolder(dir.path().toStdString());
    // A fixed file reads as cleanly as before: notices that the input already had may stay.
    QCOMPARE(int(after.errors.size()), int(before.errors.size()));
    const std::vector<const Finding *> rechecked
        = findingsFor(after, file.toStdString(), parameterFile.toStdString(), name.toStdString());
    QCOMPARE(int(rechecked.size()), 1);
    QCOMPARE(QString::fromStdString(std::string(outcomeName(rechecked.front()->outcome))),
             fixedOutcome);

    for (const SourceFile &original : originals) {
        const Result<SourceFile> savedFile = readSourceFile(original.path());
        QVERIFY(savedFile.ok());
        QCOMPARE(int(savedFile->encoding()), int(original.encoding()));
        QCOMPARE(int(savedFile->lineEnding()), int(original.lineEnding()));
    }

    for (const Finding &passed : before.findings) {
        if (passed.outcome != Outcome::Pass)
            continue;
        const std::vector<const Finding *> now
            = findingsFor(after, passed.file, passed.parameterFile, lookupName(passed));
        QCOMPARE(int(now.size()), 1);
        QVERIFY2(now.front()->outcome == Outcome::Pass, now.front()->reason.c_str());
    }
}

// A module from a Bicep registry whose path names no container-registry module is reported
// as a notice on the calling file, not as a rule result.
void TestVariants::unreadableModuleNotice()
{
    const Variant *input = findVariant(QStringLiteral("module loop and registry modules"));
    QVERIFY(input);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString written = writeVariant(*input, dir.path());
    QVERIFY2(written.isEmpty(), qPrintable(written));

    const ScanResult scan = scanFolder(dir.path().toStdString());
    const auto notice
        = std::find_if(scan.errors.begin(), scan.errors.end(), [](const FileError &e) {
              return e.file == "main.bicep" && e.message.find("remoteOther") != std::string::npos;
          });
    QVERIFY2(notice != scan.errors.end(), "no notice names the module 'remoteOther'");
    QCOMPARE(notice->line, 22);
    QCOMPARE(int(findingsFor(scan, "main.bicep", "", "remoteStorage").size()), 0);
}

QTEST_GUILESS_MAIN(TestVariants)
#include "tst_variants.moc"
