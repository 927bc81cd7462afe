import Link from 'next/link';
import { FlagBadgeLink } from './FlagList';
import { FlagFocusProvider } from './charts/flag-focus';
import { TopicPanel } from './TopicPanel';
import type { FlagKind } from '@/server/domain/schemas';
import { isNote } from '@/server/domain/meaning';
import type { dashboard } from '@/server/db/dashboard';

type Dashboard = Awaited<ReturnType<typeof dashboard>>;

/** A server component: only the flags' highlighting and the charts come to the browser as code. */
export function DashboardView({ data }: { data: Dashboard }) {
  const { summary, panels } = data;
  if (panels.length === 0 || summary.figures === 0) {
    return (
      <div className="state">
        <h1>No figures yet</h1>
        <p>Tally has no articles to show. <Link href="/ingest">Add an article</Link> and its figures will appear here.</p>
      </div>
    );
  }
  const kinds = (Object.entries(summary.flagsByKind) as [FlagKind, number][]).sort(([a], [b]) => Number(isNote(a)) - Number(isNote(b)));
  const notes = kinds.reduce((n, [k, x]) => n + (isNote(k) ? x : 0), 0);
  const disagreements = summary.openFlags - notes;
  return (
    <FlagFocusProvider>
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
        <Stat n={data.topicCount} label={data.topicCount === 1 ? 'story' : 'stories'} href="/topics" />
        <div className="stat stat--wide" data-testid="open-flags">
          {/* Disagreements between sources first; notes about the evidence (one origin, different measures) apart. */}
          <span className="stat__n">{disagreements}</span>
          <span className="stat__label">
            <Link href="/flags?group=disagreements">{disagreements === 1 ? 'disagreement' : 'disagreements'}</Link>
            {' · '}
            <Link href="/flags?group=notes">
              {notes} {notes === 1 ? 'note' : 'notes'}
            </Link>
          </span>
          <div className="stat__kinds">
            {kinds.map(([k, n]) => (
              <span key={k} title={`${n} ${k}`} className={isNote(k) ? 'stat__kind--note' : undefined}>
                <FlagBadgeLink kind={k} /> <span className="small">{n}</span>
              </span>
            ))}
          </div>
        </div>
      </section>
      {panels.map((panel) => (
        <TopicPanel key={panel.topic.id} panel={panel} onDashboard />
      ))}
      {data.topicCount > panels.length && (
        <p className="topic__more">
          <Link href="/topics">
            All {data.topicCount} stories <span aria-hidden="true">→</span>
          </Link>
        </p>
      )}
    </FlagFocusProvider>
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
