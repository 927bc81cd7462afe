import Link from 'next/link';
import type { DurationSeries, IntervalSeries } from '@/server/domain/series';
import type { Flag } from '@/server/domain/schemas';
import { flagHash } from './flags/anchor';
import { ChartSlot, type TimelineData } from './charts/ChartSlot';
import { DataTable } from './DataTable';
import { FlagList } from './FlagList';

interface Props {
  series: IntervalSeries;
  duration?: DurationSeries | null;
  /** Draw the values by date instead of one row each. */
  timeline?: TimelineData | null;
  title: string;
  subtitle: string;
  href?: string;
  hero?: boolean;
  /** Open the table by default (the measure page shows it; the dashboard folds it away). */
  tableOpen?: boolean;
  extra?: React.ReactNode;
  /** The flags this card lists, when the page has shown some of the series' flags already (flags-once.ts); default: all of them. */
  flags?: Flag[];
  /** The series' flags an earlier card of the page lists: the card points up to them. */
  flagsAbove?: Flag[];
  /** The chart and its sources only: another card on the page carries the flags and the table. */
  compact?: boolean;
  /** Flags of this measure in all, when the series lists only some of them (the rest are on `href`). */
  flagCount?: number;
  /** The page lists the flags in a section of their own (`#id`): the card points there rather than saying each twice. */
  flagsAt?: string;
}

/** "Press Association (15 May 2023); The Northern Advocate (unknown, estimated …)". */
export function sourcesOf(series: IntervalSeries): string {
  const seen = new Map<string, string>();
  for (const p of series.points) if (!seen.has(p.outlet)) seen.set(p.outlet, p.publishedText);
  return [...seen.entries()].map(([o, d]) => `${o} (${d})`).join('; ');
}

/** A chart with everything that must travel with it: title, sources, flags, table, description. */
export function ChartCard({ series, duration, timeline, title, subtitle, href, hero, tableOpen, extra, flags = series.flags, flagsAbove = [], compact, flagCount, flagsAt }: Props) {
  const moreFlags = (flagCount ?? 0) - series.flags.length;
  const headingId = `h-${series.id}`;
  return (
    <figure className={`card${hero ? ' card--hero' : ''}`} aria-labelledby={headingId} data-series-id={series.id} style={{ margin: 0 }}>
      <div>
        <h3 className="card__title" id={headingId}>
          {href ? <Link href={href}>{title}</Link> : title}
        </h3>
        <p className="card__sub">{subtitle}</p>
      </div>
      <ChartSlot series={series} duration={duration} timeline={timeline} describedBy={`d-${series.id}`} />
      <figcaption className="sr-only" id={`d-${series.id}`}>
        {series.description}
      </figcaption>
      {series.points.length > 0 && (
        <p className="sourceline">
          <b>Source{series.points.length > 1 ? 's' : ''}:</b> {sourcesOf(series)}
        </p>
      )}
      {!compact && !flagsAt && <FlagList flags={flags} />}
      {!compact && !flagsAt && flagsAbove.length > 0 && (
        <p className="small">
          <a href={flagHash(flagsAbove[0].id)}>
            {flagsAbove.length === 1 ? 'A flag about these values is' : `${flagsAbove.length} flags about these values are`} listed above <span aria-hidden="true">↑</span>
          </a>
        </p>
      )}
      {!compact && flagsAt && (flagCount ?? series.flags.length) > 0 && (
        <p className="small">
          <a href={`#${flagsAt}`}>
            {(flagCount ?? series.flags.length) === 1 ? 'Its flag' : `Its ${(flagCount ?? series.flags.length).toLocaleString('en-GB')} flags`}, below <span aria-hidden="true">↓</span>
          </a>
        </p>
      )}
      {!compact && href && moreFlags > 0 && (
        <p className="small">
          <Link href={href}>
            {moreFlags} more flag{moreFlags === 1 ? '' : 's'} on this measure’s page <span aria-hidden="true">→</span>
          </Link>
        </p>
      )}
      {series.points.length > 0 && !compact && (
        <details className="table-toggle" open={tableOpen}>
          <summary>Data table ({series.points.length} figure{series.points.length === 1 ? '' : 's'})</summary>
          <DataTable points={series.points} caption={title} />
        </details>
      )}
      {(href || extra) && (
        <div className="card__foot no-print">
          {href && <Link href={href}>All figures, quotes and flags →</Link>}
          {extra}
        </div>
      )}
    </figure>
  );
}
