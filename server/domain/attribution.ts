import type { Speaker } from './schemas';
import { formatDate, formatEstimate } from './dates';
import { placeAdjective } from './nations';

interface Attributable {
  speaker: Speaker | null;
  citedBy: string[];
  outlet: string;
  wire?: string | null;
}

const LOWER_ROLE = /^[a-z]+(?: [a-z]+){0,2}$/;

/** "John Kirby (White House National Security Council spokesman)": who speaks, as one phrase. */
export function speakerLabel(s: Speaker | null): string | null {
  if (!s) return null;
  // "US officials", "a senior EU official", "Western governments": an unnamed role qualified by
  // one word of where it is from reads as one phrase, not "officials, US".
  const adjective = !s.name && s.role && s.organisation && LOWER_ROLE.test(s.role) ? placeAdjective(s.organisation) : null;
  if (adjective !== null && s.role) {
    const words = s.role.split(' ');
    return [...words.slice(0, -1), adjective, words[words.length - 1]].join(' ');
  }
  const role = [s.role, s.organisation].filter(Boolean).join(', ');
  if (s.name) return role ? `${s.name} (${role})` : s.name;
  return role || null;
}

/** Short form for chart labels: a name, else the organisation, else the role. */
export function speakerShort(s: Speaker | null): string | null {
  if (!s) return null;
  return s.name ?? s.organisation ?? s.role;
}

/**
 * The chain of citation as one sentence, innermost first:
 * "unnamed security official, told The Washington Post, reported by The Northern Advocate".
 */
export function citationLine(c: Attributable): string {
  const who = speakerLabel(c.speaker);
  const parts: string[] = [];
  if (who) parts.push(who);
  for (const via of c.citedBy) parts.push(parts.length ? `told ${via}` : via);
  const outlet = c.wire && c.wire !== c.outlet ? `${c.outlet} (${c.wire})` : c.outlet;
  parts.push(parts.length ? `reported by ${outlet}` : outlet);
  return parts.join(', ');
}

/** The date as a reader should see it: printed, or "unknown, estimated …". */
export function dateLabel(published: string | null, estimate: { from: string; to: string } | null): string {
  if (published) return formatDate(published);
  return estimate ? formatEstimate(estimate) : 'unknown';
}

/** "Press Association, 15 May 2023": the source line under a chart or in a tooltip. */
export function sourceLine(c: { outlet: string; published: string | null; publishedEstimate: { from: string; to: string } | null }): string {
  return `${c.outlet}, ${dateLabel(c.published, c.publishedEstimate)}`;
}
