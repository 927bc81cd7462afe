import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * One process per embedded database. PGlite keeps no lock of its own: two processes on one data
 * directory each run their own PostgreSQL over the same files, and one side's acknowledged writes
 * are lost. The lock is a file beside the directory (DATA_DIR/pglite.lock for DATA_DIR/pglite),
 * not inside it, so the database directory holds PostgreSQL's files only.
 */
interface Holder {
  pid: number;
  startedAt: string;
  host: string;
  /** Linux: the kernel's boot id and the process's start tick, to tell a reused pid from its holder. */
  boot?: string;
  procStart?: string;
  token: string;
}

// On globalThis, like the database handle: Next bundles this module more than once per process.
const shared = globalThis as unknown as { __tallyLocks?: Map<string, { count: number; token: string }>; __tallyLockExit?: boolean };
const held = (shared.__tallyLocks ??= new Map());

const readText = (file: string): string | undefined => {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return undefined;
  }
};

/** Field 22 of /proc/PID/stat, when there is a /proc: the process's start time in clock ticks. */
function procStart(pid: number): string | undefined {
  const stat = readText(`/proc/${pid}/stat`);
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

function me(token: string): Holder {
  return {
    pid: process.pid,
    startedAt: new Date(Date.now() - process.uptime() * 1000).toISOString(),
    host: os.hostname(),
    boot: readText('/proc/sys/kernel/random/boot_id'),
    procStart: procStart(process.pid),
    token,
  };
}

function parse(text: string | undefined): Holder | undefined {
  try {
    const h = JSON.parse(text ?? '') as Holder;
    return Number.isInteger(h.pid) && h.pid > 0 && typeof h.token === 'string' ? h : undefined;
  } catch {
    return undefined;
  }
}

/** The holder's process still runs: its pid answers and, where the kernel says, it is the same process. */
function alive(h: Holder): boolean {
  try {
    process.kill(h.pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  // After a crash or a reboot the pid may belong to another program (in a container the server
  // gets the same small pid on every start): a different boot or start tick means a stale lock.
  const boot = readText('/proc/sys/kernel/random/boot_id');
  if (h.boot && boot && h.boot !== boot) return false;
  const start = procStart(h.pid);
  return !(h.procStart && start && h.procStart !== start);
}

/**
 * Move a stale lock aside. The rename is atomic, so of two processes taking over one stale lock
 * only one moves it; one that moved a lock someone had just taken puts it back.
 */
function takeOver(lock: string, judged: string | undefined): void {
  const aside = `${lock}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    fs.renameSync(lock, aside);
  } catch {
    return; // gone already: someone else took it over
  }
  if (readText(aside) !== judged) {
    try {
      fs.linkSync(aside, lock);
    } catch {
      // a third process holds it now; the one we moved lost its file, and learns so at exit
    }
  }
  fs.rmSync(aside, { force: true });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function releaseAll(): void {
  for (const [lock, { token }] of held) if (parse(readText(lock))?.token === token) fs.rmSync(lock, { force: true });
  held.clear();
}

/**
 * Hold `dir` for this process until the returned release is called (or the process exits). The
 * same process may take it again (re-entrant); another live process holding it is an Error.
 */
export async function lockDataDir(dir: string): Promise<() => void> {
  const target = path.resolve(dir);
  const lock = `${target}.lock`;
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  if (!shared.__tallyLockExit) {
    shared.__tallyLockExit = true;
    process.on('exit', releaseAll);
  }
  for (let attempt = 0; ; attempt++) {
    const mine = held.get(lock);
    const token = mine?.token ?? randomBytes(12).toString('hex');
    const self = me(token);
    if (!mine) {
      try {
        const fd = fs.openSync(lock, 'wx', 0o644);
        try {
          fs.writeSync(fd, `${JSON.stringify(self)}\n`);
        } finally {
          fs.closeSync(fd);
        }
        held.set(lock, { count: 1, token });
        return release(lock, token);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
    }
    if (attempt > 200) throw new Error(`could not take the lock ${lock}: it keeps changing`);
    const text = readText(lock);
    const h = parse(text);
    if (text === undefined) {
      held.delete(lock); // released between our open and read, or removed by hand while we held it
      continue;
    }
    if (!h) {
      // A file just created is written an instant later; one that stays unreadable is a crash's leftover.
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0);
      if (age < 2000 && attempt < 100) await sleep(20);
      else takeOver(lock, text);
      continue;
    }
    if (h.pid === process.pid && (!h.procStart || h.procStart === self.procStart)) {
      // Ours: a second handle in this process, or another bundle of this module in it.
      const entry = held.get(lock) ?? { count: 0, token: h.token };
      entry.count++;
      held.set(lock, entry);
      return release(lock, entry.token);
    }
    if (alive(h)) {
      const where = h.host === os.hostname() ? '' : ` on ${h.host}`;
      throw new Error(`DATA_DIR ${path.dirname(target)} (${target}) is in use by process ${h.pid}${where} (started ${h.startedAt}; lock file ${lock}); stop it or use another DATA_DIR`);
    }
    held.delete(lock);
    takeOver(lock, text);
  }
}

function release(lock: string, token: string): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    const entry = held.get(lock);
    if (!entry || entry.token !== token || --entry.count > 0) return;
    held.delete(lock);
    if (parse(readText(lock))?.token === token) fs.rmSync(lock, { force: true });
  };
}
