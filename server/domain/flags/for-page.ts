import type { Flag } from '../schemas';
import type { IntervalSeries } from '../series';

/**
 * A flag as a page carries it. Pages show a flag's kind and reason, and mark on a chart the values
 * it names (from the points' own flag kinds); none reads the whole list of claims a flag holds,
 * which on a busy measure runs to hundreds ("a running total cannot fall" names every later
 * figure below an earlier high one). So a page gets, of its claims, only those it draws, and of
 * its camps the first few: the API (/api/v1/flags, /api/v1/measures/{id}) keeps them whole.
 */
export const CAMPS_ON_PAGE = 6;
/** Without a chart to go by (a measure page's list of flags), this many claims of each. */
export const CLAIMS_ON_PAGE = 12;

export function flagForPage(f: Flag, drawn?: ReadonlySet<string>): Flag {
  const keep = (ids: string[]) => (drawn ? ids.filter((id) => drawn.has(id)) : ids.slice(0, CLAIMS_ON_PAGE));
  return { ...f, claimIds: keep(f.claimIds), camps: f.camps.slice(0, CAMPS_ON_PAGE).map((c) => ({ ...c, claimIds: keep(c.claimIds) })) };
}

/** A series whose flags name only the values it draws. */
export function seriesForPage<T extends IntervalSeries>(s: T): T {
  const drawn = new Set(s.points.map((p) => p.claimId));
  return { ...s, flags: s.flags.map((f) => flagForPage(f, drawn)) };
}

/**
 * A series whose flags are only those naming a value it draws: a busy measure holds a flag most
 * days, and its page's charts carried every one of them (the page lists its flags apart).
 */
export function drawnFlagsOnly<T extends IntervalSeries>(s: T): T {
  const page = seriesForPage(s);
  return { ...page, flags: page.flags.filter((f) => f.claimIds.length > 0) };
}
