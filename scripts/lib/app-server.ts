import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';

const ROOT = path.join(__dirname, '..', '..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export interface AppServer {
  url: string;
  port: number;
  dataDir: string;
  /** The `npm start` process, for tests that signal it or wait for it to end. */
  child: ChildProcess;
  /** Everything it has printed so far. */
  log(): string;
  stop(): Promise<void>;
}

/**
 * The process listening on 127.0.0.1:port, from /proc/net/tcp and each process's sockets; null
 * when none is (or the kernel does not say).
 */
function listenerPid(port: number): number | null {
  const hex = `:${port.toString(16).toUpperCase().padStart(4, '0')}`;
  let inode: string | undefined;
  try {
    const rows = fs.readFileSync('/proc/net/tcp', 'utf8').split('\n').slice(1).map((l) => l.trim().split(/\s+/));
    inode = rows.find((f) => f[1]?.endsWith(hex) && f[3] === '0A')?.[9];
  } catch {
    return null;
  }
  if (!inode) return null;
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      for (const fd of fs.readdirSync(`/proc/${d}/fd`)) if (fs.readlinkSync(`/proc/${d}/fd/${fd}`) === `socket:[${inode}]`) return Number(d);
    } catch {}
  }
  return null;
}

/** Whether the process listening on `port` is the server given `mark` in its environment (TALLY_TEST_SERVER). */
function listenerIsOurs(port: number, mark: string): boolean {
  const pid = listenerPid(port);
  if (pid === null) return false;
  try {
    return fs.readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(`TALLY_TEST_SERVER=${mark}`);
  } catch {
    return false;
  }
}

/**
 * The production build, served by `npm start` on 127.0.0.1 with a fresh embedded database.
 * Test files start servers side by side: a free port can be taken by another file's server
 * between being found and being bound, and then the other server answers this one's readiness
 * check while this one has died (every test of the file then fails with ECONNREFUSED once the
 * other file ends). So the server that answers must be the one started here, or it starts again
 * on another port.
 */
export async function startApp(env: Record<string, string> = {}): Promise<AppServer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(env);
    } catch (e) {
      if (!(e instanceof PortTaken) || attempt >= 4) throw e;
    }
  }
}

class PortTaken extends Error {}

async function startOnce(env: Record<string, string>): Promise<AppServer> {
  if (!fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('next build failed');
  }
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-browser-'));
  const mark = `${process.pid}-${port}-${Math.random().toString(36).slice(2)}`;
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs')], {
    cwd: ROOT,
    // The mark tells this server from another file's on the same port (the test's env may name its own DATA_DIR).
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: '', NEXT_TELEMETRY_DISABLED: '1', ...env, TALLY_TEST_SERVER: mark },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw /EADDRINUSE/.test(log) ? new PortTaken(`port ${port} was taken`) : new Error(`server exited early:\n${log}`);
    try {
      const res = await fetch(`${url}/api/v1/summary`);
      if (res.ok) {
        if (listenerIsOurs(port, mark)) break;
        // Another server has the port: this one cannot bind it. Stop it and try another port.
        child.kill('SIGTERM');
        await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(null) : child.once('exit', r)));
        fs.rmSync(dataDir, { recursive: true, force: true });
        throw new PortTaken(`port ${port} is another server's`);
      }
    } catch (e) {
      if (e instanceof PortTaken) throw e;
    }
    if (i > 240) throw new Error(`server did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    port,
    dataDir,
    child,
    log: () => log,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The server's own process (scripts/serve.mjs, a grandchild of startApp), found by its PORT. */
export function serverPid(port: number): number | null {
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (!fs.readFileSync(`/proc/${d}/cmdline`, 'utf8').includes('serve.mjs')) continue;
      if (fs.readFileSync(`/proc/${d}/environ`, 'utf8').split('\0').includes(`PORT=${port}`)) return Number(d);
    } catch {}
  }
  return null;
}
