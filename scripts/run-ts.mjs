// `npm run extract|ingest|bench*`: run a TypeScript script with tsx, installing packages first on a
// fresh clone. Arguments, stdin, stdout and the exit code pass straight through.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureDeps, root } from './lib/ensure-deps.mjs';

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: node scripts/run-ts.mjs SCRIPT.ts [ARGS...]');
  process.exit(2);
}
ensureDeps(path.join('tsx', 'dist', 'cli.mjs'));
const cli = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const r = spawnSync(process.execPath, [cli, path.resolve(root, script), ...args], { stdio: 'inherit' });
if (r.signal) process.kill(process.pid, r.signal);
process.exit(r.status ?? 1);
