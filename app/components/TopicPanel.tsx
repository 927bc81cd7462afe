import Link from 'next/link';
import { ChartCard } from './ChartCard';
import { EmbedDialog } from './EmbedDialog';
import { formatDate } from '@/server/domain/dates';
import type { TopicPanel as Panel } from '@/server/db/dashboard';
import { flagsOnce } from './flags-once';

/** Which card of a story lists which flag: each once, the comparison's first (flags-once.ts). */
export const panelFlags = (panel: Panel) => flagsOnce([panel.comparison?.flags ?? [], ...panel.charts.map((c) => c.series.flags)]);

/**
 * One story: its comparison and its measures' charts, bounded (server/db/dashboard.ts: a budget
 * of drawn values per page). On the dashboard it links to the topic's page; the topic's page
 * lists the measures it has no room to draw, each a link to its measure page. No state of its own:
 * rendered on the server for the dashboard, in the browser inside the topic's page (TopicView).
 */
export function TopicPanel({ panel, onDashboard }: { panel: Panel; onDashboard: boolean }) {
  const id = panel.topic.id;
  const more = panel.measureCount - panel.charts.length;
  const Heading = onDashboard ? 'h2' : 'h1';
  const once = panelFlags(panel);
  return (
    <section className="topic" aria-labelledby={`topic-${id}`} data-topic-id={id}>
      <div className="topic__head">
        <Heading id={`topic-${id}`}>{onDashboard ? <Link href={`/topics/${id}`}>{panel.topic.title}</Link> : panel.topic.title}</Heading>
        <p>{panel.topic.description}</p>
      </div>
      {panel.comparison && (
        <ChartCard
          hero
          series={panel.comparison}
          flags={once.shown[0]}
          title={panel.comparison.title}
          subtitle={`Headline figure of each measure, in ${panel.comparison.unit}; bars are the range each wording allows, arrows mark open ends.`}
          extra={
            <>
              <EmbedDialog measureId="" kind="comparison" topicId={id} title={panel.comparison.title} />
              <a href={`/api/v1/topics/${id}/data.csv`}>Get the data (CSV)</a>
            </>
          }
        />
      )}
      <div className="grid">
        {panel.charts.map(({ measure, series, duration, figures, flags }, i) => (
          <ChartCard
            key={measure.id}
            series={series}
            duration={duration}
            title={measure.title}
            subtitle={
              (duration ? `Months since ${formatDate(duration.referenceDate)}: the dashed line is the calendar; each mark is what an article said.` : `${measure.unit} · ${measure.kind.replace('-', ' ')}`) +
              (figures > series.points.length ? ` · the latest ${series.points.length} of ${figures.toLocaleString('en-GB')} figures` : '')
            }
            href={`/measures/${measure.id}`}
            flags={once.shown[i + 1]}
            flagsAbove={once.above[i + 1]}
            flagCount={flags}
          />
        ))}
      </div>
      {!onDashboard && panel.others.length > 0 && (
        <section className="others" aria-labelledby={`others-${id}`}>
          <h2 id={`others-${id}`}>
            {panel.charts.length > 0 ? `${panel.others.length} more measure${panel.others.length === 1 ? '' : 's'} of this story` : 'Measures of this story'}
          </h2>
          <ul className="others__list">
            {panel.others.map((m) => (
              <li key={m.id}>
                <Link href={`/measures/${m.id}`}>{m.title}</Link>{' '}
                <span className="small muted">
                  {m.figures.toLocaleString('en-GB')} figure{m.figures === 1 ? '' : 's'}
                  {m.disputes > 0 && ` · ${m.disputes} disagreement${m.disputes === 1 ? '' : 's'}`}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {onDashboard && more > 0 && (
        <p className="topic__more">
          <Link href={`/topics/${id}`}>
            All {panel.measureCount} measures of this story <span aria-hidden="true">→</span>
          </Link>
        </p>
      )}
    </section>
  );
}
