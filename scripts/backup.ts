// `npm run backup -- FILE`: write the whole database (DATA_DIR's embedded one, or DATABASE_URL's)
// to FILE as a Tally backup, from one consistent snapshot. Safe beside a PostgreSQL server in use;
// the embedded database is locked by the server that serves it, so stop that server first.
import { backup, describeBackup } from '../server/db/backup';
import { runOnStore } from './lib/store-cli';

const args = process.argv.slice(2);
runOnStore(
  'backup',
  { mustExist: true },
  () => (args.length !== 1 || args[0].startsWith('-') ? 'usage: npm run backup -- FILE   (writes the database of DATA_DIR, or of DATABASE_URL, to FILE)' : null),
  async (db, where) => {
    const s = await backup(db, args[0]);
    console.log(`backup: wrote ${s.file} from ${where}: ${describeBackup(s)}`);
    return 0;
  },
);
