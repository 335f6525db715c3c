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

// Teams' chart elements, which npm adaptivecards does not know, checked against Microsoft's documented schema
// ("Charts in Adaptive Cards", Teams platform docs, cards version 1.5): only the documented properties, the
// documented colours and value formats, and — DanVan's rule — always a fallback element (never "drop"), so a
// client without charts shows the same figures. The fallback then goes through Microsoft's parser like any element.
const COMMON = ['type', 'id', 'isVisible', 'lang', 'requires', 'separator', 'spacing', 'height', 'horizontalAlignment',
  'targetWidth', 'grid.area', 'title', 'colorSet', 'fallback'];
const COLORS = new Set(['good', 'warning', 'attention', 'neutral', 'categoricalRed', 'categoricalPurple', 'categoricalLavender',
  'categoricalBlue', 'categoricalLightBlue', 'categoricalTeal', 'categoricalGreen', 'categoricalLime', 'categoricalMarigold',
  'sequential1', 'sequential2', 'sequential3', 'sequential4', 'sequential5', 'sequential6', 'sequential7', 'sequential8',
  'divergingBlue', 'divergingLightBlue', 'divergingCyan', 'divergingTeal', 'divergingYellow', 'divergingPeach',
  'divergingLightRed', 'divergingRed', 'divergingMaroon', 'divergingGray']);
const isNumber = (v) => typeof v === 'number' && Number.isFinite(v);
const legendValue = { keys: ['legend', 'value', 'color'], check: (d) => isNumber(d.value) };
export const CHARTS = {
  'Chart.Donut': { keys: ['data'], data: legendValue },
  'Chart.Pie': { keys: ['data'], data: legendValue },
  'Chart.Gauge': {
    keys: ['value', 'min', 'max', 'segments', 'showLegend', 'showMinMax', 'subLabel', 'valueFormat'],
    check: (c) => (c.value === undefined || isNumber(c.value)) && (c.valueFormat === undefined || ['Percentage', 'Fraction'].includes(c.valueFormat)),
    arrays: { segments: { keys: ['legend', 'size', 'color'], check: (d) => isNumber(d.size) } },
  },
  'Chart.HorizontalBar': {
    keys: ['data', 'color', 'displayMode', 'xAxisTitle', 'yAxisTitle'],
    check: (c) => c.displayMode === undefined || ['AbsoluteWithAxis', 'AbsoluteNoAxis', 'PartToWhole'].includes(c.displayMode),
    data: { keys: ['x', 'y', 'color'], check: (d) => isNumber(d.y) },
  },
  'Chart.HorizontalBar.Stacked': {
    keys: ['data', 'color', 'xAxisTitle', 'yAxisTitle'],
    data: { keys: ['title', 'data'], check: (d) => Array.isArray(d.data), nested: legendValue },
  },
  'Chart.VerticalBar': { keys: ['data', 'color', 'showBarValues', 'xAxisTitle', 'yAxisTitle'], data: { keys: ['x', 'y', 'color'], check: (d) => isNumber(d.y) } },
};

/** The problems of one chart element against the documented schema (empty: fine). */
export function chartProblems(chart) {
  const spec = CHARTS[chart.type];
  const found = [];
  const where = `${chart.type}${chart.title ? ` "${chart.title}"` : ''}`;
  const keysOk = (obj, keys, what) => {
    for (const k of Object.keys(obj)) if (!keys.includes(k)) found.push(`${what}: property "${k}" is not in the documented schema`);
    if (obj.color !== undefined && !COLORS.has(obj.color)) found.push(`${what}: color "${obj.color}" is not a documented chart colour`);
  };
  keysOk(chart, [...COMMON, ...spec.keys], where);
  if (!chart.fallback || typeof chart.fallback !== 'object') found.push(`${where}: has no fallback element (DanVan requires one)`);
  if (spec.check && !spec.check(chart)) found.push(`${where}: a documented property has a value outside its documented type or values`);
  const items = (list, item, what) => {
    if (!Array.isArray(list)) { found.push(`${what}: must be an array`); return; }
    for (const d of list) {
      keysOk(d, item.keys, what);
      if (item.check && !item.check(d)) found.push(`${what}: a data point lacks a number where the schema has one`);
      if (item.nested) items(d.data, item.nested, `${what} > data`);
    }
  };
  if (spec.data) items(chart.data ?? [], spec.data, `${where} > data`);
  for (const [name, item] of Object.entries(spec.arrays ?? {})) if (chart[name] !== undefined) items(chart[name], item, `${where} > ${name}`);
  return found;
}

/** A copy of the card with every chart checked and replaced by its fallback, for Microsoft's parser. */
export function withoutCharts(node, found) {
  if (Array.isArray(node)) return node.map((n) => withoutCharts(n, found));
  if (!node || typeof node !== 'object') return node;
  if (typeof node.type === 'string' && node.type.startsWith('Chart.')) {
    if (!CHARTS[node.type]) { found.push(`${node.type}: not a chart element Teams documents`); return withoutCharts(node.fallback ?? {}, found); }
    found.push(...chartProblems(node));
    return withoutCharts(node.fallback ?? { type: 'TextBlock', text: 'missing fallback', wrap: true }, found);
  }
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, withoutCharts(v, found)]));
}

/** What Microsoft's parser has to say about one card (charts: the documented schema, then their fallbacks). */
export function problems(original) {
  const found = [];
  const json = withoutCharts(original, found);
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

test('the chart check is not blind: a chart without fallback or with an undocumented property is reported', () => {
  const card = (chart) => ({ type: 'AdaptiveCard', version: '1.5', body: [chart] });
  const fallback = { type: 'TextBlock', text: 'x', wrap: true };
  const good = { type: 'Chart.HorizontalBar.Stacked', title: 'T', data: [{ title: 'A', data: [{ legend: 'Đạt', value: 2, color: 'good' }] }], fallback };
  assert.deepEqual(problems(card(good)), []);
  assert.ok(problems(card({ ...good, fallback: undefined })).some((p) => p.includes('no fallback')));
  assert.ok(problems(card({ ...good, fallback: 'drop' })).some((p) => p.includes('no fallback')));
  assert.ok(problems(card({ ...good, colour: 'good' })).some((p) => p.includes('"colour"')));
  assert.ok(problems(card({ ...good, data: [{ title: 'A', data: [{ legend: 'x', value: 'two', color: 'yellow' }] }] }))
    .some((p) => p.includes('"yellow"')));
  assert.ok(problems(card({ type: 'Chart.Sparkline', fallback })).some((p) => p.includes('not a chart element')));
  // The fallback itself goes through Microsoft's parser.
  assert.ok(problems(card({ ...good, fallback: { type: 'Gizmo' } })).some((p) => p.includes('Unknown element type')));
  assert.deepEqual(problems(card({ type: 'Chart.Gauge', value: 84.4, min: 0, max: 100, valueFormat: 'Percentage', subLabel: 's',
    segments: [{ legend: 'a', size: 84.4, color: 'good' }], fallback })), []);
});

after(() => console.log(`cards: ${files.length} checked, ${failed} failed`));
