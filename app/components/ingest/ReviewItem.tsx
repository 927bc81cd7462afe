'use client';
import Link from 'next/link';
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useTRPC } from '@/app/trpc/client';
import type { ReviewClaim } from '@/server/domain/review-api';
import { formatInterval } from '@/server/domain/value';
import { speakerLabel } from '@/server/domain/attribution';
import { EditClaim } from './EditClaim';
import { claimDateText } from '../ClaimsTable';

/** One open claim: its figure, interval, measure and quote, accepted, corrected or rejected on its own. */
export function ReviewItem({ c, admin, showSource = true }: { c: ReviewClaim; admin: boolean; showSource?: boolean }) {
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
        {c.review === 'auto' && <span className="tag">accepted automatically</span>}
        {c.review === 'pending' && <span className="tag tag--pending">awaiting review</span>}
        {c.review === 'set-aside' && <span className="tag">set aside, counted nowhere</span>}
      </div>
      {c.review === 'set-aside' && c.note && (
        <p className="small muted" data-set-aside-reason>
          {c.note}
        </p>
      )}
      <p className="review-item__quote">
        “{q.slice(0, at)}
        <mark>{q.slice(at, at + c.figureEnd - c.figureStart)}</mark>
        {q.slice(at + c.figureEnd - c.figureStart)}”
      </p>
      <p className="small muted">
        {speakerLabel(c.speaker) ?? 'the outlet itself'}
        {showSource && (
          <>
            {' '}
            · <Link href={`/sources/${c.sourceId}?claim=${c.id}#claim-${c.id}`}>{c.outlet}</Link>
          </>
        )}{' '}
        · as of {claimDateText(c)}
        {!showSource && (
          <>
            {' '}
            · <Link href={`/sources/${c.sourceId}?claim=${c.id}#claim-${c.id}`}>in the text</Link>
          </>
        )}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {mode === 'view' && (
        <div className="actions">
          <button className="btn btn--primary btn--small" disabled={!admin || accept.isPending} onClick={() => accept.mutate({ id: c.id })}>
            Accept
          </button>
          <button className="btn btn--small" disabled={!admin} onClick={() => setMode('edit')}>
            Edit
          </button>
          <button className="btn btn--small" disabled={!admin} onClick={() => setMode('reject')}>
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
