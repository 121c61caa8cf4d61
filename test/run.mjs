// Runs every test file with node's test runner. Node 20 cannot discover .ts tests itself and would
// silently run nothing, so the list is built here and an empty list is a failure. Everything the
// tests and the servers they start print is also scanned for the demo residents' personal data.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function find(dir, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) find(p, out);
    else if (/\.test\.tsx?$/.test(e.name)) out.push(p);
  }
  return out;
}

/** Runs a child process, passing its stdout and stderr through as they come, and keeps both. */
function run(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['inherit', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => { out.push(d); process.stdout.write(d); });
    child.stderr.on('data', (d) => { err.push(d); process.stderr.write(d); });
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

const only = process.argv.slice(2);
const files = only.length ? only : [...find('src'), ...find('test')].sort();
if (files.length === 0) {
  console.error('Geen testbestanden gevonden.');
  process.exit(1);
}
const where = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
console.log(`Testsjabloon bouwen (${where})…`);
const template = await run(['--import', 'tsx', 'test/helpers/template.ts']);
if (template.status !== 0) process.exit(template.status ?? 1);

console.log(`${files.length} testbestanden op ${where}`);
const tests = await run(['--import', 'tsx', '--test', '--test-reporter=spec', ...files]);
const passed = Number(/ℹ pass (\d+)/.exec(tests.stdout)?.[1] ?? 0);
const failed = Number(/ℹ fail (\d+)/.exec(tests.stdout)?.[1] ?? 0);
// A failing before-hook cancels its tests instead of failing them: count those too.
const cancelled = Number(/ℹ cancelled (\d+)/.exec(tests.stdout)?.[1] ?? 0);
console.log(`${passed} passed, ${failed} failed${cancelled ? `, ${cancelled} cancelled` : ''}`);

const output = [template.stdout, template.stderr, tests.stdout, tests.stderr].join('\n');
const scan = spawnSync(process.execPath, ['--import', 'tsx', 'test/helpers/scan-logs.ts'], { input: output, stdio: ['pipe', 'inherit', 'inherit'] });

if (tests.status !== 0) process.exit(tests.status ?? 1);
if (passed === 0) {
  console.error('Er is geen enkele test uitgevoerd.');
  process.exit(1);
}
if (scan.status !== 0) process.exit(1);
