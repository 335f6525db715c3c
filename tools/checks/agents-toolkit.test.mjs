// The Microsoft 365 Agents Toolkit project files, offline (the toolkit CLI itself is not installed here: it is
// hundreds of MB; see README "Microsoft 365 Agents Toolkit"): what they point at exists, the Playground launch
// runs ./run.sh, the ARM parameters file feeds the template's parameters, and no file holds a secret.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths.mjs';
import { bicep } from '../infra.mjs';

const read = (file) => fs.readFileSync(path.join(repoRoot, file), 'utf8');
// VS Code's JSON files allow // comments.
const jsonc = (file) => JSON.parse(read(file).replace(/^\s*\/\/.*$/gm, ''));
const envFile = (file) => Object.fromEntries(read(file).split('\n').filter((l) => /^[A-Z_]+=/.test(l)).map((l) => l.split(/=(.*)/s).slice(0, 2)));

test('m365agents.yml and m365agents.local.yml name the current schema and only files that exist', () => {
  for (const file of ['m365agents.yml', 'm365agents.local.yml']) {
    const text = read(file);
    assert.match(text, /^version: v1\.13$/m, file);
    assert.match(text, /\$schema=https:\/\/aka\.ms\/m365-agents-toolkits\/v1\.13\/yaml\.schema\.json/, file);
    assert.match(text, /^environmentFolderPath: \.\/env$/m, file);
    for (const [, p] of text.matchAll(/(?:path|parameters|run: bash): (\.?\/?[\w./-]+\.(?:bicep|json|sh))/g)) {
      assert.ok(fs.existsSync(path.join(repoRoot, p)), `${file} names ${p}, which does not exist`);
    }
  }
  assert.match(read('m365agents.yml'), /path: \.\/infra\/main\.bicep/);
});

test('"Debug in Microsoft 365 Agents Playground" runs ./run.sh with env/.env.local and opens its Playground', () => {
  const { tasks } = jsonc('.vscode/tasks.json');
  const { configurations } = jsonc('.vscode/launch.json');
  const playground = configurations.find((c) => c.name === 'Debug in Microsoft 365 Agents Playground');
  assert.ok(playground);
  const task = tasks.find((t) => t.label === playground.preLaunchTask);
  assert.ok(task, `no task "${playground.preLaunchTask}"`);
  assert.match(task.command, /\. \.\/env\/\.env\.local .*\.\/run\.sh$/);
  assert.equal(task.isBackground, true);
  // The task is "ready" on the line run.sh prints once everything answers.
  assert.match(read('run.sh'), new RegExp(task.problemMatcher.background.endsPattern));
  assert.equal(new URL(playground.url).port, envFile('env/.env.local').DANVAN_PLAYGROUND_PORT);
});

test('env files hold placeholders, never a secret', () => {
  for (const file of ['env/.env.local', 'env/.env.dev']) {
    for (const [name, value] of Object.entries(envFile(file))) {
      if (/SECRET|PASSWORD|KEY/.test(name)) assert.equal(value, '', `${file}: ${name} must stay empty here (.user file)`);
    }
  }
  assert.match(read('.gitignore'), /^\*\.user$/m, 'env/.env.*.user must be git-ignored');
});

test('infra/main.parameters.json (the toolkit\'s arm/deploy) sets every required template parameter and no unknown one', () => {
  const template = JSON.parse(bicep(['build', path.join(repoRoot, 'infra', 'main.bicep'), '--stdout']).stdout);
  const given = Object.keys(JSON.parse(read('infra/main.parameters.json')).parameters);
  const declared = template.parameters;
  assert.deepEqual(given.filter((p) => !(p in declared)), []);
  const required = Object.entries(declared).filter(([, p]) => !('defaultValue' in p)).map(([name]) => name);
  assert.deepEqual(required.filter((p) => !given.includes(p)), []);
});
