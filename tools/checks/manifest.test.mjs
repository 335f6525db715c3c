// The Teams app: manifest against the Teams schema bundled in @microsoft/app-manifest (offline), DanVan's own
// rules (scopes, commands, Vietnamese texts), the icons, and the package command (scripts/package-teams-app.sh).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { PNG } from 'pngjs';
import AdmZip from 'adm-zip';
import { repoRoot } from './paths.mjs';
import { iconProblems, manifestProblems, readManifest } from '../teams-app.mjs';

const APP_ID = '3f2b8c1e-5d4a-4e6b-9c7d-0a1b2c3d4e5f';

test('manifest.json passes the Teams schema and DanVan\'s rules', async () => {
  assert.deepEqual(await manifestProblems(readManifest()), []);
});

test('the manifest check is not blind: schema, scope and language mistakes are reported', async () => {
  const broken = readManifest();
  broken.developer.name = 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Tây Ninh';
  broken.bots[0].scopes = ['personal'];
  broken.description.short = 'Reports for the department';
  broken.bots[0].commandLists[0].commands = broken.bots[0].commandLists[0].commands.filter((c) => c.title !== 'báo cáo');
  const problems = (await manifestProblems(broken)).join('\n');
  assert.match(problems, /developer\/name must NOT have more than 32 characters/);
  assert.match(problems, /bot scopes \["personal"\]/);
  assert.match(problems, /description\.short is not Vietnamese/);
  assert.match(problems, /personal commands lack "báo cáo"/);
  assert.match((await manifestProblems({ ...readManifest(), $schema: 'https://example.com/schema.json' })).join(), /developer\.microsoft\.com/);
});

test('icons: color 192x192, outline 32x32 white on transparent', () => {
  assert.deepEqual(iconProblems(), []);
});

test('the icon check is not blind: a wrong size and a coloured outline are reported', () => {
  const square = (size, rgba) => {
    const png = new PNG({ width: size, height: size });
    for (let i = 0; i < png.data.length; i += 4) png.data.set(i < png.data.length / 2 ? rgba : [0, 0, 0, 0], i);
    return PNG.sync.write(png);
  };
  const files = { 'color.png': square(96, [27, 94, 32, 255]), 'outline.png': square(32, [27, 94, 32, 255]) };
  const problems = iconProblems((name) => files[name]).join('\n');
  assert.match(problems, /color\.png is 96x96/);
  assert.match(problems, /outline\.png has 512 pixels that are neither white nor transparent/);
});

function packageApp(env) {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-package-')), 'app.zip');
  const run = spawnSync('bash', [path.join(repoRoot, 'scripts', 'package-teams-app.sh')], {
    env: { ...process.env, MicrosoftAppId: '', DANVAN_BOT_DOMAIN: '', ...env, DANVAN_PACKAGE_OUT: out },
    encoding: 'utf8',
  });
  return { ...run, out };
}

test('the package command fills the app id and domain and zips exactly what Teams needs', () => {
  const run = packageApp({ MicrosoftAppId: APP_ID, DANVAN_BOT_DOMAIN: 'danvan.azurewebsites.net' });
  assert.equal(run.status, 0, run.stderr);
  const zip = new AdmZip(run.out);
  assert.deepEqual(zip.getEntries().map((e) => e.entryName).sort(), ['color.png', 'manifest.json', 'outline.png']);
  const manifest = JSON.parse(zip.readAsText('manifest.json'));
  assert.equal(manifest.id, APP_ID);
  assert.equal(manifest.bots[0].botId, APP_ID);
  assert.deepEqual(manifest.validDomains, ['danvan.azurewebsites.net']);
  assert.deepEqual(zip.readFile('color.png'), fs.readFileSync(path.join(repoRoot, 'manifest', 'color.png')));
});

for (const [what, env, message] of [
  ['a missing app id', {}, /No bot app id: set MicrosoftAppId/],
  ['an app id that is not a GUID', { MicrosoftAppId: 'danvan-bot' }, /"danvan-bot" is not an app id: expected a GUID/],
  ['the placeholder app id', { MicrosoftAppId: '00000000-0000-0000-0000-000000000000' }, /is not an app id/],
  ['a URL as the domain', { MicrosoftAppId: APP_ID, DANVAN_BOT_DOMAIN: 'https://danvan.example.com/api' }, /is not a host name/],
]) {
  test(`the package command refuses ${what}`, () => {
    const run = packageApp(env);
    assert.equal(run.status, 1, run.stdout);
    assert.match(run.stderr, message);
    assert.equal(fs.existsSync(run.out), false);
  });
}
