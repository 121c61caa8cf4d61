import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'doorbraak-cli-'));
// The embedded default: whatever database the surrounding test run uses is left out.
const { DATABASE_URL: _url, DOORBRAAK_DEMO: _demo, ...inherited } = process.env;
const env = { ...inherited, DOORBRAAK_DATA_DIR: dataDir, PORT: '0' };

interface Served { child: ChildProcess; output: () => string; exited: Promise<number | null>; waitFor(re: RegExp): Promise<RegExpExecArray> }

function serve(): Served {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], { env });
  let out = '';
  const exited = new Promise<number | null>((r) => child.on('exit', r));
  const onData = (d: Buffer) => { out += d; child.emit('output'); };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  /** Resolves when the output matches; fails when the process stops first. */
  const waitFor = (re: RegExp) => new Promise<RegExpExecArray>((resolve, reject) => {
    const check = () => { const m = re.exec(out); if (m) { child.off('output', check); resolve(m); } };
    child.on('output', check);
    void exited.then(() => reject(new Error(`proces stopte zonder ${re}:\n${out}`)));
    check();
  });
  return { child, output: () => out, exited, waitFor };
}

test('npm start: demo data and logins printed, a second process on the same folder refuses, SIGTERM closes cleanly', async () => {
  const first = serve();
  const url = (await first.waitFor(/Doorbraak draait op (http:\/\/localhost:\d+)/))[1];
  await first.waitFor(/API-documentatie/);
  assert.match(first.output(), /regisseur@elders\.nl/);
  const health = await (await fetch(`${url}/api/health`)).json();
  assert.deepEqual(health, { status: 'ok', database: 'pglite' });
  const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'melder@voorbeeld.nl', password: 'doorbraak' }) });
  assert.equal(login.status, 200);

  const second = serve();
  assert.equal(await second.exited, 1);
  assert.match(second.output(), /al in gebruik door een ander Doorbraak-proces/);

  first.child.kill('SIGTERM');
  assert.equal(await first.exited, 0);
  assert.equal(fs.existsSync(path.join(dataDir, 'doorbraak.lock')), false);

  // The data survived the shutdown: a restart finds the demo data and does not seed twice.
  const again = serve();
  const url2 = (await again.waitFor(/Doorbraak draait op (http:\/\/localhost:\d+)/))[1];
  const cookie = (await fetch(`${url2}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'regisseur@voorbeeld.nl', password: 'doorbraak' }) })).headers.get('set-cookie')!.split(';')[0];
  const inbox = await (await fetch(`${url2}/api/cases?view=inbox`, { headers: { cookie } })).json();
  assert.equal(new Set(inbox.items.map((i: { reference: string }) => i.reference)).size, inbox.items.length);
  assert.ok(inbox.items.length >= 3);
  again.child.kill('SIGTERM');
  assert.equal(await again.exited, 0);
});
