import Link from 'next/link';
import { serverCaller } from '@/app/trpc/server';
import { NewTopic, TopicControls } from '@/app/components/TopicControls';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Measures' };

export default async function MeasuresPage() {
  const caller = await serverCaller();
  const [topics, measures] = await Promise.all([caller.topics.list(), caller.measures.list()]);
  return (
    <>
      <p className="eyebrow">Measures</p>
      <h1>Every quantity Tally compares</h1>
      <p className="lede">A measure is one quantity that claims from different sources can be set against each other on.</p>
      <NewTopic />
      {measures.length === 0 && <p className="state">No measures yet.</p>}
      {topics.map((t) => (
        <section key={t.id} className="topic">
          <div className="topic__head">
            <h2>{t.title}</h2>
          </div>
          <TopicControls topic={t} topics={topics} />
          <ul className="list">
            {measures
              .filter((m) => m.topicId === t.id)
              .map((m) => (
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
        </section>
      ))}
    </>
  );
}
