// `npm run rebuild [-- --check]`: derive every flag and measure count again from the claims and say
// whether the stored (incrementally kept) ones agreed. With --check nothing is written, and the exit code is 1
// when they disagree. Runs on DATA_DIR's embedded database (stop the server first: it holds the
// lock) or on DATABASE_URL's, beside a running server.
import { compareDerived, recountMeasures, refreshAll } from '../server/db/derive';
import { rebuildSearchTables } from '../server/db/search-tables';
import { runOnStore } from './lib/store-cli';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--check');
const check = args.includes('--check');
const list = (name: string, ids: string[]) => (ids.length ? `\n  ${name}: ${ids.slice(0, 10).join(', ')}${ids.length > 10 ? `, … (${ids.length} in all)` : ''}` : '');

runOnStore(
  'rebuild',
  { mustExist: true },
  () => (unknown.length ? `usage: npm run rebuild [-- --check]   (unknown: ${unknown.join(' ')})` : null),
  async (db, where) => {
    const t0 = Date.now();
    const d = await compareDerived(db);
    const off = d.onlyStored.length + d.onlyDerived.length + d.changed.length + d.counts.length + d.search.length;
    console.log(
      `rebuild: ${where}: ${d.derived} flags derived from the claims, ${d.stored} stored; ` +
        (off === 0 ? 'they agree' : `${off} differ${list('stored only', d.onlyStored)}${list('derived only', d.onlyDerived)}${list('changed', d.changed)}${list('measure counts', d.counts)}${list('search rows', d.search)}`) +
        ` (${Date.now() - t0} ms)`,
    );
    if (check) return off === 0 ? 0 : 1;
    await db.transaction(async (tx) => {
      await refreshAll(tx);
      await recountMeasures(tx);
      await rebuildSearchTables(tx);
      await tx.query('UPDATE revision SET n = n + 1 WHERE id = 1');
    });
    console.log(`rebuild: every topic's flags derived again and stored, every measure's figures counted again, the search tables written again (${Date.now() - t0} ms)`);
    return 0;
  },
);
