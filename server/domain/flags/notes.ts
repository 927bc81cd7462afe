import type { Claim, Flag, Measure } from '../schemas';
import { formatDate, monthsBetween } from '../dates';
import { formatNumber, overlaps, type ValueInterval } from '../value';
import { speakerShort } from '../attribution';
import { originsOf } from '../origins';
import type { Comparable } from '../compare';
import { camp, describeClaim, flag } from './make';

/** Denials against what others assert after the denial's start: one flag per measure. */
export function denials(m: Measure, list: Claim[], items: Comparable[]): Flag[] {
  const deniers = list.filter((c) => c.stance === 'denies');
  if (deniers.length === 0) return [];
  // "No troops have crossed since March" says nothing of a figure for February.
  const from = deniers.map((d) => d.periodStart).filter((d): d is string => d !== null).sort()[0] ?? null;
  const asserted = items.filter((i) => (i.value.high === null || i.value.high > 0) && (from === null || i.claim.asOf === null || i.claim.asOf >= from));
  if (asserted.length === 0) return [];
  const who = [...new Set(deniers.map((d) => speakerShort(d.speaker) ?? d.outlet))].join(', ');
  const theirs = asserted.slice(0, 3).map((i) => describeClaim(i.claim)).join('; ');
  const more = asserted.length > 3 ? ` and ${asserted.length - 3} more` : '';
  const deny = camp(deniers.map((d) => ({ claim: d, value: d.value, converted: null })));
  return [flag('denial', m, [deny, camp(asserted)], `${who} ${deniers.length > 1 && who.includes(',') ? 'deny' : 'denies'} it (“${deniers[0].value.text}”), while ${theirs}${more} give a figure for “${m.title}”.`)];
}

/** Durations that contradict the calendar from the measure's reference date: one flag per origin. */
export function offCalendar(m: Measure, list: Claim[]): Flag[] {
  if (m.kind !== 'duration' || !m.referenceDate) return [];
  const ref = m.referenceDate;
  const wrong = list.filter((c) => {
    if (c.stance !== 'asserts' || !c.asOf || c.asOfEstimated) return false;
    const actual = monthsBetween(ref, c.asOf);
    const point: ValueInterval = { ...c.value, low: actual, high: actual, lowInclusive: true, highInclusive: true };
    return !overlaps(c.value, point, m.tolerance);
  });
  return originsOf(wrong).map((o) => {
    const c = o.claims[0];
    const actual = monthsBetween(ref, c.asOf!);
    const reprints = o.outlets.length > 1 ? ` (${o.label})` : '';
    return flag(
      'off-calendar',
      m,
      [camp(o.claims.map((x) => ({ claim: x, value: x.value, converted: null })))],
      `${describeClaim(c)}${reprints} does not match the calendar: from ${formatDate(ref)} to ${formatDate(c.asOf!)} is ${formatNumber(Math.round(actual * 10) / 10)} ${m.unit}.`,
    );
  });
}

/** A figure only one origin gives, however many outlets reprint it. */
export function singleSource(m: Measure, list: Claim[]): Flag | null {
  const asserted = list.filter((c) => c.stance === 'asserts');
  if (asserted.length === 0) return null;
  const origins = originsOf(list);
  if (origins.length !== 1) return null;
  const [o] = origins;
  const c = asserted[0];
  const who = speakerShort(c.speaker);
  const outlets = o.outlets.length > 1 ? `${o.outlets.length} outlets (${o.outlets.join(', ')}) print` : `Only ${c.outlet} gives`;
  const citing = who ? `, citing ${who}` : '';
  return flag(
    'single-source',
    m,
    [camp(asserted.map((x) => ({ claim: x, value: x.value, converted: null })))],
    `${outlets} a figure for “${m.title}”${citing}: ${[...new Set(asserted.map((a) => `“${a.value.text}”`))].join(', ')}; ${o.outlets.length > 1 ? 'all from one origin, so no independent source confirms it' : 'no other source confirms it'}.`,
  );
}
