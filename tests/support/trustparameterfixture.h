// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace testsupport {

// A Premium registry named "registryprod" whose trust status comes from a parameter that
// allows only "disabled", and a production parameter file that sets it. The fix sets the value
// in the parameter file and adds "enabled" to the template's allowedValues, so it edits one
// line in each file.
inline const QByteArray kTrustParameterTemplate
    = "{\n"
      "  \"$schema\": "
      "\"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\",\n"
      "  \"contentVersion\": \"1.0.0.0\",\n"
      "  \"parameters\": {\n"
      "    \"trustStatus\": { \"type\": \"string\", \"allowedValues\": [ \"disabled\" ] }\n"
      "  },\n"
      "  \"resources\": [\n"
      "    {\n"
      "      \"type\": \"Microsoft.ContainerRegistry/registries\",\n"
      "      \"apiVersion\": \"2023-07-01\",\n"
      "      \"name\": \"registryprod\",\n"
      "      \"location\": \"westeurope\",\n"
      "      \"sku\": { \"name\": \"Premium\" },\n"
      "      \"properties\": {\n"
      "        \"policies\": { \"trustPolicy\": { \"type\": \"Notary\", \"status\": "
      "\"[parameters('trustStatus')]\" } }\n"
      "      }\n"
      "    }\n"
      "  ]\n"
      "}\n";

// The production parameter file of kTrustParameterTemplate, named main.parameters.prod.json
// beside a main.json.
inline const QByteArray kTrustParameterFile
    = "{\n"
      "  \"$schema\": "
      "\"https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#\",\n"
      "  \"contentVersion\": \"1.0.0.0\",\n"
      "  \"parameters\": {\n"
      "    \"trustStatus\": { \"value\": \"disabled\" }\n"
      "  }\n"
      "}\n";

} // namespace testsupport
