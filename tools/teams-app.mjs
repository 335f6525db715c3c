// The Teams app package: the manifest's checks (schema bundled in @microsoft/app-manifest, offline; scopes,
// commands, icons) and building the zip with the bot's app id filled in. Used by package-teams-app.mjs and
// checks/manifest.test.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { PNG } from 'pngjs';
import AdmZip from 'adm-zip';
import { repoRoot } from './checks/paths.mjs';

const require = createRequire(import.meta.url);
const { AppManifestUtils } = require('@microsoft/app-manifest');
// The package's own validator compiles patterns in Unicode mode, where the bundled localization schema's patterns
// (`\b]`) do not compile: validate localization files with the same Ajv draft-04 it uses, patterns in legacy mode.
const fromAppManifest = createRequire(require.resolve('@microsoft/app-manifest'));
const AjvDraft04 = fromAppManifest('ajv-draft-04');
const addFormats = fromAppManifest('ajv-formats');

export const manifestDir = path.join(repoRoot, 'manifest');
export const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
export const PLACEHOLDER_ID = '00000000-0000-0000-0000-000000000000';
const SCHEMA_URL = /^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/v(\d+)\.(\d+)\/MicrosoftTeams\.schema\.json$/;
// What a unit head types most; Teams shows these as suggestions in the personal chat.
export const MAIN_COMMANDS = ['tình hình', 'kế hoạch', 'tập huấn', 'mô hình', 'báo cáo', 'lịch sử', 'trợ giúp'];
// In a team channel DanVan answers only with a pointer to the personal chat (and, later, the weekly department post).
export const TEAM_COMMANDS = ['trợ giúp', 'tổng hợp', 'tình hình'];
export const MIN_SCHEMA = [1, 24];
const PERSONAL_CHAT = 'trả lời trong chat riêng';
const LOCALIZATION_SCHEMA_URL = /^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/v(\d+\.\d+)\/MicrosoftTeams\.Localization\.schema\.json$/;
const VIETNAMESE = /[ăâđêôơưàáạảãằắặẳẵầấậẩẫèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/i;

export function readManifest(dir = manifestDir) {
  return JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
}

/** The Teams schema of the manifest's own version, from the npm package (never fetched). */
export function bundledSchema(manifest) {
  const match = SCHEMA_URL.exec(manifest.$schema ?? '');
  if (!match) throw new Error(`$schema must be the developer.microsoft.com Teams schema URL, not ${JSON.stringify(manifest.$schema)}`);
  const file = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${match[1]}.${match[2]}/MicrosoftTeams.schema.json`);
  return { version: `${match[1]}.${match[2]}`, schema: JSON.parse(fs.readFileSync(file, 'utf8')) };
}

/** Everything wrong with the manifest: schema errors first, then DanVan's own rules. Empty when it is fine. */
export async function manifestProblems(manifest) {
  const problems = [];
  let bundled;
  try {
    bundled = bundledSchema(manifest);
  } catch (error) {
    return [error.message];
  }
  const [major, minor] = bundled.version.split('.').map(Number);
  if (major < MIN_SCHEMA[0] || (major === MIN_SCHEMA[0] && minor < MIN_SCHEMA[1])) problems.push(`schema v${bundled.version} is older than ${MIN_SCHEMA.join('.')}`);
  if (manifest.manifestVersion !== bundled.version) {
    problems.push(`manifestVersion ${manifest.manifestVersion} does not match the $schema's v${bundled.version}`);
  }
  problems.push(...await AppManifestUtils.validateAgainstSchema(manifest, bundled.schema));

  for (const [where, text] of [['name.full', manifest.name?.full], ['description.short', manifest.description?.short],
    ['description.full', manifest.description?.full]]) {
    if (!VIETNAMESE.test(text ?? '')) problems.push(`${where} is not Vietnamese (no diacritics): ${JSON.stringify(text)}`);
  }
  const bot = manifest.bots?.[0];
  if (!bot) return [...problems, 'no bot'];
  if (manifest.bots.length !== 1) problems.push(`${manifest.bots.length} bots, DanVan is one`);
  if (bot.botId !== manifest.id) problems.push(`bots[0].botId ${bot.botId} differs from id ${manifest.id}: both are the bot's app id`);
  const scopes = [...(bot.scopes ?? [])].sort();
  if (scopes.join() !== 'personal,team') problems.push(`bot scopes ${JSON.stringify(bot.scopes)}, expected personal and team`);
  if (bot.isNotificationOnly) problems.push('the bot is notification-only, but unit heads talk to it');
  const personal = (bot.commandLists ?? []).find((l) => l.scopes?.includes('personal'))?.commands.map((c) => c.title) ?? [];
  for (const command of MAIN_COMMANDS) if (!personal.includes(command)) problems.push(`personal commands lack "${command}"`);
  const team = (bot.commandLists ?? []).find((l) => l.scopes?.includes('team'))?.commands ?? [];
  if (team.map((c) => c.title).join() !== TEAM_COMMANDS.join()) {
    problems.push(`team commands ${JSON.stringify(team.map((c) => c.title))}, expected ${JSON.stringify(TEAM_COMMANDS)}`);
  }
  for (const c of team.filter((c) => c.title !== 'trợ giúp')) {
    if (!c.description?.includes(PERSONAL_CHAT)) problems.push(`team command "${c.title}" must say "${PERSONAL_CHAT}"`);
  }
  // Files arrive with the documents feature; until then Teams must not offer uploads to the bot.
  if (bot.supportsFiles !== true) problems.push('supportsFiles is not set: unit heads send their signed documents as files in the personal chat');
  for (const icon of ['color', 'outline']) {
    if (manifest.icons?.[icon] !== `${icon}.png`) problems.push(`icons.${icon} must be ${icon}.png`);
  }
  if (manifest.localizationInfo?.defaultLanguageTag !== 'vi-VN') problems.push('localizationInfo.defaultLanguageTag must be vi-VN');
  const english = (manifest.localizationInfo?.additionalLanguages ?? []).find((l) => l.languageTag === 'en');
  if (!english) problems.push('localizationInfo.additionalLanguages has no English (en) file');
  return problems;
}

/** The localization files the manifest names: [{ languageTag, file }]. */
export function localizationFiles(manifest) {
  return manifest.localizationInfo?.additionalLanguages ?? [];
}

/**
 * Everything wrong with one localization file: the bundled Localization schema of its own version (which must be
 * the manifest's), every key naming a string the manifest has, and every string of the manifest translated.
 */
export function localizationProblems(manifest, localization, name = 'localization file') {
  const problems = [];
  const match = LOCALIZATION_SCHEMA_URL.exec(localization.$schema ?? '');
  if (!match) return [`${name}: $schema must be the developer.microsoft.com Teams Localization schema URL`];
  if (match[1] !== manifest.manifestVersion) problems.push(`${name}: schema v${match[1]} differs from the manifest's ${manifest.manifestVersion}`);
  const file = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${match[1]}/MicrosoftTeams.Localization.schema.json`);
  const ajv = new AjvDraft04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!validate(localization)) {
    problems.push(...validate.errors.map((e) => `${name}: ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`));
  }
  const translatable = localizableStrings(manifest);
  for (const key of Object.keys(localization).filter((k) => k !== '$schema')) {
    if (!translatable.has(key)) problems.push(`${name}: "${key}" names no string of the manifest`);
  }
  for (const key of translatable.keys()) {
    if (!(key in localization)) problems.push(`${name}: no translation for "${key}"`);
  }
  return problems;
}

/** The manifest's strings that a localization file translates, by their localization key. */
export function localizableStrings(manifest) {
  const strings = new Map();
  for (const key of ['name.short', 'name.full', 'description.short', 'description.full']) {
    const [a, b] = key.split('.');
    if (manifest[a]?.[b]) strings.set(key, manifest[a][b]);
  }
  (manifest.bots?.[0]?.commandLists ?? []).forEach((list, i) => list.commands.forEach((c, j) => {
    strings.set(`bots[0].commandLists[${i}].commands[${j}].title`, c.title);
    strings.set(`bots[0].commandLists[${i}].commands[${j}].description`, c.description);
  }));
  return strings;
}

export function readLocalization(file, dir = manifestDir) {
  return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
}

/** Icon rules Teams enforces at upload: color 192x192, outline 32x32 white on transparent. */
export function iconProblems(readFile = (name) => fs.readFileSync(path.join(manifestDir, name))) {
  const problems = [];
  const read = (name) => {
    try {
      return PNG.sync.read(readFile(name));
    } catch (error) {
      problems.push(`${name} is not a readable PNG: ${error.message}`);
      return null;
    }
  };
  const color = read('color.png');
  if (color && (color.width !== 192 || color.height !== 192)) problems.push(`color.png is ${color.width}x${color.height}, must be 192x192`);
  const outline = read('outline.png');
  if (outline) {
    if (outline.width !== 32 || outline.height !== 32) problems.push(`outline.png is ${outline.width}x${outline.height}, must be 32x32`);
    let coloured = 0;
    let visible = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = outline.data.subarray(i, i + 4);
      if (a > 0) visible++;
      if (a > 0 && (r !== 255 || g !== 255 || b !== 255)) coloured++;
    }
    if (coloured > 0) problems.push(`outline.png has ${coloured} pixels that are neither white nor transparent`);
    if (visible === 0) problems.push('outline.png is fully transparent');
    if (visible === outline.width * outline.height) problems.push('outline.png has no transparent background');
  }
  return problems;
}

/** The manifest with the bot's app id (and its host, if known) filled in. Throws with a sentence a person can act on. */
export function fillManifest(manifest, appId, domain) {
  if (!appId) {
    throw new Error('No bot app id: set MicrosoftAppId (environment, or Bot/appsettings.json) to the Azure Bot\'s Microsoft App ID.');
  }
  if (!GUID.test(appId) || appId === PLACEHOLDER_ID) {
    throw new Error(`MicrosoftAppId ${JSON.stringify(appId)} is not an app id: expected a GUID such as 3f2b8c1e-…, from the Azure Bot's Configuration page.`);
  }
  const filled = structuredClone(manifest);
  filled.id = appId;
  filled.bots[0].botId = appId;
  if (domain) {
    if (!/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i.test(domain)) {
      throw new Error(`DANVAN_BOT_DOMAIN ${JSON.stringify(domain)} is not a host name (e.g. danvan.azurewebsites.net, without https:// or a path).`);
    }
    filled.validDomains = [domain.toLowerCase()];
  }
  return filled;
}

/** Writes the upload-ready zip (manifest.json, its localization files, color.png, outline.png at its root) and returns the filled manifest. */
export async function buildPackage({ appId, domain, out }) {
  const manifest = fillManifest(readManifest(), appId, domain);
  const languages = localizationFiles(manifest);
  const problems = [...await manifestProblems(manifest), ...iconProblems(),
    ...languages.flatMap((l) => localizationProblems(manifest, readLocalization(l.file), l.file))];
  if (problems.length > 0) throw new Error(`The manifest is not valid:\n  ${problems.join('\n  ')}`);
  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8'));
  for (const { file } of languages) zip.addFile(file, fs.readFileSync(path.join(manifestDir, file)));
  for (const icon of ['color.png', 'outline.png']) zip.addFile(icon, fs.readFileSync(path.join(manifestDir, icon)));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  zip.writeZip(out);
  return manifest;
}

/** The bot's app id as the bot itself reads it: the environment first, then Bot/appsettings.json. */
export function configuredAppId(env = process.env) {
  if (env.MicrosoftAppId) return env.MicrosoftAppId.trim();
  try {
    const settings = JSON.parse(fs.readFileSync(path.join(repoRoot, 'Bot', 'appsettings.json'), 'utf8'));
    return (settings.MicrosoftAppId ?? '').trim();
  } catch {
    return '';
  }
}
