// Every card in the catalogue (written by the .NET test CardCatalogueExport; ./test.sh points it at
// artifacts/cards) through Microsoft's own Adaptive Cards parser, as Teams would read it: parsed at the card's own
// version, then validateProperties. A card passes with no parse or validation event, version <= 1.5 (the highest
// Teams renders) and under 28 KB (Teams' message limit).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { repoRoot } from './paths.mjs';

const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.min.js');

const MAX_BYTES = 28 * 1024;
const MAX_VERSION = 1.5;
const folder = process.env.DANVAN_CARD_CATALOGUE || path.join(repoRoot, 'artifacts', 'cards');

function cardFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .sort();
}

// Teams' people picker, as Teams documents it (learn.microsoft.com, "People Picker in Adaptive Cards"): an
// Input.ChoiceSet with `choices.data` of type Data.Query on one of these datasets, in cards of version 1.2 and up.
// The npm parser knows `choices.data` only as an Adaptive Cards 1.6 property, so it is checked here against that
// documentation and taken out before the rest of the card goes through the parser.
const PEOPLE_DATASETS = ['graph.microsoft.com/users', 'graph.microsoft.com/users?scope=currentContext'];
const PEOPLE_PICKER_SINCE = 1.2;

/** Checks and removes the Teams-only people picker properties; returns the problems found. */
export function teamsPeoplePickers(json, cardVersion) {
  const found = [];
  const visit = (node) => {
    if (Array.isArray(node)) { node.forEach(visit); return; }
    if (!node || typeof node !== 'object') return;
    if (Object.hasOwn(node, 'choices.data')) {
      const data = node['choices.data'];
      const where = `${node.type ?? '?'} ${JSON.stringify(node.id ?? '')}`;
      if (node.type !== 'Input.ChoiceSet') found.push(`${where}: choices.data is only documented on Input.ChoiceSet`);
      if (!data || data.type !== 'Data.Query') found.push(`${where}: choices.data must be a Data.Query`);
      else if (!PEOPLE_DATASETS.includes(data.dataset)) found.push(`${where}: dataset ${JSON.stringify(data.dataset)} is not one Teams documents`);
      else if (Object.keys(data).some((k) => !['type', 'dataset'].includes(k))) found.push(`${where}: Data.Query has undocumented properties`);
      if (!(cardVersion >= PEOPLE_PICKER_SINCE)) found.push(`${where}: the people picker needs a card of version ${PEOPLE_PICKER_SINCE} or up`);
      if ('isMultiSelect' in node && typeof node.isMultiSelect !== 'boolean') found.push(`${where}: isMultiSelect must be true or false`);
      delete node['choices.data'];
      // Documented with no static choices; the parser wants one, so it gets a stand-in for its own check only.
      if (Array.isArray(node.choices) && node.choices.length === 0) node.choices = [{ title: 'picker', value: 'picker' }];
    }
    for (const value of Object.values(node)) visit(value);
  };
  visit(json);
  return found;
}

/** What Microsoft's parser has to say about one card: every event, as text. */
export function problems(json) {
  const found = [];
  json = structuredClone(json);
  const version = AC.Version.parse(json.version, new AC.SerializationContext());
  found.push(...teamsPeoplePickers(json, version?.isValid ? version.major + version.minor / 10 : 0));
  if (!version || !version.isValid) found.push(`version ${JSON.stringify(json.version)} is not a valid version`);
  else if (version.major + version.minor / 10 > MAX_VERSION) found.push(`version ${json.version} is above ${MAX_VERSION}`);
  const context = new AC.SerializationContext(version?.isValid ? version : AC.Versions.v1_5);
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) found.push(`parse: ${context.getEventAt(i).message}`);
  for (const e of card.validateProperties().validationEvents) found.push(`validate: ${e.message}`);
  return found;
}

const files = cardFiles(folder);
let failed = 0;

test('the card catalogue is there', () => {
  assert.ok(files.length > 0,
    `no card in ${folder}: the .NET test CardCatalogueExport writes them (./test.sh runs it first)`);
});

for (const file of files) {
  const name = path.relative(folder, file).replace(/\.json$/, '');
  test(`card ${name}`, () => {
    try {
      const bytes = fs.statSync(file).size;
      assert.ok(bytes < MAX_BYTES, `${bytes} bytes, Teams refuses ${MAX_BYTES} or more`);
      assert.deepEqual(problems(JSON.parse(fs.readFileSync(file, 'utf8'))), []);
    } catch (error) {
      failed++;
      throw error;
    }
  });
}

test('the parser check is not blind: a broken card is reported', () => {
  const broken = {
    type: 'AdaptiveCard', version: '1.6',
    body: [{ type: 'Gizmo' }, { type: 'Input.Text', id: 'x' }, { type: 'Input.Text', id: 'x' }],
  };
  const found = problems(broken);
  assert.ok(found.some((p) => p.includes('above 1.5')), found.join('\n'));
  assert.ok(found.some((p) => p.includes('Unknown element type')), found.join('\n'));
  assert.ok(found.some((p) => p.includes('Duplicate Id')), found.join('\n'));
});

test('the people picker is checked against Teams\' documentation, not waved through', () => {
  const picker = (data, version = '1.5') => ({
    type: 'AdaptiveCard', version,
    body: [{ type: 'Input.ChoiceSet', id: 'person', label: 'Người', isMultiSelect: false, choices: [], 'choices.data': data }],
  });
  assert.deepEqual(problems(picker({ type: 'Data.Query', dataset: 'graph.microsoft.com/users' })), []);
  assert.ok(problems(picker({ type: 'Data.Query', dataset: 'graph.microsoft.com/groups' })).some((p) => p.includes('not one Teams documents')));
  assert.ok(problems(picker({ type: 'Query', dataset: 'graph.microsoft.com/users' })).some((p) => p.includes('must be a Data.Query')));
  assert.ok(problems(picker({ type: 'Data.Query', dataset: 'graph.microsoft.com/users' }, '1.0')).some((p) => p.includes('1.2 or up')));
});

after(() => console.log(`cards: ${files.length} checked, ${failed} failed`));
