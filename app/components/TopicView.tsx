'use client';
import Link from 'next/link';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useTRPC } from '@/app/trpc/client';
import { panelFlags, TopicPanel } from './TopicPanel';
import { FlagList } from './FlagList';
import { FlagFocusProvider } from './charts/flag-focus';

/** A story's page: every measure with something to draw, and its flags (the first FLAGS_ON_TOPIC_PAGE; /flags lists the rest). */
export function TopicView({ id }: { id: string }) {
  const trpc = useTRPC();
  const { data: panel } = useSuspenseQuery(trpc.topics.panel.queryOptions({ id }));
  // Each flag is said once: under the chart whose values it names, and here only those no chart lists.
  const onCards = panel.measureCount === 0 ? new Set<string>() : panelFlags(panel).ids;
  const rest = panel.flags.filter((f) => !onCards.has(f.id));
  return (
    <FlagFocusProvider>
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
          {rest.length < panel.flags.length && (
            <p className="small muted">
              {rest.length === 0
                ? panel.flagCount > panel.flags.length
                  ? 'The flags that name drawn values are listed above, under their charts.'
                  : 'Each flag of this story is listed above, under the chart whose values it names.'
                : `${panel.flags.length - rest.length} more ${panel.flags.length - rest.length === 1 ? 'is' : 'are'} listed above, under the charts whose values they name.`}{' '}
              <Link href={`/flags?topic=${encodeURIComponent(panel.topic.id)}`}>Every flag of this story</Link>
            </p>
          )}
          <FlagList flags={rest} />
          {panel.flagCount > panel.flags.length && (
            <p className="small">
              <Link href={`/flags?topic=${encodeURIComponent(panel.topic.id)}`}>
                All {panel.flagCount.toLocaleString('en-GB')} flags of this story <span aria-hidden="true">→</span>
              </Link>
            </p>
          )}
        </section>
      )}
    </FlagFocusProvider>
  );
}
