// Who the Agents Playground signs in as. The playground has one fixed `currentUser` per config file, so trying
// DanVan as the office or a leader needs a config of its own: the committed .m365agentsplayground.yml with that
// sample member swapped into `currentUser` (and Alex Wilber into their place among the five `users`, which the
// playground requires). plans/danh-sach-don-vi-mau.json gives these users the matching roles.
//
//   node tools/playground-user.mjs office .data/playground-office.yml   writes the config, prints its path
//
// The output is JSON, which is also YAML, so the playground reads it as it reads the committed file. The committed
// file is read with a parser for exactly its own shape (flat `key: value` maps and one list of them), so no YAML
// library is needed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PLAYGROUND_CONFIG = path.join(repoRoot, '.m365agentsplayground.yml');

/** The sample roster's member for each role the playground can sign in as (by UPN). */
export const PLAYGROUND_USERS = {
  head: 'alexw@example.com',
  office: 'meganb@example.com',
  leader: 'adelev@example.com',
};

/**
 * Parses the committed config's subset of YAML: `key: value` maps and lists of maps (`- key: value`), nested by
 * indentation, scalars plain or double-quoted. Anything else is an error rather than a guess.
 */
export function readConfig(text) {
  const lines = text.split('\n').filter((line) => !/^\s*(#|$)/.test(line));
  const root = {};
  // Open containers, innermost last; a line belongs to the innermost one indented less than itself.
  const open = [{ indent: -1, map: root }];
  lines.forEach((line, i) => {
    // Flow collections, anchors, block scalars and single quotes are YAML this reader does not know.
    const m = /^( *)(- )?([A-Za-z]\w*):(?: +([^\s[{&*|>'!%@`].*))?$/.exec(line);
    if (!m) throw new Error(`${PLAYGROUND_CONFIG}: cannot read line "${line}"`);
    const [, spaces, dash, key, value] = m;
    while (open.at(-1).indent >= spaces.length) open.pop();
    let { map } = open.at(-1);
    if (dash) {
      const { list } = open.at(-1);
      if (!list) throw new Error(`${PLAYGROUND_CONFIG}: list item outside a list: "${line}"`);
      map = {};
      list.push(map);
      open.push({ indent: spaces.length, map });
    }
    if (!map) throw new Error(`${PLAYGROUND_CONFIG}: "${line}" is in a list but not an item`);
    const keyIndent = spaces.length + (dash ? 2 : 0);
    if (value !== undefined) {
      map[key] = /^".*"$/.test(value) ? JSON.parse(value) : value;
    } else if (/^ *- /.test(lines[i + 1] ?? '')) {
      map[key] = [];
      open.push({ indent: keyIndent, list: map[key] });
    } else {
      map[key] = {};
      open.push({ indent: keyIndent, map: map[key] });
    }
  });
  return root;
}

/** The committed config with the sample member for `role` as the signed-in user. */
export function configFor(role, text = fs.readFileSync(PLAYGROUND_CONFIG, 'utf8')) {
  const upn = PLAYGROUND_USERS[role];
  if (!upn) throw new Error(`unknown playground user "${role}"; use one of: ${Object.keys(PLAYGROUND_USERS).join(', ')}`);
  const config = readConfig(text);
  if (config.currentUser.userPrincipleName === upn) return config;
  const index = config.users.findIndex((u) => u.userPrincipleName === upn);
  if (index < 0) throw new Error(`${PLAYGROUND_CONFIG} lists no user ${upn}`);
  const users = [...config.users];
  const me = users[index];
  users[index] = config.currentUser;
  // The personal chat belongs to the signed-in user: a chat id of its own keeps each user's conversation apart in
  // the bot's stored conversation references when .data is shared between runs as different users.
  return { ...config, currentUser: me, users, personalChat: { id: `personal-chat-${upn.split('@')[0]}` } };
}

/** Writes the config for `role` to `file` (JSON, which the playground reads as YAML) and returns the path. */
export function writeConfig(role, file) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(configFor(role), null, 2)}\n`);
  return file;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [role, file] = process.argv.slice(2);
  if (!role || !file) {
    console.error('usage: node tools/playground-user.mjs head|office|leader OUTPUT_FILE');
    process.exit(2);
  }
  try {
    console.log(writeConfig(role, path.resolve(file)));
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
