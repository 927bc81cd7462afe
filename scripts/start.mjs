// `npm start`: serve the production build on PORT (default 3000), building first when there is none.
// The first request-independent step opens the database (creating, migrating and loading data/),
// so the first start is ready when it says so and later starts load nothing twice.
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureDeps, root } from './lib/ensure-deps.mjs';

const port = process.env.PORT || '3000';
const host = process.env.HOST || '127.0.0.1';
if (!/^\d+$/.test(port)) {
  console.error(`PORT must be a number, got "${port}"`);
  process.exit(2);
}
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

ensureDeps(path.join('next', 'dist', 'bin', 'next'));

if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  console.log('[tally] no production build yet: building (this takes a minute or two)…');
  const r = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, stdio: 'inherit', env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// Next's own handler, behind a FIFO gate for page renders (scripts/serve.mjs says why).
const child = spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs')], {
  cwd: root,
  stdio: 'inherit',
  env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env, HOST: host, PORT: port, NODE_ENV: 'production' },
});

// Warm the database up front: the first start creates it and loads data/ before anyone asks.
const warm = async () => {
  for (let i = 0; i < 120; i++) {
    try {
      // Ready first: it makes the admin token on a first start, so it can be printed below.
      const ready = await fetch(`http://${host}:${port}/api/ready`);
      const res = ready.ok ? await fetch(`http://${host}:${port}/api/v1/summary`) : ready;
      if (res.ok) {
        const s = await res.json();
        console.log(`[tally] ready on http://${host}:${port} — ${s.figures} figures from ${s.sources} sources, ${s.openFlags} open flags`);
        if (!process.env.TALLY_ADMIN_TOKEN) {
          const file = path.join(path.resolve(root, process.env.DATA_DIR || '.data'), 'admin-token');
          if (fs.existsSync(file)) console.log(`[tally] admin token for /ingest, /review and POST /api/v1/sources: ${fs.readFileSync(file, 'utf8').trim()} (kept in ${file})`);
        }
        return;
      }
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
};
warm();
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
