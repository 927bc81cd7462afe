import Link from 'next/link';
import { listPage } from '@/app/trpc/server';
import { dateLabel } from '@/server/domain/attribution';
import { Pager, cursorParam } from '@/app/components/Pager';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Sources' };

const PER_PAGE = 50;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SourcesPage({ searchParams }: Props) {
  const { page, cursor } = await listPage((c, cursor) => c.sources.list({ limit: PER_PAGE, cursor }), cursorParam(await searchParams));
  const sources = page.items;
  return (
    <>
      <p className="eyebrow">Sources</p>
      <h1>The articles behind the figures</h1>
      <p className="lede">Each article is kept as published, with every figure it states highlighted. Newest first.</p>
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
      <Pager path="/sources" nextCursor={page.nextCursor} shown={sources.length} total={page.total} cursor={cursor} noun="articles" />
    </>
  );
}
