import { SEARCH_CANDIDATES, SEARCH_COUNT_CAP, SEARCH_TYPES, type SearchQuery, type SearchType } from '../domain/search';
import { HIT_END, HIT_START } from '../domain/snippet';
import { newestDateOf } from './newest';

/**
 * The SQL of one search. Each type's document is the expression of its GIN index (migration
 * 007) — written the same here, or the planner cannot use the index — and every filter is a
 * predicate on a figure (claim) and its source: a measure, topic or source matches the filters
 * when one of its figures does. Values only ever travel as parameters.
 */
const EN = `'english'::regconfig`;
const SIMPLE = `'simple'::regconfig`;
const speakerText = (c: string) => `coalesce(${c}.speaker_name, '') || ' ' || coalesce(${c}.speaker_role, '') || ' ' || coalesce(${c}.speaker_org, '')`;

export const DOC: Record<SearchType, (a: string) => string> = {
  measure: (m) => `setweight(to_tsvector(${EN}, ${m}.title), 'A') || setweight(to_tsvector(${EN}, ${m}.description), 'B')`,
  topic: (t) => `setweight(to_tsvector(${EN}, ${t}.title), 'A') || setweight(to_tsvector(${EN}, ${t}.description), 'B')`,
  // A row of claim_search or source_search (migration 022): the stored document of a figure that
  // counts, or of a source, beside its date, in a narrow row the cut to the newest reads quickly.
  source: (s) => `${s}.doc`,
  claim: (c) => `${c}.doc`,
};
/** The outlet and speaker filters' documents: the expressions of their GIN indexes (migration 007). */
export const FILTER_DOC = {
  outlet: (s: string) => `to_tsvector(${SIMPLE}, ${s}.outlet)`,
  speaker: (c: string) => `to_tsvector(${SIMPLE}, ${speakerText(c)})`,
};
const active = (c: string) => `${c}.review IN ('reviewed', 'auto')`;
/**
 * The date the site shows for a figure: its as-of, else its source's date, else the middle of its
 * source's estimate — kept on the claim by migration 017 (`dated`), so a search neither joins
 * every matching figure to its source nor dates them one by one.
 */
const claimDate = (c: string) => `${c}.dated`;
/** The newest first, in claim_search and source_search alike (dates and ids compared in "C"). */
const NEWEST = 'x.dated DESC NULLS LAST, x.id COLLATE "C" DESC';

/**
 * With words, each type's matches are cut to the most recent CANDIDATES before they are ranked:
 * ranking reads every candidate's document, and a common word at 100,000 articles matches tens of
 * thousands of figures. Counts stop at COUNT_CAP ("1,000+"). Without words nothing is ranked: the
 * figures come newest first, a page at a time.
 */
export const CANDIDATES = SEARCH_CANDIDATES;
export const COUNT_CAP = SEARCH_COUNT_CAP;

class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

/** What a figure `c` of source `s`, dated in row `d` (its own, or its claim_search row), must satisfy; empty when no filter is given. */
function claimFilter(f: SearchQuery, p: Params, c: string, s: string, d = c): string[] {
  const where: string[] = [];
  if (f.from) where.push(`${claimDate(d)} >= ${p.add(f.from)}`);
  if (f.to) where.push(`${claimDate(d)} <= ${p.add(f.to)}`);
  if (f.outlet) where.push(`${FILTER_DOC.outlet(s)} @@ plainto_tsquery(${SIMPLE}, ${p.add(f.outlet)})`);
  if (f.speaker) where.push(`${FILTER_DOC.speaker(c)} @@ plainto_tsquery(${SIMPLE}, ${p.add(f.speaker)})`);
  if (f.kind) where.push(`EXISTS (SELECT 1 FROM flags f WHERE f.kind = ${p.add(f.kind)} AND f.measure_ids @> ARRAY[${c}.measure_id] AND f.body->'claimIds' ? ${c}.id)`);
  return where;
}

/** One type's matches: where they come from and what they must satisfy, counted and paged alike. */
interface Part {
  type: SearchType;
  from: string;
  where: string[];
  /** The row's date expression, and (with words) its ranking document. */
  at: string;
  doc: string;
  /** The columns the ranking needs, when the matches are first cut to the newest. */
  cut?: { columns: string; newest: string };
}

export function searchSql(f: SearchQuery, after: [number, string, string] | null): { sql: string; params: unknown[] } {
  const p = new Params();
  const words = f.q !== '';
  const tsq = words ? `websearch_to_tsquery(${EN}, ${p.add(f.q)})` : '';
  const match = (doc: string) => (words ? [`${doc} @@ ${tsq}`] : []);
  const anyFigure = (join: string, on: string) => {
    const inSub = claimFilter(f, p, 'fc', 'fs');
    return inSub.length ? [`EXISTS (SELECT 1 FROM ${join} WHERE ${on} AND ${active('fc')} AND ${inSub.join(' AND ')})`] : [];
  };
  // A measure's newest figure that counts is one probe of an index (./newest); a topic's, one per measure.
  const newestOf = (measure: string) => newestDateOf(measure, 'rc', true);
  // With words a figure is found in claim_search (only figures that count are there), and its
  // claim is joined only for a filter that reads it; without, the figures come from claims, newest first.
  const claimJoin = f.speaker || f.kind || f.outlet ? ` JOIN claims c ON c.id = x.id${f.outlet ? ' JOIN sources s ON s.id = c.source_id' : ''}` : '';
  const parts: Part[] = [
    words
      ? { type: 'claim', from: `claim_search x${claimJoin}`, where: [...match(DOC.claim('x')), ...claimFilter(f, p, 'c', 's', 'x')], at: claimDate('x'), doc: DOC.claim('x'), cut: { columns: 'x.id, x.doc, x.dated', newest: NEWEST } }
      : { type: 'claim', from: f.outlet ? 'claims x JOIN sources s ON s.id = x.source_id' : 'claims x', where: [active('x'), ...claimFilter(f, p, 'x', 's')], at: claimDate('x'), doc: '' },
  ];
  if (words) {
    parts.push(
      { type: 'measure', from: 'measures x', where: ['x.merged_into IS NULL', ...match(DOC.measure('x')), ...anyFigure('claims fc JOIN sources fs ON fs.id = fc.source_id', 'fc.measure_id = x.id')], at: newestOf('x.id'), doc: DOC.measure('x') },
      {
        type: 'topic',
        from: 'topics x',
        where: ['x.merged_into IS NULL', ...match(DOC.topic('x')), ...anyFigure('measures fm JOIN claims fc ON fc.measure_id = fm.id JOIN sources fs ON fs.id = fc.source_id', 'fm.topic_id = x.id')],
        at: `(SELECT max(${newestOf('rm.id')}) FROM measures rm WHERE rm.topic_id = x.id)`,
        doc: DOC.topic('x'),
      },
      {
        type: 'source',
        from: 'source_search x',
        where: [...match(DOC.source('x')), ...anyFigure('claims fc JOIN sources fs ON fs.id = fc.source_id', 'fc.source_id = x.id AND fs.id = x.id')],
        at: 'x.dated',
        doc: DOC.source('x'),
        cut: { columns: 'x.id, x.doc, x.dated', newest: NEWEST },
      },
    );
  }
  const cond = (where: string[]) => where.join(' AND ') || 'TRUE';
  const rank = (doc: string) => (words ? `(ts_rank(${doc}, ${tsq}, 1)::float8 * 1000000)::bigint` : '0::bigint');
  const hitsOf = (x: Part) => {
    const cols = (at: string) => `'${x.type}'::text AS type, x.id, ${rank(x.doc)} AS rank, COALESCE(${at}, '') AS at, '${x.type}:' || x.id AS key`;
    // With words, the newest matches are ranked; without, the figures are in date order already.
    if (words && x.cut) return `SELECT ${cols(x.at)} FROM (SELECT ${x.cut.columns} FROM ${x.from} WHERE ${cond(x.where)} ORDER BY ${x.cut.newest} LIMIT ${CANDIDATES}) x`;
    return `SELECT ${cols(x.at)} FROM ${x.from} WHERE ${cond(x.where)}`;
  };
  const counts = parts.map((x) => `(SELECT count(*)::int FROM (SELECT 1 FROM ${x.from} WHERE ${cond(x.where)} LIMIT ${COUNT_CAP + 1}) z) AS n_${x.type}`);
  for (const t of SEARCH_TYPES) if (!parts.some((x) => x.type === t)) counts.push(`0 AS n_${t}`);
  const shown = parts.filter((x) => !f.type || x.type === f.type);
  // Without words only figures are listed, newest first: the page is cut in the part itself.
  const hits = !words ? [`${hitsOf(parts[0])}${after ? ` AND (COALESCE(${claimDate('x')}, ''), 'claim:' || x.id) < (${p.add(after[1])}, ${p.add(after[2])})` : ''} ORDER BY COALESCE(${claimDate('x')}, '') DESC, 'claim:' || x.id DESC LIMIT ${p.add(f.limit + 1)}`] : shown.map(hitsOf);
  return { sql: pageSql(hits.length ? hits : [`SELECT NULL::text AS type, NULL::text AS id, 0::bigint AS rank, '' AS at, '' AS key WHERE FALSE`], counts, f, p, words ? after : null, tsq), params: p.values };
}

const ORDER = 'rank DESC, at DESC, key DESC';

function pageSql(parts: string[], counts: string[], f: SearchQuery, p: Params, after: [number, string, string] | null, tsq: string): string {
  const where = [f.type ? `type = ${p.add(f.type)}` : 'TRUE'];
  if (after) where.push(`(rank, at, key) < (${p.add(after[0])}::bigint, ${p.add(after[1])}, ${p.add(after[2])})`);
  // No article can forge a mark: the two characters are taken out of the text first. (Every
  // parameter added is used: PostgreSQL refuses one whose type nothing in the statement says.)
  const marks = `StartSel=${HIT_START}, StopSel=${HIT_END}`;
  const strip = (e: string) => `translate(${e}, ${p.add(HIT_START + HIT_END)}, '')`;
  const hl = (e: string, opts: string) => (tsq ? `ts_headline(${EN}, ${strip(e)}, ${tsq}, ${p.add(`${marks}, ${opts}`)})` : strip(e));
  const title = 'COALESCE(p.m_title, p.t_title, p.s_title, cm.title)';
  const body = `CASE p.type WHEN 'claim' THEN c.quote WHEN 'measure' THEN p.m_description WHEN 'topic' THEN p.t_description ELSE p.s_outlet || COALESCE(' · ' || p.s_wire, '') END`;
  return `WITH hits AS MATERIALIZED (${parts.join('\nUNION ALL\n')}),
page AS (SELECT * FROM hits WHERE ${where.join(' AND ')} ORDER BY ${ORDER} LIMIT ${p.add(f.limit + 1)})
SELECT tot.*, r.* FROM (
  SELECT ${counts.join(', ')}
) tot LEFT JOIN (
  SELECT p.type, p.id, p.rank, p.at, p.key, ${title} AS title, ${hl(title, 'HighlightAll=true')} AS title_hl,
         ${hl(body, 'MaxWords=40, MinWords=18, ShortWord=2')} AS body_hl, ${body} AS body,
         p.m_topic_id AS topic_id, p.mt_title AS topic_title, COALESCE(p.s_outlet, cs.outlet) AS outlet, p.s_wire AS wire, c.value_text,
         c.speaker_name, c.speaker_role, c.speaker_org, c.measure_id, c.source_id, cs.title AS source_title,
         c.as_of, c.as_of_from, c.as_of_to, c.as_of_precision, COALESCE(p.s_published, cs.published) AS published,
         COALESCE(p.s_published_estimate, cs.published_estimate) AS published_estimate
  -- Two fenced halves (OFFSET 0): the planner orders five joins and then four, not nine at once,
  -- which on a 21-row page cost more to plan than to run.
  FROM (
    SELECT p.*, m.title AS m_title, m.description AS m_description, m.topic_id AS m_topic_id, mt.title AS mt_title, t.title AS t_title, t.description AS t_description,
           s.title AS s_title, s.outlet AS s_outlet, s.wire AS s_wire, s.published AS s_published, s.published_estimate AS s_published_estimate
    FROM page p
    LEFT JOIN measures m ON p.type = 'measure' AND m.id = p.id
    LEFT JOIN topics mt ON mt.id = m.topic_id
    LEFT JOIN topics t ON p.type = 'topic' AND t.id = p.id
    LEFT JOIN sources s ON p.type = 'source' AND s.id = p.id
    OFFSET 0
  ) p
  LEFT JOIN claims c ON p.type = 'claim' AND c.id = p.id
  LEFT JOIN sources cs ON cs.id = c.source_id
  LEFT JOIN measures cm ON cm.id = c.measure_id
) r ON TRUE
ORDER BY r.rank DESC, r.at DESC, r.key DESC`;
}
