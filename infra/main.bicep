// DanVan in one resource group: App Service (Linux, .NET 10) running the bot, a Storage account for its tables,
// an Azure Bot with the Teams channel bound to an existing Entra app registration, a Key Vault holding the three
// secrets the app reads through Key Vault references, and Application Insights on a Log Analytics workspace.
// Deploy (README "Deploy to Azure and Teams"):
//   az deployment group create -g <group> -f infra/main.bicep -p infra/main.sample.bicepparam
// Every app setting below is a row of the README's Configuration table (tools/checks/infra.test.mjs checks both ways).

targetScope = 'resourceGroup'

@description('Azure region of every resource except the Azure Bot, which is global.')
param location string = resourceGroup().location

@description('Short lower-case name the resource names start with.')
@minLength(3)
@maxLength(11)
param namePrefix string = 'danvan'

@description('The Entra app registration of the bot (its Application (client) ID): MicrosoftAppId.')
@minLength(36)
@maxLength(36)
param botAppId string

@description('The tenant of that app registration (single-tenant bot): MicrosoftAppTenantId.')
param botTenantId string = tenant().tenantId

@description('A client secret of that app registration: MicrosoftAppPassword. Stored in Key Vault only.')
@secure()
@minLength(1)
param botAppPassword string

@description('Key that signs export download links (32+ characters): Export__SigningKey. Stored in Key Vault only.')
@secure()
@minLength(32)
param exportSigningKey string

@description('The first Văn phòng Sở members (UPNs or Entra object ids, comma-separated): Roster__OfficeUsers.')
param officeUsers string

@description('Units and first users added once at start-up: Roster__SeedFile. Empty in production, or the office\'s real roster file.')
param rosterSeedFile string = ''

@description('The plan file, relative to the published app: Plan__File.')
param planFile string = 'plans/ke-hoach-2024.json'

@description('Whom unknown users are told to contact: DanVan__OfficeContact.')
param officeContact string = 'Văn phòng Sở Nông nghiệp và PTNT'

@description('Client locale prefixes answered in English: DanVan__EnglishLocales.')
param englishLocales string = 'en'

@description('The address the office\'s browser reaches the bot at, for export links: DanVan__PublicBaseUrl. Empty: the web app\'s own https address.')
param publicBaseUrl string = ''

@description('App Service plan size (always-on needs Basic or above).')
@allowed(['B1', 'B2', 'S1', 'P0v3', 'P1v3'])
param appServiceSku string = 'B1'

@description('Storage redundancy.')
@allowed(['Standard_LRS', 'Standard_ZRS', 'Standard_GRS', 'Standard_GZRS'])
param storageSku string = 'Standard_LRS'

@description('Azure Bot pricing tier (F0: free, standard channels such as Teams are free either way).')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

var suffix = uniqueString(resourceGroup().id)
var appName = '${namePrefix}-${suffix}'
var storageName = take('st${replace(namePrefix, '-', '')}${suffix}', 24)
var vaultName = take('kv-${namePrefix}-${suffix}', 24)
var keyVaultSecretsUser = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${appName}'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${appName}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageName
  location: location
  sku: { name: storageSku }
  kind: 'StorageV2'
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // The app connects with the account key, kept in Key Vault.
    allowSharedKeyAccess: true
  }
}

resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    deleteRetentionPolicy: { enabled: true, days: 14 }
    containerDeleteRetentionPolicy: { enabled: true, days: 14 }
  }
}

// Where table backups go (README "Operate"); private like every container.
resource backups 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: 'backups'
  properties: { publicAccess: 'None' }
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: vaultName
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
  }
}

resource appPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'bot-app-password'
  properties: { value: botAppPassword }
}

resource signingKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'export-signing-key'
  properties: { value: exportSigningKey }
}

resource storageSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'storage-connection-string'
  properties: {
    value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'asp-${appName}'
  location: location
  kind: 'linux'
  sku: { name: appServiceSku }
  properties: { reserved: true }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  kind: 'app,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz/ready'
      appSettings: [
        { name: 'MicrosoftAppType', value: 'SingleTenant' }
        { name: 'MicrosoftAppId', value: botAppId }
        { name: 'MicrosoftAppPassword', value: '@Microsoft.KeyVault(SecretUri=${appPasswordSecret.properties.secretUri})' }
        { name: 'MicrosoftAppTenantId', value: botTenantId }
        { name: 'Storage__ConnectionString', value: '@Microsoft.KeyVault(SecretUri=${storageSecret.properties.secretUri})' }
        { name: 'Storage__TablePrefix', value: 'danvan' }
        { name: 'Storage__UnitCacheSeconds', value: '30' }
        { name: 'Storage__StartupAttempts', value: '30' }
        { name: 'Plan__File', value: planFile }
        { name: 'Plan__Folder', value: 'plans' }
        { name: 'Roster__SeedFile', value: rosterSeedFile }
        { name: 'Roster__OfficeUsers', value: officeUsers }
        { name: 'Roster__CacheSeconds', value: '60' }
        { name: 'DanVan__OfficeContact', value: officeContact }
        { name: 'DanVan__DemoStart', value: '' }
        { name: 'DanVan__PublicBaseUrl', value: empty(publicBaseUrl) ? 'https://${appName}.azurewebsites.net' : publicBaseUrl }
        { name: 'DanVan__EnglishLocales', value: englishLocales }
        // Never anonymous in a tenant: every request carries a Bot Framework token for botAppId.
        { name: 'DanVan__AllowAnonymous', value: 'false' }
        // Only botTenantId's activities are served; more tenants only if the department spans several.
        { name: 'DanVan__AllowedTenants', value: '' }
        { name: 'DanVan__TurnBurst', value: '30' }
        { name: 'DanVan__TurnsPerMinute', value: '60' }
        // The SDK's cloud settings: empty = the public Azure cloud (set all four together, or none).
        { name: 'ToBotFromChannelOpenIdMetadataUrl', value: '' }
        { name: 'ToBotFromChannelTokenIssuer', value: '' }
        { name: 'ToChannelFromBotLoginUrl', value: '' }
        { name: 'ToChannelFromBotOAuthScope', value: '' }
        { name: 'Export__SigningKey', value: '@Microsoft.KeyVault(SecretUri=${signingKeySecret.properties.secretUri})' }
        { name: 'Export__LinkMinutes', value: '15' }
        { name: 'Files__MaxMegabytes', value: '20' }
        { name: 'Files__AllowedHosts', value: 'sharepoint.com,sharepoint-df.com,teams.microsoft.com' }
        { name: 'Files__DownloadTimeoutSeconds', value: '60' }
        { name: 'Health__CacheSeconds', value: '5' }
        { name: 'Telemetry__Console', value: 'false' }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
      ]
    }
  }
}

// The web app reads the three secrets, and nothing else in the vault.
resource appReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, app.id, keyVaultSecretsUser)
  properties: {
    roleDefinitionId: keyVaultSecretsUser
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: 'bot-${appName}'
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: 'DanVan'
    endpoint: 'https://${app.properties.defaultHostName}/api/messages'
    msaAppId: botAppId
    msaAppTenantId: botTenantId
    msaAppType: 'SingleTenant'
    disableLocalAuth: true
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

output webAppName string = app.name
output webAppResourceId string = app.id
output webAppHostName string = app.properties.defaultHostName
output messagingEndpoint string = bot.properties.endpoint
output keyVaultName string = vault.name
output storageAccountName string = storage.name
output healthCheckPath string = app.properties.siteConfig.healthCheckPath
