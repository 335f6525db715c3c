// tools/stack.mjs, the one launcher of the local stack, as the shell scripts and the .NET tests use it from the
// command line: Azurite's services on 127.0.0.1 with the connection string handed out, stopped on SIGINT with its
// data written (--data), a busy port refused before anything starts, and the rest stopped when one process dies.
// (The bot and the playground through the launcher: the browser tests, tools/e2e, and ./run.sh.)
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { toolsDir } from './paths.mjs';
import { portOpen } from '../stack.mjs';

const LAUNCHER = path.join(toolsDir, 'stack.mjs');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the launcher; resolves `ready` with its KEY='value' facts, `exited` with its exit code and stderr. */
function launch(args) {
  const child = spawn(process.execPath, [LAUNCHER, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => { err += d; });
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve({ code, err })));
  const ready = new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      if (/^DANVAN_STACK_PID=/m.test(out)) {
        resolve(Object.fromEntries(out.trim().split('\n').map((l) => /^(\w+)='(.*)'$/.exec(l).slice(1))));
      }
    });
    exited.then(({ code }) => reject(new Error(`the launcher exited (${code}) before it was ready:\n${err}`)));
  });
  ready.catch(() => {}); // a test that expects no start awaits `exited` instead
  return { child, ready, exited };
}

function alive(pid) {
  try {
    process.kill(Number(pid), 0);
    return true;
  } catch {
    return false;
  }
}

async function gone(pid, seconds = 10) {
  for (const deadline = Date.now() + seconds * 1000; Date.now() < deadline; await sleep(100)) if (!alive(pid)) return true;
  return false;
}

describe('tools/stack.mjs', { timeout: 180_000 }, () => {
  it('starts Azurite table and blob on 127.0.0.1, hands out their connection string, and on SIGINT stops them with the data written', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-stack-'));
    try {
      const run = launch(['--services', 'azurite', '--storage', 'table,blob', '--data', path.join(dir, 'data'), '--logs', dir,
        '--ready', path.join(dir, 'ready.env')]);
      const facts = await run.ready;
      const [table, blob] = [Number(facts.DANVAN_TABLE_PORT), Number(facts.DANVAN_BLOB_PORT)];
      assert.match(facts.DANVAN_STORAGE, new RegExp(`^DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=[^;]+;` +
        `TableEndpoint=http://127\\.0\\.0\\.1:${table}/devstoreaccount1;BlobEndpoint=http://127\\.0\\.0\\.1:${blob}/devstoreaccount1;$`));
      assert.ok(await portOpen(table) && await portOpen(blob), 'both services answer');
      assert.equal(fs.readFileSync(path.join(dir, 'ready.env'), 'utf8'), Object.entries(facts).map(([k, v]) => `${k}='${v}'\n`).join(''));

      run.child.kill('SIGINT');
      const { code } = await run.exited;
      assert.equal(code, 0);
      assert.ok(await gone(facts.DANVAN_AZURITE_PID), 'Azurite still runs');
      assert.ok(!(await portOpen(table)) && !(await portOpen(blob)), 'a port is still open');
      assert.ok(fs.existsSync(path.join(dir, 'data', '__azurite_db_table__.json')), 'Azurite did not write its table data');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a port that is already in use, naming it, before it starts anything', async () => {
    const server = net.createServer();
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-stack-'));
    try {
      const { code, err } = await launch(['--services', 'azurite', '--table-port', String(port), '--logs', dir]).exited;
      assert.equal(code, 1);
      assert.match(err, new RegExp(`Port ${port} \\(for Azurite's table service\\) is already in use on 127\\.0\\.0\\.1.*--table-port`));
      assert.ok(!fs.existsSync(path.join(dir, 'azurite.log')), 'Azurite was started');
    } finally {
      server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops the rest and exits with status 1 when one of its processes dies', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-stack-'));
    try {
      const run = launch(['--services', 'azurite', '--storage', 'table,blob', '--logs', dir, '--watch-stdin']);
      const facts = await run.ready;
      process.kill(Number(facts.DANVAN_AZURITE_PID), 'SIGKILL');
      const { code, err } = await run.exited;
      assert.equal(code, 1);
      assert.match(err, /Azurite \(table\) stopped by itself/);
      assert.ok(!(await portOpen(Number(facts.DANVAN_BLOB_PORT))), 'the blob service still answers');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops everything when its stdin closes (--watch-stdin: the parent died)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-stack-'));
    try {
      const run = launch(['--services', 'azurite', '--logs', dir, '--watch-stdin']);
      const facts = await run.ready;
      run.child.stdin.end();
      const { code } = await run.exited;
      assert.equal(code, 0);
      assert.ok(await gone(facts.DANVAN_AZURITE_PID), 'Azurite still runs');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
