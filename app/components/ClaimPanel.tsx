import Link from 'next/link';
import type { Claim, Flag } from '@/server/domain/schemas';
import { formatInterval } from '@/server/domain/interval-text';
import { dateLabel, speakerLabel } from '@/server/domain/attribution';
import { formatDate } from '@/server/domain/dates';
import { FlagList } from './FlagList';
import { REVIEW_LABEL, claimDateText } from './ClaimsTable';

/** Everything known about one figure: what, who, via whom, when, and how it entered Tally. */
export function ClaimPanel({ claim: c, flags, measureTitle }: { claim: Claim; flags: Flag[]; measureTitle: string }) {
  return (
    <section className="claim-panel" aria-labelledby="claim-panel-h" data-testid="claim-panel" data-claim-id={c.id}>
      <p className="eyebrow">Selected figure</p>
      <h2 id="claim-panel-h" className="claim-panel__value">
        {c.stance === 'denies' ? `Denied: “${c.value.text}”` : c.value.text}
      </h2>
      <dl className="facts">
        {c.stance === 'asserts' && (
          <>
            <dt>Interval</dt>
            <dd>
              {formatInterval(c.value)} {c.unit}
              {c.currency && c.currency !== c.unit ? ` (${c.currency})` : ''}
            </dd>
          </>
        )}
        <dt>Measure</dt>
        <dd>
          <Link href={`/measures/${c.measureId}`}>{measureTitle}</Link>
        </dd>
        <dt>Outlet</dt>
        <dd>{c.outlet}</dd>
        <dt>Published</dt>
        <dd data-testid="claim-published">{dateLabel(c.published, c.publishedEstimate)}</dd>
        <dt>As of</dt>
        <dd>
          {claimDateText(c)}
          {c.periodStart ? `, since ${formatDate(c.periodStart)}` : ''}
        </dd>
        <dt>Speaker</dt>
        <dd>{speakerLabel(c.speaker) ?? 'the outlet itself'}</dd>
        <dt>Citation</dt>
        <dd data-testid="claim-citation">{c.citation}</dd>
        <dt>Stance</dt>
        <dd>{c.stance}</dd>
        <dt>Entered</dt>
        <dd>
          {c.origin}, {REVIEW_LABEL[c.review]}
        </dd>
      </dl>
      <blockquote className="claim-panel__quote">“{c.quote}”</blockquote>
      {c.note && <p className="small muted">{c.note}</p>}
      <FlagList flags={flags} />
    </section>
  );
}
