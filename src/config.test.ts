import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, loadConfig } from './config.ts';

test('the embedded default runs in demo mode on port 3000 in ./data', () => {
  const c = loadConfig({});
  assert.equal(c.demo, true);
  assert.equal(c.port, 3000);
  assert.match(c.dataDir, /\/data$/);
});

test('with DATABASE_URL demo mode is off, and a missing secret stops the start with a clear message', () => {
  assert.throws(() => loadConfig({ DATABASE_URL: 'postgres://x@localhost/db' }),
    (e: Error) => e instanceof ConfigError && /DOORBRAAK_SECRET ontbreekt/.test(e.message));
  const c = loadConfig({ DATABASE_URL: 'postgres://x@localhost/db', DOORBRAAK_SECRET: 'z'.repeat(40) });
  assert.equal(c.demo, false);
  assert.equal(loadConfig({ DATABASE_URL: 'postgres://x@localhost/db', DOORBRAAK_DEMO: '1' }).demo, true);
});

test('invalid settings are listed together, by name', () => {
  assert.throws(() => loadConfig({ PORT: 'negentig', DOORBRAAK_SECRET: 'kort' }),
    (e: Error) => /PORT/.test(e.message) && /DOORBRAAK_SECRET/.test(e.message));
});
