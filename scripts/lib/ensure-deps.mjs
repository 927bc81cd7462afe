// A fresh clone has no node_modules. Every npm script that runs our code installs exactly what the
// lock file says first, once, writing npm's chatter to stderr so that a command whose stdout is a
// contract (`npm run --silent extract`) still prints nothing but its answer.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

export function ensureDeps(marker) {
  if (fs.existsSync(path.join(root, 'node_modules', marker))) return;
  console.error('[tally] installing npm packages (first run)…');
  const opts = { cwd: root, stdio: ['ignore', 2, 2] };
  let r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], opts);
  if (r.status !== 0) {
    console.error('[tally] npm ci refused package-lock.json; falling back to npm install');
    r = spawnSync('npm', ['install', '--no-audit', '--no-fund'], opts);
  }
  if (r.status !== 0) process.exit(r.status ?? 1);
}
