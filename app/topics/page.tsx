import Link from 'next/link';
import { listPage } from '@/app/trpc/server';
import { Pager, cursorParam } from '@/app/components/Pager';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Stories' };

const PER_PAGE = 50;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every story (topic) Tally follows, with how much it holds; each leads to its page. */
export default async function TopicsPage({ searchParams }: Props) {
  const { page, cursor } = await listPage((c, cursor) => c.topics.list({ limit: PER_PAGE, cursor }), cursorParam(await searchParams));
  // A story whose figures all await review has nothing to show yet: /review lists them.
  const withFigures = page.items.filter((t) => t.figureCount > 0);
  return (
    <>
      <p className="eyebrow">Stories</p>
      <h1>Every story Tally follows</h1>
      <p className="lede">A story (topic) holds the measures of one event or subject; its page draws each of them.</p>
      {withFigures.length === 0 && !page.nextCursor ? (
        <p className="state">
          No stories with figures yet. <Link href="/ingest">Add an article</Link>.
        </p>
      ) : (
        <ul className="list">
          {withFigures.map((t) => (
            <li key={t.id} className="list__item" data-topic-id={t.id}>
              <h2>
                <Link href={`/topics/${t.id}`}>{t.title}</Link>
              </h2>
              <p className="small muted">
                {t.figureCount.toLocaleString('en-GB')} figure{t.figureCount === 1 ? '' : 's'} · {t.measureIds.length} measure{t.measureIds.length === 1 ? '' : 's'}
              </p>
              {t.description && <p className="small">{t.description}</p>}
            </li>
          ))}
        </ul>
      )}
      <Pager path="/topics" nextCursor={page.nextCursor} shown={page.items.length} total={page.total} cursor={cursor} noun="stories" />
    </>
  );
}
