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

export const manifestDir = path.join(repoRoot, 'manifest');
export const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
export const PLACEHOLDER_ID = '00000000-0000-0000-0000-000000000000';
const SCHEMA_URL = /^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/v(\d+)\.(\d+)\/MicrosoftTeams\.schema\.json$/;
// What a unit head types most; Teams shows these as suggestions in the personal chat.
export const MAIN_COMMANDS = ['tình hình', 'kế hoạch', 'tập huấn', 'mô hình', 'báo cáo', 'lịch sử', 'trợ giúp'];
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
  if (major < 1 || (major === 1 && minor < 17)) problems.push(`schema v${bundled.version} is older than 1.17`);
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
  if (!(bot.commandLists ?? []).some((l) => l.scopes?.includes('team'))) problems.push('no commands for the team scope');
  for (const icon of ['color', 'outline']) {
    if (manifest.icons?.[icon] !== `${icon}.png`) problems.push(`icons.${icon} must be ${icon}.png`);
  }
  return problems;
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

/** Writes the upload-ready zip (manifest.json, color.png, outline.png at its root) and returns the filled manifest. */
export async function buildPackage({ appId, domain, out }) {
  const manifest = fillManifest(readManifest(), appId, domain);
  const problems = [...await manifestProblems(manifest), ...iconProblems()];
  if (problems.length > 0) throw new Error(`The manifest is not valid:\n  ${problems.join('\n  ')}`);
  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8'));
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
