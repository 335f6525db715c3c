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
import { iconProblems, localizableStrings, localizationProblems, manifestProblems, readLocalization, readManifest } from '../teams-app.mjs';

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

test('the manifest is at schema 1.24 or newer, personal and team scopes only, team commands point to the personal chat', async () => {
  const manifest = readManifest();
  assert.ok(Number(manifest.manifestVersion.split('.')[1]) >= 24 && manifest.manifestVersion.startsWith('1.'), manifest.manifestVersion);
  assert.deepEqual(manifest.bots[0].scopes, ['personal', 'team']);
  assert.equal(manifest.bots[0].supportsFiles, true);
  const team = manifest.bots[0].commandLists.find((l) => l.scopes.includes('team'));
  assert.deepEqual(team.scopes, ['team']);
  assert.deepEqual(team.commands.map((c) => c.title), ['trợ giúp', 'tổng hợp', 'tình hình']);

  const old = { ...readManifest(), $schema: 'https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json', manifestVersion: '1.17' };
  assert.match((await manifestProblems(old)).join('\n'), /schema v1\.17 is older than 1\.24/);
  const wrong = readManifest();
  delete wrong.bots[0].supportsFiles;
  wrong.bots[0].commandLists[1].commands = [{ title: 'tổng hợp', description: 'Số liệu toàn Sở' }, { title: 'nhắc hạn', description: 'Gửi nhắc hạn' }];
  const problems = (await manifestProblems(wrong)).join('\n');
  assert.match(problems, /supportsFiles is not set/);
  assert.match(problems, /team commands \["tổng hợp","nhắc hạn"\]/);
  assert.match(problems, /team command "tổng hợp" must say "trả lời trong chat riêng"/);
});

test('en.json passes the bundled Localization schema and translates every string of the manifest', () => {
  const manifest = readManifest();
  assert.deepEqual(manifest.localizationInfo.additionalLanguages, [{ languageTag: 'en', file: 'en.json' }]);
  assert.deepEqual(localizationProblems(manifest, readLocalization('en.json'), 'en.json'), []);
  assert.equal(localizableStrings(manifest).size, 4 + 2 * manifest.bots[0].commandLists.flatMap((l) => l.commands).length);
});

test('the English command titles are words the bot understands (the route table\'s Words)', () => {
  // Each route declares its words in App/Routing/DanVanRoutes.cs, a form's in its spec: one of them, exactly.
  const app = path.join(repoRoot, 'App');
  const sources = fs.readdirSync(app, { recursive: true }).filter((f) => f.endsWith('.cs') && !f.includes('obj') && !f.includes('bin'))
    .map((f) => fs.readFileSync(path.join(app, f), 'utf8'));
  const words = new Set(sources.flatMap((s) => [...s.matchAll(/Words\s*(?:=>|=)\s*\[([^\]]*)\]/g)])
    .flatMap((m) => [...m[1].matchAll(/"([^"]+)"/g)].map((w) => w[1].toLowerCase())));
  const english = readLocalization('en.json');
  const titles = Object.entries(english).filter(([k]) => k.endsWith('.title')).map(([, v]) => v);
  assert.ok(titles.length >= 12);
  assert.ok(words.size > 40, `${words.size} words found`);
  for (const title of titles) assert.ok(words.has(title.toLowerCase()), `"${title}" is no route's word`);
});

test('the localization check is not blind: schema limits, unknown keys, missing strings, another version', () => {
  const manifest = readManifest();
  const english = readLocalization('en.json');
  english['name.short'] = 'DanVan, the citizen outreach reporting bot';
  english['bots[0].commandLists[5].commands[0].title'] = 'nothing';
  delete english['description.full'];
  english.$schema = english.$schema.replace('v1.24', 'v1.22');
  const problems = localizationProblems(manifest, english, 'en.json').join('\n');
  assert.match(problems, /name\.short.*must NOT have more than 30 characters/);
  assert.match(problems, /"bots\[0\]\.commandLists\[5\]\.commands\[0\]\.title" names no string/);
  assert.match(problems, /no translation for "description\.full"/);
  assert.match(problems, /schema v1\.22 differs from the manifest's 1\.24/);
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
  assert.deepEqual(zip.getEntries().map((e) => e.entryName).sort(), ['color.png', 'en.json', 'manifest.json', 'outline.png']);
  assert.deepEqual(JSON.parse(zip.readAsText('en.json')), readLocalization('en.json'));
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
