import Link from 'next/link';
import { serverCaller } from '@/app/trpc/server';
import { dateLabel } from '@/server/domain/attribution';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Sources' };

export default async function SourcesPage() {
  const sources = await (await serverCaller()).sources.list();
  return (
    <>
      <p className="eyebrow">Sources</p>
      <h1>The articles behind the figures</h1>
      <p className="lede">Each article is kept as published, with every figure it states highlighted.</p>
      {sources.length === 0 ? (
        <div className="state">
          No articles yet. <Link href="/ingest">Add one</Link>.
        </div>
      ) : (
        <ul className="list">
          {sources.map((s) => (
            <li key={s.id} className="list__item" data-source-id={s.id}>
              <h2>
                <Link href={`/sources/${s.id}`}>{s.title}</Link>
              </h2>
              <p className="small muted">
                {s.outlet} · {dateLabel(s.published, s.publishedEstimate)} · {s.claimCount} figure{s.claimCount === 1 ? '' : 's'}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
