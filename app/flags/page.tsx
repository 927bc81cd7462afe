import Link from 'next/link';
import { z } from 'zod';
import { listPage, serverCaller } from '@/app/trpc/caller';
import { Pager, cursorParam } from '@/app/components/Pager';
import { FLAG_LABEL, FlagBadge, FlagKindOptions } from '@/app/components/FlagList';
import { FlagKind } from '@/server/domain/schemas';
import { NOTE_KINDS } from '@/server/domain/meaning';
import { flagHash } from '@/app/components/flags/anchor';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Flags' };

const PER_PAGE = 50;

/**
 * The page's whole state is its URL (shareable, works without JavaScript): each filter is parsed
 * on its own, and one that is not a value the list knows is said and left out, never a crash.
 */
const Filters = {
  kind: FlagKind,
  group: z.enum(['disagreements', 'notes']),
  topic: z.string().min(1).max(200),
  measure: z.string().min(1).max(200),
};
type Key = keyof typeof Filters;
type Params = Partial<Record<Key, string>>;
const KEYS = Object.keys(Filters) as Key[];

function readFilters(raw: Record<string, string | string[] | undefined>): { params: Params; refused: string[] } {
  const params: Params = {};
  const refused: string[] = [];
  for (const k of KEYS) {
    const v = raw[k];
    const s = (Array.isArray(v) ? v[0] : v)?.trim();
    if (!s) continue;
    if (Filters[k].safeParse(s).success) params[k] = s;
    else refused.push(k);
  }
  return { params, refused };
}

function href(p: Params): string {
  const qs = new URLSearchParams();
  for (const k of KEYS) if (p[k]) qs.set(k, p[k]!);
  const s = qs.toString();
  return s ? `/flags?${s}` : '/flags';
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FlagsPage({ searchParams }: Props) {
  const raw = await searchParams;
  const { params, refused } = readFilters(raw);
  const input = {
    kind: params.kind as z.infer<typeof FlagKind> | undefined,
    group: params.group as 'disagreements' | 'notes' | undefined,
    topicId: params.topic,
    measureId: params.measure,
  };
  const [{ page, cursor }, { page: topics }] = await Promise.all([
    listPage((c, cur) => c.flags.page({ ...input, limit: PER_PAGE, cursor: cur }), cursorParam(raw)),
    listPage((c) => c.topics.list({ limit: 100 }), undefined),
  ]);
  const { items, names } = page;
  const filtered = KEYS.some((k) => params[k]);
  const topicTitle = (id: string) => names.topics[id] ?? topics.items.find((t) => t.id === id)?.title ?? id;
  const firstNote = items.findIndex((f) => NOTE_KINDS.includes(f.kind));
  return (
    <>
      <p className="eyebrow">Flags</p>
      <h1>Where sources disagree</h1>
      <p className="lede">
        Every flag Tally computed from the claims. <b>Disagreements</b> — conflicts, denials, figures that cannot all be true in one source or
        by the calendar — come first; <b>notes</b> (a figure with only one origin, related figures of different measures) after them.
      </p>
      <form className="flag-filters" action="/flags" method="get" role="search" aria-label="Filter flags">
        <div className="field">
          <label htmlFor="flags-group">Show</label>
          <select id="flags-group" name="group" defaultValue={params.group ?? ''}>
            <option value="">Disagreements and notes</option>
            <option value="disagreements">Disagreements only</option>
            <option value="notes">Notes only</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="flags-kind">Kind</label>
          <select id="flags-kind" name="kind" defaultValue={params.kind ?? ''}>
            <FlagKindOptions any="Any kind" />
          </select>
        </div>
        <div className="field">
          <label htmlFor="flags-topic">Story</label>
          <select id="flags-topic" name="topic" defaultValue={params.topic ?? ''}>
            <option value="">Every story</option>
            {params.topic && !topics.items.some((t) => t.id === params.topic) && <option value={params.topic}>{topicTitle(params.topic)}</option>}
            {topics.items.map((t) => (
              <option key={t.id} value={t.id}>
                {t.title}
              </option>
            ))}
          </select>
        </div>
        {params.measure && <input type="hidden" name="measure" value={params.measure} />}
        <div className="actions">
          <button type="submit" className="btn">
            Apply
          </button>
          {filtered && (
            <Link href="/flags" className="small">
              Clear filters
            </Link>
          )}
        </div>
      </form>
      {params.measure && (
        <p className="small">
          Flags on the measure <Link href={`/measures/${encodeURIComponent(params.measure)}`}>{names.measures[params.measure] ?? params.measure}</Link> ·{' '}
          <Link href={href({ ...params, measure: undefined })}>all measures</Link>
        </p>
      )}
      {refused.length > 0 && (
        <p className="notice" role="status">
          Left out: {refused.map((k) => `“${k}”`).join(', ')} {refused.length === 1 ? 'is not a value' : 'are not values'} this list knows (kind is one of{' '}
          {FlagKind.options.join(', ')}; show is disagreements or notes).
        </p>
      )}
      <p className="small muted" aria-live="polite">
        {page.total.toLocaleString('en-GB')} flag{page.total === 1 ? '' : 's'}
        {filtered ? ' match these filters' : ''}.
      </p>
      {items.length === 0 ? (
        <div className="state">{filtered ? 'No flag matches these filters.' : 'No flags: no two sources disagree yet, and every figure has more than one origin.'}</div>
      ) : (
        <>
          {firstNote !== 0 && <FlagItems flags={firstNote < 0 ? items : items.slice(0, firstNote)} params={params} names={names} topicTitle={topicTitle} />}
          {firstNote >= 0 && (
            <section aria-labelledby="flags-notes">
              {/* Notes under their own heading; on a page of notes only, the page's filters say so. */}
              <h2 id="flags-notes" className="flag-index__divider">
                Notes
              </h2>
              <FlagItems flags={items.slice(firstNote)} params={params} names={names} topicTitle={topicTitle} />
            </section>
          )}
        </>
      )}
      <Pager path={href(params)} nextCursor={page.nextCursor} shown={items.length} total={page.total} cursor={cursor} noun="flags" />
    </>
  );
}

type PageFlag = Awaited<ReturnType<Caller['flags']['page']>>['items'][number];
type Caller = Awaited<ReturnType<typeof serverCaller>>;

function FlagItems({ flags, params, names, topicTitle }: { flags: PageFlag[]; params: Params; names: { measures: Record<string, string> }; topicTitle: (id: string) => string }) {
  return (
    <ol className="flag-index">
      {flags.map((f) => (
        <li key={f.id} className="flag flag-index__item" data-flag-kind={f.kind} data-flag-id={f.id}>
          <div className="flag-index__head">
            <Link href={href({ ...params, kind: f.kind, group: undefined })} className="badge-link" aria-label={`Only ${FLAG_LABEL[f.kind]} flags`}>
              <FlagBadge kind={f.kind} />
            </Link>
            <span className="small muted">
              {f.topicId && (
                <>
                  <Link href={`/topics/${encodeURIComponent(f.topicId)}`}>{topicTitle(f.topicId)}</Link>
                  {f.measureIds.length > 0 && ' · '}
                </>
              )}
              {f.measureIds.slice(0, 3).map((m, k) => (
                <span key={m}>
                  {k > 0 && ', '}
                  <Link href={`/measures/${encodeURIComponent(m)}`}>{names.measures[m] ?? m}</Link>
                </span>
              ))}
              {f.measureIds.length > 3 && ` and ${f.measureIds.length - 3} more`}
            </span>
          </div>
          <p className="flag-index__reason">{f.reason}</p>
          {f.measureIds.length > 0 && (
            <Link className="flag-index__chart" href={`/measures/${encodeURIComponent(f.measureIds[0])}${flagHash(f.id)}`}>
              See it on the chart <span aria-hidden="true">→</span>
            </Link>
          )}
        </li>
      ))}
    </ol>
  );
}
