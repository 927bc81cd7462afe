'use client';
import Link from 'next/link';
import { useCallback, useState } from 'react';
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useTRPC } from '@/app/trpc/client';
import type { Claim } from '@/server/domain/schemas';
import { formatInterval } from '@/server/domain/value';
import { speakerLabel } from '@/server/domain/attribution';
import { AdminToken } from './AdminToken';
import { EditClaim } from './EditClaim';
import { claimDateText } from '../ClaimsTable';

type Item = Claim & { measureTitle: string };

/** Unsure figures first, then those accepted automatically; each can be accepted, edited or rejected. */
export function ReviewQueue() {
  const trpc = useTRPC();
  const { data: queue } = useSuspenseQuery(trpc.review.queue.queryOptions());
  const [admin, setAdmin] = useState(false);
  const onAdmin = useCallback((ok: boolean) => setAdmin(ok), []);
  const pending = queue.filter((c) => c.review === 'pending');
  const auto = queue.filter((c) => c.review === 'auto');
  return (
    <div className="ingest">
      <AdminToken onChange={onAdmin} />
      {queue.length === 0 && (
        <div className="state">
          Nothing to review. Figures from <Link href="/ingest">new articles</Link> that Tally is unsure of will wait here.
        </div>
      )}
      {pending.length > 0 && <Group title={`Awaiting review (${pending.length})`} items={pending} admin={admin} />}
      {auto.length > 0 && <Group title={`Accepted automatically, not reviewed (${auto.length})`} items={auto} admin={admin} />}
    </div>
  );
}

function Group({ title, items, admin }: { title: string; items: Item[]; admin: boolean }) {
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      <ul className="list">
        {items.map((c) => (
          <ReviewItem key={c.id} c={c} admin={admin} />
        ))}
      </ul>
    </section>
  );
}

function ReviewItem({ c, admin }: { c: Item; admin: boolean }) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [mode, setMode] = useState<'view' | 'edit' | 'reject'>('view');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const done = { onSuccess: () => qc.invalidateQueries(), onError: (e: unknown) => setError(e instanceof TRPCClientError ? e.message : 'Tally could not be reached.') };
  const accept = useMutation(trpc.review.accept.mutationOptions(done));
  const reject = useMutation(trpc.review.reject.mutationOptions(done));
  const q = c.quote;
  const at = c.figureStart - c.start;
  return (
    <li className="review-item" data-claim-id={c.id} data-review={c.review}>
      <div className="review-item__head">
        <strong>{c.stance === 'denies' ? `Denied: “${c.value.text}”` : c.value.text}</strong>
        <span className="num">{c.stance === 'denies' ? '' : `${formatInterval(c.value)} ${c.unit}`}</span>
        <span className="small">
          → <Link href={`/measures/${c.measureId}`}>{c.measureTitle}</Link>
          {c.confidence !== null && <span className="muted"> · {Math.round(c.confidence * 100)}% sure</span>}
        </span>
      </div>
      <p className="review-item__quote">
        “{q.slice(0, at)}
        <mark>{q.slice(at, at + c.figureEnd - c.figureStart)}</mark>
        {q.slice(at + c.figureEnd - c.figureStart)}”
      </p>
      <p className="small muted">
        {speakerLabel(c.speaker) ?? 'the outlet itself'} · <Link href={`/sources/${c.sourceId}?claim=${c.id}#claim-${c.id}`}>{c.outlet}</Link> · as of {claimDateText(c)}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {mode === 'view' && (
        <div className="actions">
          <button className="btn btn--primary" disabled={!admin || accept.isPending} onClick={() => accept.mutate({ id: c.id })}>
            Accept
          </button>
          <button className="btn" disabled={!admin} onClick={() => setMode('edit')}>
            Edit
          </button>
          <button className="btn" disabled={!admin} onClick={() => setMode('reject')}>
            Reject
          </button>
        </div>
      )}
      {mode === 'reject' && (
        <form
          className="actions"
          onSubmit={(e) => {
            e.preventDefault();
            reject.mutate({ id: c.id, reason });
          }}
        >
          <label className="sr-only" htmlFor={`r-${c.id}`}>
            Why reject it?
          </label>
          <input id={`r-${c.id}`} className="field-inline" placeholder="Why reject it? (kept with the claim)" value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
          <button className="btn btn--primary" type="submit" disabled={reason.trim().length < 3 || reject.isPending}>
            Reject
          </button>
          <button className="btn" type="button" onClick={() => setMode('view')}>
            Cancel
          </button>
        </form>
      )}
      {mode === 'edit' && <EditClaim c={c} onDone={() => setMode('view')} />}
    </li>
  );
}
