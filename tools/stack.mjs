#!/usr/bin/env node
// DanVan's local stack, defined once: Azurite (the Azure Storage emulator), the bot and the Microsoft 365 Agents
// Playground, all on 127.0.0.1. ./run.sh, ./test.sh, the benchmarks (bench/lib.sh), the .NET test helper
// (tests/DanVan.Testing/Azurite.cs) and the browser tests (tools/e2e/session.mjs) all start it through here, so
// there is one answer to "how does Azurite start" and one copy of its development key.
//
// As a command (the shell scripts and the .NET tests):
//   node tools/stack.mjs [--services azurite,bot,playground] [--storage table,blob] [--table-port N] [--bot-port N]
//     [--playground-port N] [--data DIR] [--logs DIR] [--silent] [--ready FILE] [--watch-stdin] ...
// Once everything answers, it prints KEY='value' lines (DANVAN_STORAGE, the connection string; the ports, URLs
// and pids; DANVAN_STACK_PID, its own, last) on stdout and in --ready FILE, then runs until SIGINT, SIGTERM or SIGHUP (or, with --watch-stdin,
// until its stdin closes, i.e. its parent died), and stops everything. If one of its processes stops by itself,
// it stops the others too and exits with status 1. Progress and errors go to stderr; each process logs to a file.
// `node tools/stack.mjs --help` lists every option.
//
// As a module (the browser tests): startStack({...}) with the same options, returning the same facts and stop().
//
// Every process gets its own process group, so stopping it stops its children too (`dotnet run` starts the bot as
// a child) and a Ctrl-C in the terminal reaches only the launcher, which then stops them in reverse order of
// start: the playground (it talks to the bot), the bot (it talks to Azurite), then Azurite on SIGINT, the only
// signal it shuts down cleanly on, writing its data (--data) to disk.
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PLAYGROUND_CONFIG, PLAYGROUND_USERS, writeConfig } from './playground-user.mjs';

const toolsDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(toolsDir, '..');
const bin = (name) => path.join(toolsDir, 'node_modules', '.bin', name);
/** A path as messages show it: relative when inside the repository. */
const shown = (file) => (file.startsWith(repoRoot + path.sep) ? path.relative(repoRoot, file) : file);

// Azurite's well-known development account: public (documented by Microsoft), not a secret. Written only here;
// everything else gets the whole connection string from this launcher (DANVAN_STORAGE).
const AZURITE_ACCOUNT = 'devstoreaccount1';
const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/**
 * Azurite's services, one line each: its program, its host and port options, and its endpoint's name in the
 * connection string. Each runs as its own process; --storage (storage: [...]) chooses which start.
 */
export const AZURITE_SERVICES = {
  table: { program: 'azurite-table', host: '--tableHost', port: '--tablePort', endpoint: 'TableEndpoint' },
  blob: { program: 'azurite-blob', host: '--blobHost', port: '--blobPort', endpoint: 'BlobEndpoint' },
};

export const SERVICES = ['azurite', 'bot', 'playground'];
const BOT_PROJECT = path.join('Bot', 'DanVan.Bot.csproj');
const BOT_DLL = path.join(repoRoot, 'Bot', 'bin', 'Debug', 'net10.0', 'DanVan.Bot.dll');

/** The connection string Azure SDKs need for the given endpoints, e.g. { table: 10002 }. */
export function connectionString(ports) {
  const endpoints = Object.entries(ports)
    .map(([service, port]) => `${AZURITE_SERVICES[service].endpoint}=http://127.0.0.1:${port}/${AZURITE_ACCOUNT};`);
  return `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};${endpoints.join('')}`;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function httpStatus(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.setTimeout(5000, () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

export function portOpen(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** The last lines of a log, for a failure message. */
export function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return `(no ${file})`;
  }
}

/** One process of the stack, in its own process group, with its output in its own log file. */
class Service {
  constructor(name, log, command, args, { stopSignal, stopSeconds, ...options }) {
    this.name = name;
    this.log = log;
    this.stopSignal = stopSignal;
    this.stopSeconds = stopSeconds;
    const out = fs.openSync(log, 'w');
    this.child = spawn(command, args, { cwd: repoRoot, ...options, stdio: ['ignore', out, out], detached: true });
    fs.closeSync(out);
    this.pid = this.child.pid;
    this.running = true;
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        this.running = false;
        resolve({ code, signal });
      });
      // A program that cannot be started at all (ENOENT) reports an error and no exit.
      this.child.once('error', (error) => {
        this.running = false;
        fs.appendFileSync(log, `${error.message}\n`);
        resolve({ code: null, signal: null, error });
      });
    });
  }

  /** Waits until ready() is true; fails at once if the process dies, or after the timeout. */
  async waitUntil(ready, what, seconds, abort) {
    const deadline = Date.now() + seconds * 1000;
    while (!(await ready())) {
      if (abort?.aborted) throw new Error(`stopped while waiting for ${this.name}`);
      if (!this.running) throw new Error(`${this.name} exited before ${what}; last lines of ${this.log}:\n${tail(this.log)}`);
      if (Date.now() > deadline) throw new Error(`${this.name}: no ${what} within ${seconds} s; last lines of ${this.log}:\n${tail(this.log)}`);
      await sleep(250);
    }
  }

  /** Its own stop signal to the whole group, then SIGKILL if it has not exited in time. */
  async stop() {
    if (!this.running) return;
    const group = -this.pid;
    try {
      process.kill(group, this.stopSignal);
    } catch {
      return;
    }
    const timedOut = await Promise.race([this.exited.then(() => false), sleep(this.stopSeconds * 1000).then(() => true)]);
    if (timedOut) {
      console.error(`[stack] ${this.name} did not stop within ${this.stopSeconds} s after ${this.stopSignal}; killing it.`);
      this.kill();
      await this.exited;
    }
  }

  /** Last resort when the calling process itself is exiting: no waiting possible. */
  kill() {
    if (!this.running) return;
    try {
      process.kill(-this.pid, 'SIGKILL');
    } catch { /* already gone */ }
  }
}

/** Fails before anything starts when a port asked for is taken: a process left from an earlier run would answer. */
async function requireFree(port, what, option) {
  if (await portOpen(port)) {
    throw new Error(`Port ${port} (for ${what}) is already in use on 127.0.0.1. Stop whatever uses it (an earlier ./run.sh?), ` +
      `or choose another port (${option}).`);
  }
}

/**
 * Starts the stack. Options (the command line's, in camelCase):
 *   services: which of azurite, bot, playground (all); storage: Azurite's services (['table', 'blob']: the bot keeps documents in blobs);
 *   ports: { table, blob, bot, playground }, each a number, or 0/absent for a free port;
 *   data: Azurite's folder (absent: in memory); logs: the log folder; silent: no Azurite access log;
 *   build: 'always' (build the bot first, output on stderr), 'missing' (only when it was never built) or 'never';
 *   botTimeout: seconds for GET /healthz (180); botEnv: extra environment for the bot; demoStart: the bot's clock;
 *   user: head, office or leader, who the playground signs in as; locale ('vi-VN', '' = the playground's own);
 *   tz (Asia/Ho_Chi_Minh): the playground's time zone; guard: kill everything if this process exits or is
 *   interrupted before stop() (the browser tests; the command line stops gracefully on signals itself);
 *   abort: an AbortSignal that ends the start early (a Ctrl-C during start-up); say: where progress messages go
 *   (nowhere; the command line prints them on stderr).
 * Returns { env, storage, botUrl, playgroundUrl, pids, logs, stop(), exited } where env holds the KEY='value'
 * facts the command prints and exited resolves with the first process that stopped by itself.
 */
export async function startStack({
  services = SERVICES, storage = ['table', 'blob'], ports = {}, data, logs = path.join(repoRoot, '.data', 'logs'), silent = false,
  build = 'missing', botTimeout = 180, botEnv = {}, demoStart, user = 'head', locale = 'vi-VN', tz = 'Asia/Ho_Chi_Minh',
  guard = false, abort, say = () => {},
} = {}) {
  for (const s of services) if (!SERVICES.includes(s)) throw new Error(`Unknown service "${s}" (known: ${SERVICES.join(', ')}).`);
  for (const s of storage) if (!AZURITE_SERVICES[s]) throw new Error(`Unknown Azurite service "${s}" (known: ${Object.keys(AZURITE_SERVICES).join(', ')}).`);
  if (!PLAYGROUND_USERS[user]) throw new Error(`Unknown playground user "${user}": use ${Object.keys(PLAYGROUND_USERS).join(', ')}.`);
  const wants = (s) => services.includes(s);
  const azuriteServices = wants('azurite') ? storage : [];

  // Ports asked for must be free now; the rest are picked free.
  const optionOf = { table: '--table-port', blob: '--blob-port', bot: '--bot-port', playground: '--playground-port' };
  const chosen = {};
  for (const [key, what] of [...azuriteServices.map((s) => [s, `Azurite's ${s} service`]),
    ...(wants('bot') ? [['bot', 'the bot']] : []), ...(wants('playground') ? [['playground', 'the Agents Playground']] : [])]) {
    if (ports[key]) await requireFree(ports[key], what, optionOf[key]);
    chosen[key] = ports[key] || await freePort();
  }

  fs.mkdirSync(logs, { recursive: true });
  const started = [];
  const killAll = () => started.forEach((s) => s.kill());
  const onSignal = (signal) => {
    killAll();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  if (guard) {
    process.once('exit', killAll);
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  let stopping = null;
  const stop = () => {
    stopping ??= (async () => {
      for (const s of [...started].reverse()) await s.stop();
      if (guard) {
        process.removeListener('exit', killAll);
        process.removeListener('SIGINT', onSignal);
        process.removeListener('SIGTERM', onSignal);
      }
    })();
    return stopping;
  };
  const add = (service) => {
    started.push(service);
    return service;
  };

  try {
    const env = {};
    const pids = {};
    const logFiles = {};

    // Before anything starts: a bot that does not build needs no Azurite.
    if (wants('bot') && (build === 'always' || (build === 'missing' && !fs.existsSync(BOT_DLL)))) {
      say('Building the bot (dotnet build)...');
      // Output on stderr, so compile errors show where the launcher was started.
      const result = spawnSync('dotnet', ['build', BOT_PROJECT, '--nologo', '-v', 'quiet'], { cwd: repoRoot, stdio: ['ignore', 2, 2] });
      if (result.status !== 0) throw new Error('The bot does not build (errors above).');
    }

    if (azuriteServices.length > 0) {
      if (data) fs.mkdirSync(data, { recursive: true });
      for (const s of azuriteServices) {
        if (abort?.aborted) throw new Error('stopped during start-up');
        const { program, host, port } = AZURITE_SERVICES[s];
        if (!fs.existsSync(bin(program))) throw new Error(`Azurite is not installed (${bin(program)}): npm ci --prefix tools (./run.sh and ./test.sh do it).`);
        // --skipApiVersionCheck: the Azure SDKs may send a newer x-ms-version than this Azurite release knows.
        // --disableTelemetry: Azurite otherwise phones home. --silent: no per-request access log, which costs
        // Azurite CPU on every call (the benchmarks measure the bot, not that).
        const args = [host, '127.0.0.1', port, String(chosen[s]), '--disableTelemetry', '--skipApiVersionCheck',
          ...(data ? ['--location', data] : ['--inMemoryPersistence']), ...(silent ? ['--silent'] : [])];
        const log = path.join(logs, s === 'table' ? 'azurite.log' : `azurite-${s}.log`);
        say(`Starting Azurite's ${s} service on 127.0.0.1:${chosen[s]} (${data ? `data: ${shown(data)}` : 'in memory'}; log: ${shown(log)})...`);
        const azurite = add(new Service(`Azurite (${s})`, log, bin(program), args, { stopSignal: 'SIGINT', stopSeconds: 30 }));
        await azurite.waitUntil(() => portOpen(chosen[s]), `port ${chosen[s]}`, 60, abort);
        env[`DANVAN_${s.toUpperCase()}_PORT`] = chosen[s];
        pids[`azurite-${s}`] = azurite.pid;
        logFiles[s === 'table' ? 'azurite' : `azurite-${s}`] = log;
      }
      env.DANVAN_STORAGE = connectionString(Object.fromEntries(azuriteServices.map((s) => [s, chosen[s]])));
      // The first Azurite service's process, for the benchmark's CPU and memory figures.
      env.DANVAN_AZURITE_PID = pids[`azurite-${azuriteServices[0]}`];
      env.DANVAN_AZURITE_VERSION = JSON.parse(fs.readFileSync(path.join(toolsDir, 'node_modules', 'azurite', 'package.json'), 'utf8')).version;
    }

    const botUrl = `http://127.0.0.1:${chosen.bot}`;
    if (wants('bot')) {
      if (abort?.aborted) throw new Error('stopped during start-up');
      const log = path.join(logs, 'bot.log');
      say(`Starting the bot on ${botUrl} (log: ${shown(log)})...`);
      // --no-launch-profile: Properties/launchSettings.json must not override the environment set here. The
      // working directory is the repository root, where the bot finds plans/.
      const bot = add(new Service('The bot', log, 'dotnet',
        ['run', '--project', BOT_PROJECT, '--no-build', '--no-launch-profile', '--', '--urls', botUrl], {
          stopSignal: 'SIGTERM',
          stopSeconds: 20,
          env: {
            ...process.env,
            ASPNETCORE_ENVIRONMENT: process.env.ASPNETCORE_ENVIRONMENT || 'Development',
            ...(env.DANVAN_STORAGE ? { Storage__ConnectionString: env.DANVAN_STORAGE } : {}),
            // Export links name the address this machine reaches the bot on, whatever a request says.
            DanVan__PublicBaseUrl: process.env.DanVan__PublicBaseUrl || botUrl,
            ...(demoStart ? { DanVan__DemoStart: demoStart } : {}),
            ...botEnv,
          },
        }));
      await bot.waitUntil(async () => (await httpStatus(`${botUrl}/healthz`)) === 200, `GET ${botUrl}/healthz 200`, botTimeout, abort);
      env.DANVAN_BOT_URL = botUrl;
      pids.bot = bot.pid;
      logFiles.bot = log;
    }

    if (wants('playground')) {
      if (abort?.aborted) throw new Error('stopped during start-up');
      const playgroundUrl = `http://127.0.0.1:${chosen.playground}`;
      // The committed config signs in as the unit head; the others get a copy with their user swapped in.
      const config = user === 'head' ? PLAYGROUND_CONFIG : writeConfig(user, path.join(logs, `playground-${user}.yml`));
      const consoleLog = path.join(logs, 'playground-console.log');
      const ownLog = path.join(logs, 'playground.log');
      say(`Starting the Agents Playground on ${playgroundUrl} (log: ${shown(ownLog)})...`);
      // The playground listens on every interface and has no option against it: localhost-only.cjs forces
      // 127.0.0.1 (and refuses connections off this machine). Despite --disable-telemetry, Application Insights'
      // statsbeat in it probes the cloud metadata service (169.254.169.254) unless APPLICATION_INSIGHTS_NO_STATSBEAT
      // is set. playground-locale.cjs makes it send the locale a Vietnamese Teams client sends (it hard-codes
      // en-US). It writes its own log, which it deletes at start-up, so its console output goes to another file.
      const playground = add(new Service('The Agents Playground', consoleLog, process.execPath,
        ['--require', path.join(repoRoot, 'scripts', 'localhost-only.cjs'), '--require', path.join(repoRoot, 'scripts', 'playground-locale.cjs'),
          path.join(toolsDir, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js'),
          '-p', String(chosen.playground), '-c', 'msteams', '--service-url', `${playgroundUrl}/_connector`, '--disable-telemetry'], {
          stopSignal: 'SIGTERM',
          stopSeconds: 10,
          env: {
            ...process.env,
            BOT_ENDPOINT: `${botUrl}/api/messages`,
            TEAMSAPPTESTER_BROWSER: 'none',
            APPLICATION_INSIGHTS_NO_STATSBEAT: '1',
            M365_AGENTS_PLAYGROUND_CONFIG_PATH: config,
            M365_AGENTS_PLAYGROUND_LOGFILE: ownLog,
            DANVAN_PLAYGROUND_LOCALE: locale,
            TZ: tz,
          },
        }));
      await playground.waitUntil(async () => (await httpStatus(playgroundUrl)) === 200, `GET ${playgroundUrl} 200`, 60, abort);
      env.DANVAN_PLAYGROUND_URL = playgroundUrl;
      pids.playground = playground.pid;
      logFiles.playground = ownLog;
      logFiles.playgroundConsole = consoleLog;
    }

    const exited = Promise.race(started.map((s) => s.exited.then((how) => ({ service: s, ...how }))));
    return { env, storage: env.DANVAN_STORAGE, botUrl: env.DANVAN_BOT_URL, playgroundUrl: env.DANVAN_PLAYGROUND_URL, pids, logs: logFiles, stop, exited };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** KEY='value' lines that bash can `source` and the .NET helper reads; no value holds a single quote. */
export function envLines(env) {
  return Object.entries(env).map(([key, value]) => `${key}='${value}'\n`).join('');
}

const USAGE = `usage: node tools/stack.mjs [options]
  --services LIST       azurite,bot,playground (all three); the benchmarks and .NET tests use azurite
  --storage LIST        Azurite's services: ${Object.keys(AZURITE_SERVICES).join(', ')} (table,blob)
  --table-port N  --blob-port N  --bot-port N  --playground-port N
                        ports on 127.0.0.1; absent or 0 = a free port; a port given must be free
  --data DIR            Azurite keeps its data in DIR (absent: in memory)
  --logs DIR            log files (.data/logs)
  --silent              no Azurite access log
  --build WHEN          always | missing | never: build the bot before starting it (missing)
  --bot-timeout S       seconds to wait for the bot's GET /healthz (180)
  --demo-start T        the bot's clock starts at this Asia/Ho_Chi_Minh date-time (DanVan__DemoStart)
  --user WHO            the playground signs in as head, office or leader (head)
  --locale L            the locale the playground sends (vi-VN; '' = its own en-US)
  --tz TZ               the playground's time zone (Asia/Ho_Chi_Minh)
  --ready FILE          also write the KEY='value' lines to FILE once everything answers
  --watch-stdin         stop everything when stdin closes (the parent process died)
The bot inherits this process's environment (e.g. Logging__LogLevel__Default=Debug).
Stops everything on SIGINT, SIGTERM or SIGHUP: Azurite last, on SIGINT.`;

async function main(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      services: { type: 'string', default: SERVICES.join(',') },
      storage: { type: 'string', default: 'table,blob' },
      'table-port': { type: 'string' },
      'blob-port': { type: 'string' },
      'bot-port': { type: 'string' },
      'playground-port': { type: 'string' },
      data: { type: 'string' },
      logs: { type: 'string' },
      silent: { type: 'boolean', default: false },
      build: { type: 'string', default: 'missing' },
      'bot-timeout': { type: 'string', default: '180' },
      'demo-start': { type: 'string' },
      user: { type: 'string', default: 'head' },
      locale: { type: 'string', default: 'vi-VN' },
      tz: { type: 'string', default: 'Asia/Ho_Chi_Minh' },
      ready: { type: 'string' },
      'watch-stdin': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const number = (option, min) => {
    const text = values[option];
    if (text === undefined || text === '') return undefined;
    const n = Number(text);
    if (!Number.isInteger(n) || n < min || n > 65535) throw new Error(`--${option} needs a whole number from ${min} to 65535, not "${text}".`);
    return n;
  };
  if (!['always', 'missing', 'never'].includes(values.build)) throw new Error(`--build: always, missing or never, not "${values.build}".`);
  const list = (text) => text.split(',').map((s) => s.trim()).filter(Boolean);
  const options = {
    services: list(values.services),
    storage: list(values.storage),
    ports: { table: number('table-port', 0), blob: number('blob-port', 0), bot: number('bot-port', 0), playground: number('playground-port', 0) },
    data: values.data && path.resolve(values.data),
    logs: path.resolve(values.logs ?? path.join(repoRoot, '.data', 'logs')),
    silent: values.silent,
    build: values.build,
    botTimeout: number('bot-timeout', 1),
    demoStart: values['demo-start'],
    user: values.user,
    locale: values.locale,
    tz: values.tz,
    say: (message) => console.error(`[stack] ${message}`),
  };

  // A stop asked for before the stack is up (Ctrl-C during start-up) ends the start, which stops what it started.
  let stack = null;
  let stopAsked = null;
  const aborter = new AbortController();
  options.abort = aborter.signal;
  const stopOnce = (why) => {
    if (stopAsked) return;
    stopAsked = why;
    aborter.abort();
    if (stack) {
      console.error(`[stack] ${why}: stopping (Azurite last, on SIGINT)...`);
      stack.stop().then(() => process.exit(0));
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stopOnce(signal));
  if (values['watch-stdin']) {
    process.stdin.on('end', () => stopOnce('stdin closed'));
    process.stdin.on('close', () => stopOnce('stdin closed'));
    process.stdin.resume();
  }

  try {
    stack = await startStack(options);
  } catch (error) {
    if (stopAsked) {
      console.error(`[stack] ${stopAsked} during start-up: stopped.`);
      return 130;
    }
    throw error;
  }
  // The launcher's own pid comes last: a reader of stdout knows it has every fact once it sees that line.
  const lines = envLines({ ...stack.env, DANVAN_STACK_PID: process.pid });
  if (values.ready) {
    // Written whole, then renamed: whoever waits for the file never reads half of it.
    const partial = `${values.ready}.partial`;
    fs.mkdirSync(path.dirname(path.resolve(values.ready)), { recursive: true });
    fs.writeFileSync(partial, lines);
    fs.renameSync(partial, values.ready);
  }
  process.stdout.write(lines);

  const { service, code, signal } = await stack.exited;
  if (stopAsked) return new Promise(() => {}); // stopOnce exits when the stop is done
  console.error(`[stack] ${service.name} stopped by itself (${signal ?? `exit status ${code}`}); see ${service.log}. Stopping the rest.`);
  stopAsked = 'unexpected exit';
  await stack.stop();
  return 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (status) => process.exit(status),
    (error) => {
      console.error(`[stack] ${error.message}`);
      process.exit(1);
    },
  );
}
