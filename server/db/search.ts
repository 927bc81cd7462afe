import type { ReadDb } from './client';
import { COUNT_CAP, searchSql } from './search-sql';
import { decodeCursor, encodeCursor, SEARCH_TYPES, type SearchItem, type SearchPage, type SearchQuery } from '../domain/search';
import { clip, framed, markedToHtml } from '../domain/snippet';
import { dateLabel, speakerLabel } from '../domain/attribution';
import { formatDate } from '../domain/dates';
import { claimWhen } from './rows';
import type { AsOfPrecision, DateEstimate } from '../domain/schemas';

interface Row {
  n_claim: number;
  n_measure: number;
  n_topic: number;
  n_source: number;
  type: SearchItem['type'] | null;
  id: string;
  rank: string | number;
  at: string;
  key: string;
  title: string;
  title_hl: string;
  body_hl: string | null;
  body: string | null;
  topic_id: string | null;
  topic_title: string | null;
  outlet: string | null;
  wire: string | null;
  value_text: string | null;
  speaker_name: string | null;
  speaker_role: string | null;
  speaker_org: string | null;
  measure_id: string | null;
  source_id: string | null;
  source_title: string | null;
  as_of: string | null;
  as_of_from: string | null;
  as_of_to: string | null;
  as_of_precision: AsOfPrecision | null;
  published: string | null;
  published_estimate: DateEstimate | null;
}

/** The date as the rest of the site says it: a figure's span or estimate, a source's estimate; a measure's latest day. */
function dateText(r: Row): string | null {
  if (!r.at) return null;
  if (r.type === 'source') return dateLabel(r.published, r.published_estimate);
  return r.type === 'claim' ? claimWhen(r).asOfText : formatDate(r.at);
}

const enc = encodeURIComponent;

function toItem(r: Row, words: boolean): SearchItem {
  // Without words ts_headline is not run: the passage is clipped here instead (and nothing marked).
  const passage = r.body_hl ?? '';
  const full = r.body ?? '';
  const base = {
    id: r.id,
    title: r.title,
    titleHtml: markedToHtml(r.title_hl),
    snippet: markedToHtml(words ? framed(passage, full) : clip(passage)),
    rank: Number(r.rank) / 1e6,
    date: r.at || null,
    dateText: dateText(r),
  };
  switch (r.type) {
    case 'claim': {
      const speaker = r.speaker_name || r.speaker_role || r.speaker_org ? { name: r.speaker_name, role: r.speaker_role, organisation: r.speaker_org } : null;
      return {
        type: 'claim',
        ...base,
        link: `/sources/${enc(r.source_id!)}?claim=${enc(r.id)}#claim-${enc(r.id)}`,
        valueText: r.value_text!,
        outlet: r.outlet!,
        speaker: speakerLabel(speaker),
        measureId: r.measure_id!,
        measureTitle: r.title,
        sourceId: r.source_id!,
        sourceTitle: r.source_title!,
      };
    }
    case 'measure':
      return { type: 'measure', ...base, link: `/measures/${enc(r.id)}`, topicId: r.topic_id!, topicTitle: r.topic_title };
    case 'topic':
      return { type: 'topic', ...base, link: `/topics/${enc(r.id)}` };
    default:
      return { type: 'source', ...base, link: `/sources/${enc(r.id)}`, outlet: r.outlet!, wire: r.wire };
  }
}

/**
 * One page of a search, ranked by relevance then recency, with its total and counts per type.
 * One statement: every type's matches are found through its index, counted, and only the page's
 * rows are joined back and given a snippet.
 */
export async function search(db: ReadDb, f: SearchQuery): Promise<SearchPage> {
  const after = f.cursor ? decodeCursor(f.cursor) : null;
  const { sql, params } = searchSql(f, after);
  const rows = await db.query<Row>(sql, params);
  const head = rows[0];
  // Counts stop one past the cap: that many or more is said as "1,000+" (capped).
  const counted = { claim: head.n_claim, measure: head.n_measure, topic: head.n_topic, source: head.n_source };
  const capped = SEARCH_TYPES.filter((t) => counted[t] > COUNT_CAP);
  const byType = { claim: Math.min(counted.claim, COUNT_CAP), measure: Math.min(counted.measure, COUNT_CAP), topic: Math.min(counted.topic, COUNT_CAP), source: Math.min(counted.source, COUNT_CAP) };
  const found = rows.filter((r) => r.type !== null);
  const page = found.slice(0, f.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => toItem(r, f.q !== '')),
    nextCursor: found.length > f.limit ? encodeCursor([Number(last.rank), last.at, last.key]) : null,
    total: f.type ? byType[f.type] : byType.claim + byType.measure + byType.topic + byType.source,
    byType,
    capped: f.type ? capped.filter((t) => t === f.type) : capped,
  };
}
