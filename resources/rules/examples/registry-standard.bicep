resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'registrysample01'
  location: 'westeurope'
  sku: {
    name: 'Standard'
  }
  properties: {
    adminUserEnabled: false
  }
}
