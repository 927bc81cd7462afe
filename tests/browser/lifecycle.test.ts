import { afterAll, describe, expect, it } from 'vitest';
import { startApp, type AppServer } from './server';
import { scratchDatabase } from '../db/targets';

// The server as a process: what it answers about itself, how it stops, and when it refuses to run.
const exited = (app: AppServer) => new Promise<number | null>((r) => (app.child.exitCode !== null ? r(app.child.exitCode) : app.child.once('exit', (code) => r(code))));

describe('the server process', () => {
  const started: AppServer[] = [];
  afterAll(async () => {
    for (const a of started) await a.stop().catch(() => {});
  });

  it('answers /api/health and /api/ready, and refuses a second process on its data directory', async () => {
    const app = await startApp();
    started.push(app);
    expect(await (await fetch(`${app.url}/api/health`)).json()).toEqual({ status: 'alive' });
    // A first start makes the admin token and says what it is (printed just after "ready").
    for (let i = 0; i < 50 && !/admin token for/.test(app.log()); i++) await new Promise((r) => setTimeout(r, 100));
    expect(app.log()).toMatch(/admin token for \/ingest, \/review and POST \/api\/v1\/sources: [0-9a-f]{48}/);
    const ready = await fetch(`${app.url}/api/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, database: 'pglite' });
    // A second server on the same DATA_DIR stops at once, saying which process holds it.
    await expect(startApp({ DATA_DIR: app.dataDir })).rejects.toThrow(/in use by process \d+/);
    expect((await fetch(`${app.url}/api/v1/summary`)).status).toBe(200);
  });

  it('stops within 5 s of SIGTERM, finishing what is in flight', async () => {
    const app = await startApp();
    started.push(app);
    const inFlight = Array.from({ length: 4 }, () => fetch(`${app.url}/measures/drones-delivered`).then((r) => r.status).catch(() => 'cut'));
    await new Promise((r) => setTimeout(r, 100));
    const t0 = Date.now();
    app.child.kill('SIGTERM');
    await exited(app);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(await Promise.all(inFlight)).not.toContain(500);
  });

  it('exits when its PostgreSQL database is gone for good, and /api/ready says 503 meanwhile', async () => {
    const scratch = await scratchDatabase('tally_gone');
    const app = await startApp({ DATABASE_URL: scratch.url, TALLY_READY_PROBE_MS: '200' });
    started.push(app);
    try {
      expect((await fetch(`${app.url}/api/ready`)).status).toBe(200);
      await scratch.drop();
      const ready = await fetch(`${app.url}/api/ready`).catch(() => null);
      if (ready) {
        expect(ready.status).toBe(503);
        const body = await ready.json();
        expect(body.ready).toBe(false);
        expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|postgres:|ECONN/);
      }
      expect(await exited(app)).toBe(1);
      expect(app.log()).toMatch(/database has not answered/);
    } finally {
      await scratch.end();
    }
  });
});
