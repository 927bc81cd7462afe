// `npm run backup -- FILE`: write the whole database (DATA_DIR's embedded one, or DATABASE_URL's)
// to FILE as a Tally backup, from one consistent snapshot. Safe beside a PostgreSQL server in use;
// the embedded database is locked by the server that serves it, so stop that server first.
import { backup, describeBackup, openStore } from '../server/db/backup';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0].startsWith('-')) {
    console.error('usage: npm run backup -- FILE   (writes the database of DATA_DIR, or of DATABASE_URL, to FILE)');
    return 2;
  }
  const { db, where } = await openStore({ mustExist: true });
  try {
    const s = await backup(db, args[0]);
    console.log(`backup: wrote ${s.file} from ${where}: ${describeBackup(s)}`);
  } finally {
    await db.close();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`backup failed: ${String((e as Error).message ?? e).replace(/\s*\n\s*/g, '; ')}`);
    process.exit(1);
  },
);
