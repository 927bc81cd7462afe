'use client';
import Link from 'next/link';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useTRPC } from '@/app/trpc/client';
import { ChartCard } from './ChartCard';
import { ClaimsTable } from './ClaimsTable';
import { FlagList } from './FlagList';
import { EmbedDialog } from './EmbedDialog';
import { EditMeasure } from './EditMeasure';
import { MergeSplit } from './MergeSplit';
import { formatDate } from '@/server/domain/dates';
import { isActive } from '@/server/domain/flags';
import { UNSORTED_TOPIC } from '@/server/domain/unsorted';

const KIND_TEXT = {
  'cumulative-count': 'running total, counted up to each figure’s date',
  commitment: 'commitment (agreed or sought, delivered or not)',
  amount: 'amount',
  duration: 'duration since a reference date',
  count: 'count within a stated period',
  rate: 'rate or percentage',
} as const;

export function MeasureView({ id }: { id: string }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.measures.get.queryOptions({ id }));
  const { data: chart } = useSuspenseQuery(trpc.measures.chart.queryOptions({ id }));
  const { measure, topic, claims, flags, conversions } = data;
  const events = useQuery(trpc.review.history.queryOptions({ id }));
  const active = claims.filter(isActive);
  const history = claims.filter((c) => !isActive(c));
  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb">
        <Link href="/">Dashboard</Link> / <Link href={`/#topic-${topic.id}`}>{topic.title}</Link>
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
      <MergeSplit measure={measure} claims={claims.filter(isActive)} />
      <ChartCard
        hero
        series={chart.series}
        duration={chart.duration}
        title={measure.title}
        subtitle={`${active.length} figure${active.length === 1 ? '' : 's'} from ${new Set(active.map((c) => c.sourceId)).size} source(s). Select a value to read its sentence.`}
        extra={
          <>
            <EmbedDialog measureId={measure.id} title={measure.title} />
            <a href={`/api/v1/measures/${measure.id}/data.csv`}>Get the data (CSV)</a>
            <a href={`/embed/${measure.id}/chart.png`}>PNG</a>
            <a href={`/embed/${measure.id}/chart.svg`}>SVG</a>
          </>
        }
      />
      <section aria-labelledby="claims-h" style={{ marginTop: '2rem' }}>
        <h2 id="claims-h">Every claim</h2>
        <ClaimsTable claims={active} caption={`Claims for ${measure.title}`} conversions={conversions} />
      </section>
      <section aria-labelledby="flags-h" style={{ marginTop: '2rem' }}>
        <h2 id="flags-h">Where sources disagree</h2>
        <FlagList flags={flags} empty="No disagreement flags: the sources that give this figure agree." />
      </section>
      {history.length > 0 && (
        <section aria-labelledby="history-h" style={{ marginTop: '2rem' }}>
          <h2 id="history-h">History</h2>
          <p className="small muted">Claims pending review, corrected or rejected. Tally never deletes a claim; it marks it.</p>
          <ClaimsTable claims={history} caption={`Earlier and pending claims for ${measure.title}`} />
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
                </tr>
              </thead>
              <tbody>
                {events.data!.map((e, i) => (
                  <tr key={i}>
                    <td className="num">{new Date(e.at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC</td>
                    <td>{claims.find((c) => c.id === e.claimId)?.value.text ?? e.claimId}</td>
                    <td>{e.action.replace(/-/g, ' ')}</td>
                    <td>{e.reason ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
