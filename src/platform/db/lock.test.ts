import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { DataDirLockedError, lockDataDir } from './lock.ts';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'doorbraak-lock-'));

test('a second process on the same data folder is refused with a clear message', async () => {
  const dir = tmp();
  const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
  try {
    fs.writeFileSync(path.join(dir, 'doorbraak.lock'), String(other.pid));
    assert.throws(() => lockDataDir(dir), (e: Error) => e instanceof DataDirLockedError && /al in gebruik/.test(e.message));
  } finally {
    other.kill();
  }
});

test('a lock left behind by a process that no longer runs is taken over, and released on close', async () => {
  const dir = tmp();
  const gone = spawn(process.execPath, ['-e', '0']);
  await new Promise((r) => gone.on('exit', r));
  fs.writeFileSync(path.join(dir, 'doorbraak.lock'), String(gone.pid));
  const release = lockDataDir(dir);
  assert.equal(fs.readFileSync(path.join(dir, 'doorbraak.lock'), 'utf8'), String(process.pid));
  release();
  assert.equal(fs.existsSync(path.join(dir, 'doorbraak.lock')), false);
});
