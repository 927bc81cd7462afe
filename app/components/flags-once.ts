import type { Flag } from '@/server/domain/schemas';

/*
 * Each flag said once on a page (issue 10, item 4): a page of charts lists each flag under the
 * first chart that carries it — the comparison first, then each measure's chart in order — and
 * the later charts that name the same values point back to it rather than repeating it.
 */
export interface FlagsOnce {
  /** What each list shows, in the order given. */
  shown: Flag[][];
  /** What each list leaves to an earlier one. */
  above: Flag[][];
  /** Every flag's id that some list shows. */
  ids: Set<string>;
}

export function flagsOnce(lists: Flag[][], seen: ReadonlySet<string> = new Set()): FlagsOnce {
  const ids = new Set(seen);
  const shown: Flag[][] = [];
  const above: Flag[][] = [];
  for (const list of lists) {
    shown.push(list.filter((f) => !ids.has(f.id)));
    above.push(list.filter((f) => ids.has(f.id)));
    for (const f of list) ids.add(f.id);
  }
  return { shown, above, ids };
}
