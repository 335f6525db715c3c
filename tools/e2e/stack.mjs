// The local DanVan stack for the browser tests, as ./run.sh starts it but on free ports and in memory: Azurite
// (Table Storage), the bot (demo clock, reminders checked every second) and the Microsoft 365 Agents Playground,
// all on 127.0.0.1. Every process gets its own process group, so stopping it stops its children too
// (`dotnet run` starts the bot as a child); Azurite stops on SIGINT, the only signal it shuts down cleanly on.
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { repoRoot, toolsDir } from '../checks/paths.mjs';
import { PLAYGROUND_CONFIG, writeConfig } from '../playground-user.mjs';

// Azurite's well-known development account: public (documented by Microsoft), not a secret.
const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const BOT_DLL = path.join(repoRoot, 'Bot', 'bin', 'Debug', 'net10.0', 'DanVan.Bot.dll');

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

function portOpen(port) {
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

class Service {
  constructor(name, log, command, args, options) {
    this.name = name;
    this.log = log;
    const out = fs.openSync(log, 'w');
    this.child = spawn(command, args, { ...options, stdio: ['ignore', out, out], detached: true });
    fs.closeSync(out);
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
    this.running = true;
    this.exited.then(() => { this.running = false; });
  }

  /** Waits until ready() is true; fails at once if the process dies, or after the timeout. */
  async waitUntil(ready, what, seconds) {
    const deadline = Date.now() + seconds * 1000;
    while (!(await ready())) {
      if (!this.running) throw new Error(`${this.name} exited before ${what}:\n${tail(this.log)}`);
      if (Date.now() > deadline) throw new Error(`${this.name}: no ${what} within ${seconds} s:\n${tail(this.log)}`);
      await sleep(250);
    }
  }

  async stop(signal, seconds) {
    if (!this.running) return;
    const group = -this.child.pid;
    try {
      process.kill(group, signal);
    } catch {
      return;
    }
    const timedOut = await Promise.race([this.exited.then(() => false), sleep(seconds * 1000).then(() => true)]);
    if (timedOut) {
      try {
        process.kill(group, 'SIGKILL');
      } catch { /* already gone */ }
      await this.exited;
    }
  }

  /** Last resort when the test process itself is exiting: no waiting possible. */
  kill() {
    if (this.running) {
      try {
        process.kill(-this.child.pid, 'SIGKILL');
      } catch { /* already gone */ }
    }
  }
}

/**
 * Starts Azurite, the bot and the playground. Options: demoStart (the bot's clock), logs (folder), user (who the
 * playground signs in as: head, office or leader, as DANVAN_PLAYGROUND_USER for ./run.sh).
 * Returns { playgroundUrl, botUrl, logs: {bot, playground, ...}, stop() }.
 */
export async function startStack({ demoStart, logs, user = 'head' }) {
  fs.mkdirSync(logs, { recursive: true });
  const services = [];
  const killAll = () => services.forEach((s) => s.kill());
  // A test run that is interrupted (Ctrl-C, or the runner's own timeout) must not leave the stack behind.
  const onSignal = (signal) => {
    killAll();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('exit', killAll);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const stop = async () => {
    // Reverse order of start: the playground talks to the bot, the bot to Azurite.
    const [azurite, bot, playground] = services;
    await playground?.stop('SIGTERM', 10);
    await bot?.stop('SIGTERM', 20);
    await azurite?.stop('SIGINT', 15);
    process.removeListener('exit', killAll);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  };
  try {
    if (!fs.existsSync(BOT_DLL)) {
      const build = spawnSync('dotnet', ['build', path.join(repoRoot, 'Bot', 'DanVan.Bot.csproj'), '-v', 'quiet', '--nologo'],
        { cwd: repoRoot, encoding: 'utf8' });
      if (build.status !== 0) throw new Error(`the bot does not build:\n${build.stdout}${build.stderr}`);
    }
    const [tablePort, botPort, playgroundPort] = [await freePort(), await freePort(), await freePort()];

    const azurite = new Service('Azurite', path.join(logs, 'azurite.log'), path.join(toolsDir, 'node_modules', '.bin', 'azurite-table'),
      ['--tableHost', '127.0.0.1', '--tablePort', String(tablePort), '--inMemoryPersistence', '--disableTelemetry', '--skipApiVersionCheck'],
      { cwd: repoRoot });
    services.push(azurite);
    await azurite.waitUntil(() => portOpen(tablePort), `port ${tablePort}`, 60);

    const botUrl = `http://127.0.0.1:${botPort}`;
    const bot = new Service('The bot', path.join(logs, 'bot.log'), 'dotnet',
      ['run', '--project', 'Bot/DanVan.Bot.csproj', '--no-build', '--no-launch-profile', '--', '--urls', botUrl], {
        cwd: repoRoot,
        env: {
          ...process.env,
          ASPNETCORE_ENVIRONMENT: 'Development',
          MicrosoftAppId: '',
          MicrosoftAppPassword: '',
          Storage__ConnectionString: `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${AZURITE_KEY};` +
            `TableEndpoint=http://127.0.0.1:${tablePort}/devstoreaccount1;`,
          Storage__TablePrefix: 'e2e',
          DanVan__DemoStart: demoStart ?? '',
          // Export links must name the address this machine reaches the bot on, whatever the request says.
          DanVan__PublicBaseUrl: botUrl,
          Reminders__Interval: '00:00:01',
        },
      });
    services.push(bot);
    await bot.waitUntil(async () => (await httpStatus(`${botUrl}/healthz`)) === 200, 'GET /healthz 200', 240);

    const playgroundUrl = `http://127.0.0.1:${playgroundPort}`;
    const config = user === 'head' ? PLAYGROUND_CONFIG : writeConfig(user, path.join(logs, `playground-${user}.yml`));
    const playground = new Service('The Agents Playground', path.join(logs, 'playground-console.log'), process.execPath,
      ['--require', path.join(repoRoot, 'scripts', 'localhost-only.cjs'), '--require', path.join(repoRoot, 'scripts', 'playground-locale.cjs'),
        path.join(toolsDir, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js'),
        '-p', String(playgroundPort), '-c', 'msteams', '--service-url', `${playgroundUrl}/_connector`, '--disable-telemetry'], {
        cwd: repoRoot,
        env: {
          ...process.env,
          BOT_ENDPOINT: `${botUrl}/api/messages`,
          TEAMSAPPTESTER_BROWSER: 'none',
          APPLICATION_INSIGHTS_NO_STATSBEAT: '1',
          M365_AGENTS_PLAYGROUND_CONFIG_PATH: config,
          M365_AGENTS_PLAYGROUND_LOGFILE: path.join(logs, 'playground.log'),
          DANVAN_PLAYGROUND_LOCALE: 'vi-VN',
          TZ: 'Asia/Ho_Chi_Minh',
        },
      });
    services.push(playground);
    await playground.waitUntil(async () => (await httpStatus(playgroundUrl)) === 200, `GET ${playgroundUrl} 200`, 60);

    return {
      playgroundUrl,
      botUrl,
      logs: { azurite: azurite.log, bot: bot.log, playground: playground.log, playgroundConsole: path.join(logs, 'playground.log') },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
