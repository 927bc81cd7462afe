'use client';
import Link from 'next/link';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useTRPC } from '@/app/trpc/client';
import { ChartCard } from './ChartCard';
import { ClaimPages } from './ClaimsTable';
import { FlagList } from './FlagList';
import { FlagFocusProvider } from './charts/flag-focus';
import { EmbedDialog } from './EmbedDialog';
import { EditMeasure } from './EditMeasure';
import { MergeSplit } from './MergeSplit';
import { formatDate } from '@/server/domain/dates';
import { UNSORTED_TOPIC } from '@/server/domain/unsorted';

const KIND_TEXT = {
  'cumulative-count': 'running total, counted up to each figure’s date',
  commitment: 'commitment (agreed or sought, delivered or not)',
  amount: 'amount',
  duration: 'duration since a reference date',
  count: 'count within a stated period',
  rate: 'rate or percentage',
} as const;

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export function MeasureView({ id }: { id: string }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.measures.overview.queryOptions({ id }));
  const { data: chart } = useSuspenseQuery(trpc.measures.chart.queryOptions({ id }));
  const { measure, topic, flags, flagCount, counts } = data;
  const events = useQuery(trpc.review.history.queryOptions({ id }));
  const changes = useQuery(trpc.measures.changes.queryOptions({ id }));
  const figures = `${plural(counts.figures, 'figure')} from ${plural(counts.sources, 'source')}`;
  const timeline = chart.timeline;
  const rowsNote = chart.figures > chart.series.points.length ? ` The latest ${chart.series.points.length} of ${chart.figures.toLocaleString('en-GB')} figures; the table below lists every claim.` : '';
  const links = (
    <>
      <EmbedDialog measureId={measure.id} title={measure.title} />
      <a href={`/api/v1/measures/${measure.id}/data.csv`}>Get the data (CSV)</a>
      <a href={`/embed/${measure.id}/chart.png`}>PNG</a>
      <a href={`/embed/${measure.id}/chart.svg`}>SVG</a>
    </>
  );
  return (
    <FlagFocusProvider>
      <nav className="crumbs" aria-label="Breadcrumb">
        <Link href="/">Dashboard</Link> / <Link href={`/topics/${topic.id}`}>{topic.title}</Link>
      </nav>
      <p className="eyebrow">Measure</p>
      <h1>{measure.title}</h1>
      <p className="lede">{measure.description}</p>
      <p className="small muted" data-testid="measure-meta">
        Unit: {measure.unit}
        {measure.currency ? ` (${measure.currency})` : ''} · Kind: {KIND_TEXT[measure.kind]}
        {measure.referenceDate ? ` from ${formatDate(measure.referenceDate)}` : ''} · Figures within {Math.round(measure.tolerance * 100)}% of each
        other count as agreeing.
      </p>
      <EditMeasure measure={measure} proposed={topic.id === UNSORTED_TOPIC.id} />
      <MergeSplit measure={measure} claimCount={counts.figures} />
      {timeline ? (
        <>
          <ChartCard
            hero
            series={{ ...chart.series, points: timeline.points, domain: timeline.domain }}
            timeline={timeline}
            title={measure.title}
            subtitle={`${figures}, by date.${timeline.dated > timeline.points.length ? ` The latest ${timeline.points.length} of ${timeline.dated.toLocaleString('en-GB')} dated figures.` : ''} Select a value to read its sentence.`}
            extra={links}
            flagsAt="flags" flagCount={flagCount}
          />
          <div style={{ marginTop: '1.5rem' }}>
            <ChartCard compact series={chart.series} title="Who said what" subtitle={`One row per value, labelled with its source.${rowsNote}`} />
          </div>
        </>
      ) : (
        <ChartCard hero series={chart.series} duration={chart.duration} title={measure.title} subtitle={`${figures}. Select a value to read its sentence.${rowsNote}`} extra={links} flagsAt="flags" flagCount={flagCount} />
      )}
      <section aria-labelledby="claims-h" style={{ marginTop: '2rem' }}>
        <h2 id="claims-h">Every claim</h2>
        <ClaimPages measureId={measure.id} state="counted" caption={`Claims for ${measure.title}`} />
      </section>
      {/* Each flag is said once on the page, here; the chart's card links to it. */}
      <section id="flags" aria-labelledby="flags-h" style={{ marginTop: '2rem' }}>
        <h2 id="flags-h">Where sources disagree</h2>
        <FlagList flags={flags} empty="No disagreement flags: the sources that give this figure agree." />
        {flagCount > flags.length && (
          <p className="small">
            <Link href={`/flags?measure=${encodeURIComponent(measure.id)}`}>
              All {flagCount.toLocaleString('en-GB')} flags of this measure <span aria-hidden="true">→</span>
            </Link>
          </p>
        )}
      </section>
      {counts.history > 0 && (
        <section aria-labelledby="history-h" style={{ marginTop: '2rem' }}>
          <h2 id="history-h">History</h2>
          <p className="small muted">Claims pending review, corrected or rejected. Tally never deletes a claim; it marks it.</p>
          <ClaimPages measureId={measure.id} state="history" caption={`Earlier and pending claims for ${measure.title}`} />
        </section>
      )}
      {(events.data?.length ?? 0) > 0 && (
        <section aria-labelledby="events-h" style={{ marginTop: '2rem' }}>
          <h2 id="events-h">Review log</h2>
          <div className="table-wrap">
            <table className="data" data-testid="review-log">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Claim</th>
                  <th scope="col">What happened</th>
                  <th scope="col">Why</th>
                  <th scope="col">Who</th>
                </tr>
              </thead>
              <tbody>
                {events.data!.map((e, i) => (
                  <tr key={i}>
                    <td className="num">{whenText(e.at)}</td>
                    <td>{e.valueText ?? e.claimId}</td>
                    <td>{e.action.replace(/-/g, ' ')}</td>
                    <td>{e.reason ?? '—'}</td>
                    <td data-by>{e.by}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {(changes.data?.length ?? 0) > 0 && (
        <section aria-labelledby="changes-h" style={{ marginTop: '2rem' }}>
          <h2 id="changes-h">Changes to this measure</h2>
          <div className="table-wrap">
            <table className="data" data-testid="measure-changes">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">What happened</th>
                  <th scope="col">Who</th>
                </tr>
              </thead>
              <tbody>
                {changes.data!.map((e, i) => (
                  <tr key={i}>
                    <td className="num">{whenText(e.at)}</td>
                    <td>{changeText(e.action, e.detail)}</td>
                    <td data-by>{e.by}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </FlagFocusProvider>
  );
}

/** When a decision or change was made, as the histories print it. */
const whenText = (at: string | number | Date) => `${new Date(at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC`;

/** One catalog event in words: what changed, from the detail the write kept (server/db/catalog-edit.ts). */
function changeText(action: string, detail: unknown): string {
  const d = (detail ?? {}) as { from?: unknown; to?: unknown; into?: unknown; reason?: unknown; claims?: unknown };
  const why = typeof d.reason === 'string' && d.reason ? ` — ${d.reason}` : '';
  if (action === 'edited' && d.to && typeof d.to === 'object') return `edited ${Object.keys(d.to).join(', ')}`;
  if (action === 'merged' && typeof d.into === 'string') return `merged into ${d.into}${why}`;
  if (action === 'absorbed' && typeof d.from === 'string') return `took in the figures of ${d.from}${why}`;
  if (action === 'split' && typeof d.to === 'string') return `figures split off to ${d.to}${why}`;
  return `${action.replace(/-/g, ' ')}${why}`;
}
