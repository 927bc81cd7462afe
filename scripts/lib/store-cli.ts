import { openStore } from '../../server/db/backup';
import type { Db } from '../../server/db/client';

/**
 * The frame of the storage scripts (backup, restore, rebuild): open the app's database as they
 * need it, run, close, and exit with the code returned, or 1 with the error on one line.
 */
export function runOnStore(name: string, opts: { mustExist: boolean }, usage: () => string | null, body: (db: Db, where: string) => Promise<number>): void {
  const run = async (): Promise<number> => {
    const bad = usage();
    if (bad) {
      console.error(bad);
      return 2;
    }
    const { db, where } = await openStore(opts);
    try {
      return await body(db, where);
    } finally {
      await db.close();
    }
  };
  run().then(
    (code) => process.exit(code),
    (e) => {
      console.error(`${name} failed: ${String((e as Error).message ?? e).replace(/\s*\n\s*/g, '; ')}`);
      process.exit(1);
    },
  );
}
