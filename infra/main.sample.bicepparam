// Sample parameters for main.bicep. Copy it (e.g. to infra/main.bicepparam, git-ignored is wise), fill in the app
// registration's client id and the first office members, and pass the two secrets through the environment so
// they never land in a file:
//   export DANVAN_BOT_APP_PASSWORD='<client secret value>'
//   export DANVAN_EXPORT_SIGNING_KEY="$(openssl rand -base64 48)"
//   az deployment group create -g <group> -f infra/main.bicep -p infra/main.sample.bicepparam
using 'main.bicep'

param namePrefix = 'danvan'
param botAppId = '00000000-0000-0000-0000-000000000000'
param botAppPassword = readEnvironmentVariable('DANVAN_BOT_APP_PASSWORD')
param exportSigningKey = readEnvironmentVariable('DANVAN_EXPORT_SIGNING_KEY')
param officeUsers = 'vanphong@example.gov.vn'
param rosterSeedFile = ''
param planFile = 'plans/ke-hoach-2024.json'
param appServiceSku = 'B1'
