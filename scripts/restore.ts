// `npm run restore -- FILE [--force]`: load a Tally backup into DATA_DIR's embedded database (made
// if there is none) or DATABASE_URL's, in one transaction. The target must be empty unless
// --force, which replaces everything in it; a server holding the same DATA_DIR refuses it.
import { describeBackup, openStore, restore } from '../server/db/backup';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const files = args.filter((a) => a !== '--force');
  if (files.length !== 1 || files[0].startsWith('-')) {
    console.error('usage: npm run restore -- FILE [--force]   (--force replaces a database that is not empty)');
    return 2;
  }
  const { db, where } = await openStore({ mustExist: false });
  try {
    const s = await restore(db, files[0], { force });
    console.log(`restore: read ${s.file} (written ${s.createdAt} from ${s.database}) into ${where}${force ? ', replacing what was there' : ''}: ${describeBackup(s)}`);
  } finally {
    await db.close();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`restore failed: ${String((e as Error).message ?? e).replace(/\s*\n\s*/g, '; ')}`);
    process.exit(1);
  },
);
