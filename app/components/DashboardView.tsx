'use client';
import Link from 'next/link';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useTRPC } from '@/app/trpc/client';
import { ChartCard } from './ChartCard';
import { EmbedDialog } from './EmbedDialog';
import { FlagBadge } from './FlagList';
import type { FlagKind } from '@/server/domain/schemas';
import { formatDate } from '@/server/domain/dates';

export function DashboardView() {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.topics.dashboard.queryOptions());
  const { summary, panels } = data;
  if (panels.length === 0 || summary.figures === 0) {
    return (
      <div className="state">
        <h1>No figures yet</h1>
        <p>Tally has no articles to show. <Link href="/ingest">Add an article</Link> and its figures will appear here.</p>
      </div>
    );
  }
  return (
    <>
      <p className="eyebrow">Dashboard</p>
      <h1>Figures in the news, with their sources</h1>
      <p className="lede">
        Every figure in {summary.sources} article{summary.sources === 1 ? '' : 's'}, who stated it and when, drawn as the range it
        really stands for — and where sources disagree, why. Select any value to read the sentence it came from.
      </p>
      <section className="summary" aria-label="Summary">
        <Stat n={summary.figures} label="figures" />
        <Stat n={summary.sources} label="sources" href="/sources" />
        <Stat n={summary.measures} label="measures" href="/measures" />
        <div className="stat stat--wide" data-testid="open-flags">
          <span className="stat__n">{summary.openFlags}</span>
          <span className="stat__label">open flags</span>
          <div className="stat__kinds">
            {Object.entries(summary.flagsByKind).map(([k, n]) => (
              <span key={k} title={`${n} ${k}`}>
                <FlagBadge kind={k as FlagKind} /> <span className="small">{n}</span>
              </span>
            ))}
          </div>
        </div>
      </section>
      {panels.map((panel) => (
        <section key={panel.topic.id} className="topic" aria-labelledby={`topic-${panel.topic.id}`} data-topic-id={panel.topic.id}>
          <div className="topic__head">
            <h2 id={`topic-${panel.topic.id}`}>{panel.topic.title}</h2>
            <p>{panel.topic.description}</p>
          </div>
          {panel.comparison && (
            <ChartCard
              hero
              series={panel.comparison}
              title={panel.comparison.title}
              subtitle={`Headline figure of each measure, in ${panel.comparison.unit}; bars are the range each wording allows, arrows mark open ends.`}
              extra={
                <>
                  <EmbedDialog measureId="" kind="comparison" topicId={panel.topic.id} title={panel.comparison.title} />
                  <a href={`/api/v1/topics/${panel.topic.id}/data.csv`}>Get the data (CSV)</a>
                </>
              }
            />
          )}
          <div className="grid">
            {panel.charts.map(({ measure, series, duration }) => (
              <ChartCard
                key={measure.id}
                series={series}
                duration={duration}
                title={measure.title}
                subtitle={duration ? `Months since ${formatDate(duration.referenceDate)}: the dashed line is the calendar; each mark is what an article said.` : `${measure.unit} · ${measure.kind.replace('-', ' ')}`}
                href={`/measures/${measure.id}`}
                hideKinds={panel.comparison ? ['different-measures'] : []}
              />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}

function Stat({ n, label, href }: { n: number; label: string; href?: string }) {
  return (
    <div className="stat">
      <span className="stat__n">{n}</span>
      <span className="stat__label">{href ? <Link href={href}>{label}</Link> : label}</span>
    </div>
  );
}
