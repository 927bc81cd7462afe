import Link from 'next/link';
import { listPage, serverCaller } from '@/app/trpc/server';
import { NewTopic, TopicControls } from '@/app/components/TopicControls';
import { Pager, cursorParam } from '@/app/components/Pager';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Measures' };

const TOPICS_PER_PAGE = 20;
const MEASURES_PER_TOPIC = 50;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every measure, by topic, a page of topics at a time; a topic's page lists the rest of a long one. */
export default async function MeasuresPage({ searchParams }: Props) {
  const { page, cursor } = await listPage((c, cursor) => c.topics.list({ limit: TOPICS_PER_PAGE, cursor }), cursorParam(await searchParams));
  const caller = await serverCaller();
  const topics = page.items;
  const measures = await Promise.all(topics.map((t) => caller.measures.list({ topicId: t.id, limit: MEASURES_PER_TOPIC })));
  const canMerge = page.total > 1;
  return (
    <>
      <p className="eyebrow">Measures</p>
      <h1>Every quantity Tally compares</h1>
      <p className="lede">A measure is one quantity that claims from different sources can be set against each other on.</p>
      <NewTopic />
      {page.total === 0 && <p className="state">No measures yet.</p>}
      {topics.map((t, i) => (
        <section key={t.id} className="topic">
          <div className="topic__head">
            <h2>{t.title}</h2>
          </div>
          <TopicControls topic={t} canMerge={canMerge} />
          {measures[i].total === 0 && <p className="small muted">No measures in this topic.</p>}
          <ul className="list">
            {measures[i].items.map((m) => (
              <li key={m.id} className="list__item" data-measure-id={m.id}>
                <h2>
                  <Link href={`/measures/${m.id}`}>{m.title}</Link>
                </h2>
                <p className="small muted">
                  {m.claimCount} figure{m.claimCount === 1 ? '' : 's'} from {m.sourceCount} source{m.sourceCount === 1 ? '' : 's'} · {m.flagCount} flag
                  {m.flagCount === 1 ? '' : 's'} · {m.unit}
                </p>
                <p className="small">{m.description}</p>
              </li>
            ))}
          </ul>
          {measures[i].nextCursor && (
            <p className="small">
              <Link href={`/topics/${t.id}`}>All {measures[i].total.toLocaleString('en-GB')} measures of {t.title} →</Link>
            </p>
          )}
        </section>
      ))}
      <Pager path="/measures" nextCursor={page.nextCursor} shown={topics.length} total={page.total} cursor={cursor} noun="topics" />
    </>
  );
}
