import Link from 'next/link';
import { serverCaller } from '@/app/trpc/server';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Stories' };

/** Every story (topic) Tally follows, with how much it holds; each leads to its page. */
export default async function TopicsPage() {
  const caller = await serverCaller();
  const [topics, measures] = await Promise.all([caller.topics.list(), caller.measures.list()]);
  const byTopic = new Map(topics.map((t) => [t.id, measures.filter((m) => m.topicId === t.id)]));
  const withFigures = topics.filter((t) => (byTopic.get(t.id) ?? []).some((m) => m.claimCount > 0));
  return (
    <>
      <p className="eyebrow">Stories</p>
      <h1>Every story Tally follows</h1>
      <p className="lede">A story (topic) holds the measures of one event or subject; its page draws each of them.</p>
      {withFigures.length === 0 ? (
        <p className="state">
          No stories with figures yet. <Link href="/ingest">Add an article</Link>.
        </p>
      ) : (
        <ul className="list">
          {withFigures.map((t) => {
            const ms = byTopic.get(t.id) ?? [];
            const figures = ms.reduce((n, m) => n + m.claimCount, 0);
            return (
              <li key={t.id} className="list__item" data-topic-id={t.id}>
                <h2>
                  <Link href={`/topics/${t.id}`}>{t.title}</Link>
                </h2>
                <p className="small muted">
                  {figures.toLocaleString('en-GB')} figure{figures === 1 ? '' : 's'} · {ms.length} measure{ms.length === 1 ? '' : 's'}
                </p>
                {t.description && <p className="small">{t.description}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
