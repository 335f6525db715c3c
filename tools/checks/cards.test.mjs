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

/** What Microsoft's parser has to say about one card: every event, as text. */
export function problems(json) {
  const found = [];
  const version = AC.Version.parse(json.version, new AC.SerializationContext());
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

after(() => console.log(`cards: ${files.length} checked, ${failed} failed`));
