'use client';
import Link from 'next/link';
import { useId, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useTRPC } from '@/app/trpc/client';
import type { ReviewArticle as Article } from '@/server/domain/review-api';
import { dateLabel } from '@/server/domain/attribution';
import { ReviewItem } from './ReviewItem';

const n = (x: number) => x.toLocaleString('en-GB');
const figures = (x: number) => `${n(x)} figure${x === 1 ? '' : 's'}`;

/** One article's open figures, with the decisions a desk makes on a whole article: accept the confident ones, reject the rest, or retract it. */
export function ReviewArticle({ a, admin }: { a: Article; admin: boolean }) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const headId = useId();
  const [mode, setMode] = useState<'none' | 'reject' | 'retract'>('none');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const [all, setAll] = useState(false);
  const rest = useQuery({ ...trpc.review.articleClaims.queryOptions({ id: a.sourceId }), enabled: all });
  const outcome = (what: (k: number) => string) => ({
    onSuccess: async (r: { count: number }) => {
      setSaid(what(r.count));
      setMode('none');
      setReason('');
      await qc.invalidateQueries();
    },
    onError: (e: unknown) => setError(e instanceof TRPCClientError ? e.message : 'Tally could not be reached. Nothing was changed.'),
  });
  const accept = useMutation(trpc.review.acceptArticle.mutationOptions(outcome((k) => `Accepted ${figures(k)} as reviewed.`)));
  const reject = useMutation(trpc.review.rejectArticle.mutationOptions(outcome((k) => `Rejected ${figures(k)}.`)));
  const retract = useMutation(trpc.review.retractArticle.mutationOptions(outcome((k) => `Retracted: ${figures(k)} no longer counted.`)));
  const busy = accept.isPending || reject.isPending || retract.isPending;
  const claims = all && rest.data ? rest.data : a.claims;
  const open = (m: typeof mode) => (setError(null), setSaid(null), setReason(''), setMode(m));

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    if (reason.trim().length < 3) return setError('Say why, in a few words: it is kept in the history.');
    if (mode === 'reject') reject.mutate({ id: a.sourceId, reason });
    if (mode === 'retract') retract.mutate({ id: a.sourceId, reason });
  }

  return (
    <section className="review-article" aria-labelledby={headId} data-source-id={a.sourceId} aria-busy={busy}>
      <header className="review-article__head">
        <h3 id={headId}>
          <Link href={`/sources/${a.sourceId}`}>{a.title}</Link>
        </h3>
        <p className="review-article__meta small muted">
          {a.outlet} · {dateLabel(a.published, a.publishedEstimate)} · added {new Date(a.addedAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })}
        </p>
        <ul className="review-article__counts small" aria-label="Open figures">
          {a.pending > 0 && <li className="tag tag--pending">{n(a.pending)} awaiting review</li>}
          {a.auto > 0 && <li className="tag">{n(a.auto)} accepted automatically</li>}
        </ul>
      </header>
      <div className="review-article__bulk no-print">
        {mode === 'none' ? (
          <div className="actions">
            <button type="button" className="btn btn--primary btn--small" disabled={!admin || busy || a.confident === 0} onClick={() => (open('none'), accept.mutate({ id: a.sourceId }))} data-bulk="accept">
              {accept.isPending ? 'Accepting…' : `Accept all confident (${n(a.confident)})`}
            </button>
            <button type="button" className="btn btn--small" disabled={!admin || busy || a.pending === 0} onClick={() => open('reject')} data-bulk="reject">
              Reject the {n(a.pending)} awaiting review…
            </button>
            <button type="button" className="btn btn--small btn--danger" disabled={!admin || busy} onClick={() => open('retract')} data-bulk="retract">
              Retract article…
            </button>
          </div>
        ) : (
          <form onSubmit={submit} aria-label={mode === 'reject' ? `Reject the figures awaiting review in ${a.title}` : `Retract ${a.title}`}>
            <label className="sr-only" htmlFor={`bulk-${a.sourceId}`}>
              {mode === 'reject' ? 'Why reject them?' : 'Why retract the article?'}
            </label>
            <input
              id={`bulk-${a.sourceId}`}
              className="field-inline"
              autoFocus
              value={reason}
              onChange={(e) => (setReason(e.target.value), setError(null))}
              onKeyDown={(e) => e.key === 'Escape' && setMode('none')}
              placeholder={mode === 'reject' ? 'Why reject them? (kept with each figure)' : 'Why retract it? (kept with the article and each figure)'}
            />
            <button type="submit" className={`btn btn--small ${mode === 'retract' ? 'btn--danger' : 'btn--primary'}`} disabled={busy}>
              {mode === 'reject' ? (reject.isPending ? 'Rejecting…' : `Reject ${figures(a.pending)}`) : retract.isPending ? 'Retracting…' : 'Retract article'}
            </button>
            <button type="button" className="btn btn--small" onClick={() => setMode('none')}>
              Cancel
            </button>
          </form>
        )}
        {mode === 'retract' && <p className="small muted review-article__outcome">Every figure of it is kept, marked retracted with your reason, and counted nowhere: not on charts, in flags, counts or search.</p>}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        {said && (
          <p className="small review-article__outcome" role="status">
            {said}
          </p>
        )}
      </div>
      <ul className="list">
        {claims.map((c) => (
          <ReviewItem key={c.id} c={c} admin={admin} showSource={false} />
        ))}
      </ul>
      {a.more > 0 && !(all && rest.data) && (
        <p className="review-article__more">
          <button type="button" className="btn btn--small" onClick={() => setAll(true)} disabled={rest.isFetching}>
            {rest.isFetching ? 'Loading…' : `Show all ${n(a.pending + a.auto)} open figures`}
          </button>
          {rest.isError && <span className="field-error"> Could not load them; try again.</span>}
        </p>
      )}
    </section>
  );
}
