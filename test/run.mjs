// Runs every test file with node's test runner. Node 20 cannot discover .ts tests itself and would
// silently run nothing, so the list is built here and an empty list is a failure.
import { spawnSync } from 'node:child_process';
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

const only = process.argv.slice(2);
const files = only.length ? only : [...find('src'), ...find('test')].sort();
if (files.length === 0) {
  console.error('Geen testbestanden gevonden.');
  process.exit(1);
}
const where = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
console.log(`Testsjabloon bouwen (${where})…`);
const template = spawnSync(process.execPath, ['--import', 'tsx', 'test/helpers/template.ts'], { stdio: 'inherit' });
if (template.status !== 0) process.exit(template.status ?? 1);

console.log(`${files.length} testbestanden op ${where}`);
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: ['inherit', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
process.stdout.write(run.stdout);
const passed = Number(/ℹ pass (\d+)/.exec(run.stdout)?.[1] ?? 0);
const failed = Number(/ℹ fail (\d+)/.exec(run.stdout)?.[1] ?? 0);
console.log(`${passed} passed, ${failed} failed`);
if (run.status !== 0) process.exit(run.status ?? 1);
if (passed === 0) {
  console.error('Er is geen enkele test uitgevoerd.');
  process.exit(1);
}
