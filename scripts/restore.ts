// `npm run restore -- FILE [--force]`: load a Tally backup into DATA_DIR's embedded database (made
// if there is none) or DATABASE_URL's, in one transaction. The target must be empty unless
// --force, which replaces everything in it; a server holding the same DATA_DIR refuses it.
import { describeBackup, restore } from '../server/db/backup';
import { runOnStore } from './lib/store-cli';

const args = process.argv.slice(2);
const force = args.includes('--force');
const files = args.filter((a) => a !== '--force');
runOnStore(
  'restore',
  { mustExist: false },
  () => (files.length !== 1 || files[0].startsWith('-') ? 'usage: npm run restore -- FILE [--force]   (--force replaces a database that is not empty)' : null),
  async (db, where) => {
    const s = await restore(db, files[0], { force });
    console.log(`restore: read ${s.file} (written ${s.createdAt} from ${s.database}) into ${where}${force ? ', replacing what was there' : ''}: ${describeBackup(s)}`);
    return 0;
  },
);
