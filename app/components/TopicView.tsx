'use client';
import Link from 'next/link';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useTRPC } from '@/app/trpc/client';
import { TopicPanel } from './TopicPanel';
import { FlagList } from './FlagList';

/** A story's page: every measure with something to draw, and every flag among them. */
export function TopicView({ id }: { id: string }) {
  const trpc = useTRPC();
  const { data: panel } = useSuspenseQuery(trpc.topics.panel.queryOptions({ id }));
  return (
    <>
      <p className="eyebrow">
        <Link href="/topics">Stories</Link>
      </p>
      {panel.measureCount === 0 ? (
        <>
          <h1>{panel.topic.title}</h1>
          <p className="state">No figures in this story yet: its measures wait for review or have none.</p>
        </>
      ) : (
        <TopicPanel panel={panel} onDashboard={false} />
      )}
      {panel.flags.length > 0 && (
        <section aria-labelledby="topic-flags">
          <h2 id="topic-flags">Flags in this story</h2>
          <FlagList flags={panel.flags} />
        </section>
      )}
    </>
  );
}
