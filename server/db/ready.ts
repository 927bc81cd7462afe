import { getDb } from '.';
import { adminToken } from '../env';

export interface Readiness {
  ready: boolean;
  database: 'pglite' | 'postgres' | null;
  /** Why not, in words (never a stack trace); absent when ready. */
  reason?: string;
  /** How long the probe took, in ms. */
  ms: number;
  /** Not ready only because the database is slow to answer (a first start still creating and loading it), not because it failed. */
  pending?: boolean;
}

const TIMEOUT_MS = 5000;

/**
 * Whether Tally can do its work: an admin token to check writes against (made on the first probe,
 * so `npm start` can print it), and a database that answers a query within 5 s. What /api/ready
 * reports; the start stops when it is not.
 */
export async function readiness(): Promise<Readiness> {
  const t0 = Date.now();
  try {
    adminToken();
  } catch (e) {
    console.error('[tally] not ready:', e instanceof Error ? e.message : e);
    return { ready: false, database: null, reason: 'no usable admin token could be made (the server log says why)', ms: Date.now() - t0 };
  }
  let timer: NodeJS.Timeout | undefined;
  try {
    const probe = (async () => {
      const db = await getDb();
      await db.reader().query('SELECT n FROM revision WHERE id = 1');
      return db.kind;
    })();
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
    });
    const kind = await Promise.race([probe, timeout]);
    return { ready: true, database: kind, ms: Date.now() - t0 };
  } catch (e) {
    // The detail (an address, a driver's message) goes to the log, not to whoever asked.
    console.error('[tally] not ready:', e instanceof Error ? e.message : e);
    const slow = e instanceof Error && e.message.startsWith('no answer');
    return { ready: false, database: null, reason: slow ? `the database gave no answer within ${TIMEOUT_MS / 1000} s` : 'the database does not answer', ms: Date.now() - t0, ...(slow ? { pending: true } : {}) };
  } finally {
    clearTimeout(timer);
  }
}
