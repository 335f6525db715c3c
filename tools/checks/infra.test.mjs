// infra/main.bicep, offline: it builds and lints with 0 errors and 0 warnings (the Bicep CLI from NuGet), its
// sample parameters file builds, it declares what DanVan needs, and its app settings are the README's
// Configuration table, one to one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bicep, infraDir, readmeSettings, templateAppSettings } from '../infra.mjs';

const main = path.join(infraDir, 'main.bicep');
const sample = path.join(infraDir, 'main.sample.bicepparam');
const secrets = { DANVAN_BOT_APP_PASSWORD: 'sample-secret', DANVAN_EXPORT_SIGNING_KEY: 'x'.repeat(48) };
let compiled;
const template = () => (compiled ??= JSON.parse(bicep(['build', main, '--stdout']).stdout));

test('bicep build infra/main.bicep: 0 errors, 0 warnings', () => {
  const run = bicep(['build', main, '--stdout']);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(run.diagnostics, []);
  assert.equal(JSON.parse(run.stdout).$schema.includes('deploymentTemplate'), true);
});

test('bicep lint infra/main.bicep and the sample parameters: 0 errors, 0 warnings', () => {
  for (const file of [main, sample]) {
    const run = bicep(['lint', file], secrets);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(run.diagnostics, [], `${path.basename(file)}:\n${run.diagnostics.join('\n')}`);
  }
});

test('the sample parameters file builds against the template (secrets from the environment only)', () => {
  const run = bicep(['build-params', sample, '--stdout'], secrets);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(run.diagnostics, []);
  const text = fs.readFileSync(sample, 'utf8');
  assert.doesNotMatch(text, /param (botAppPassword|exportSigningKey) = '/, 'secrets must come from readEnvironmentVariable, not the file');
});

test('the lint check is not blind: an unused parameter is a warning', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-bicep-')), 'probe.bicep');
  try {
    fs.writeFileSync(file, "param unused string\n");
    assert.match(bicep(['lint', file]).diagnostics.join('\n'), /no-unused-params/);
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
});

test('every setting of the README Configuration table is an app setting of the template, and no other', () => {
  const documented = readmeSettings();
  const declared = [...templateAppSettings(template()).keys()];
  assert.ok(documented.length >= 20, `only ${documented.length} settings read from the README`);
  assert.deepEqual(documented.filter((s) => !declared.includes(s)), [], 'in the README table but not in infra/main.bicep');
  assert.deepEqual(declared.filter((s) => !documented.includes(s)), [], 'in infra/main.bicep but not in the README table');
  assert.equal(new Set(declared).size, declared.length, 'an app setting declared twice');
});

test('the parity check is not blind: a README row the template lacks is found', () => {
  const readme = fs.readFileSync(path.join(infraDir, '..', 'README.md'), 'utf8')
    .replace('## Configuration\n', '## Configuration\n\n| setting | meaning | default |\n|---|---|---|\n| `DanVan__Invented` | x | y |\n');
  assert.ok(readmeSettings(readme).includes('DanVan__Invented'));
  assert.ok(!templateAppSettings(template()).has('DanVan__Invented'));
});

test('secrets reach the app as Key Vault references only', () => {
  const settings = templateAppSettings(template());
  for (const name of ['MicrosoftAppPassword', 'Export__SigningKey', 'Storage__ConnectionString']) {
    assert.match(settings.get(name), /@Microsoft\.KeyVault\(SecretUri=/, name);
  }
  const params = template().parameters;
  assert.equal(params.botAppPassword.type, 'securestring');
  assert.equal(params.exportSigningKey.type, 'securestring');
});

test('the resources DanVan needs, as the issue asks', () => {
  const resources = Object.values(template().resources);
  const of = (type) => resources.filter((r) => r.type === type);
  const [site] = of('Microsoft.Web/sites');
  assert.equal(site.properties.httpsOnly, true);
  assert.equal(site.properties.siteConfig.alwaysOn, true);
  assert.equal(site.properties.siteConfig.linuxFxVersion, 'DOTNETCORE|10.0');
  assert.equal(site.properties.siteConfig.healthCheckPath, '/healthz/ready');
  assert.equal(site.identity.type, 'SystemAssigned');
  assert.equal(of('Microsoft.Web/serverfarms')[0].properties.reserved, true, 'a Linux plan');
  const [storage] = of('Microsoft.Storage/storageAccounts');
  assert.equal(storage.properties.minimumTlsVersion, 'TLS1_2');
  assert.equal(storage.properties.allowBlobPublicAccess, false);
  assert.equal(of('Microsoft.Storage/storageAccounts/tableServices').length, 1);
  assert.equal(of('Microsoft.Storage/storageAccounts/blobServices').length, 1);
  assert.equal(of('Microsoft.KeyVault/vaults')[0].properties.enableRbacAuthorization, true);
  assert.equal(of('Microsoft.KeyVault/vaults/secrets').length, 3);
  assert.equal(of('Microsoft.Authorization/roleAssignments').length, 1);
  assert.equal(of('Microsoft.OperationalInsights/workspaces').length, 1);
  assert.match(JSON.stringify(of('Microsoft.Insights/components')[0].properties.WorkspaceResourceId), /workspaces/);
  const [bot] = of('Microsoft.BotService/botServices');
  assert.equal(bot.properties.msaAppType, 'SingleTenant');
  assert.match(bot.properties.endpoint, /\/api\/messages/);
  assert.equal(of('Microsoft.BotService/botServices/channels')[0].properties.channelName, 'MsTeamsChannel');
});
