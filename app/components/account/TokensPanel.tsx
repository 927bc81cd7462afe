'use client';
import { useId, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useTRPC } from '@/app/trpc/client';
import { ShownOnce } from './ShownOnce';

const when = (iso: string | null) => (iso ? `${new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })} UTC` : 'never');
const messageOf = (e: unknown) => (e instanceof TRPCClientError ? e.message : 'Tally could not be reached.');

/** A person's API tokens for scripts and the CLI: made here, shown once, revoked here. */
export function TokensPanel() {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const id = useId();
  const tokens = useQuery(trpc.account.tokens.queryOptions());
  const [label, setLabel] = useState('');
  const [made, setMade] = useState<{ token: string; label: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: trpc.account.tokens.queryKey() });
  const create = useMutation(
    trpc.account.createToken.mutationOptions({
      onSuccess: (r) => (setMade({ token: r.token, label: r.view.label }), setLabel(''), setError(null), refresh()),
      onError: (e) => setError(messageOf(e)),
    }),
  );
  const revoke = useMutation(trpc.account.revokeToken.mutationOptions({ onSuccess: refresh, onError: (e) => setError(messageOf(e)) }));
  const live = (tokens.data ?? []).filter((t) => !t.revokedAt);
  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Personal API tokens</h2>
      <p className="small muted" style={{ margin: 0 }}>
        For scripts and the command line: send one as <code>Authorization: Bearer &lt;token&gt;</code>. It acts as you, with your role, and every change it makes carries
        your name. A token is shown once, when it is made; only a hash of it is kept.
      </p>
      <form
        className="panel__row"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate({ label });
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-label`}>What it is for</label>
          <input id={`${id}-label`} value={label} onChange={(e) => setLabel(e.target.value)} maxLength={80} placeholder="e.g. nightly import script" data-testid="token-label" />
        </div>
        <button className="btn btn--primary" type="submit" disabled={!label.trim() || create.isPending} data-testid="token-create">
          {create.isPending ? 'Making…' : 'Make a token'}
        </button>
      </form>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {made && <ShownOnce title={`Your new token “${made.label}”`} secret={made.token} testId="token-secret" onDone={() => setMade(null)} />}
      {tokens.isError && <p className="field-error">{messageOf(tokens.error)}</p>}
      {tokens.data && tokens.data.length === 0 && <p className="small muted">No tokens yet.</p>}
      {tokens.data && tokens.data.length > 0 && (
        <div className="table-wrap">
          <table className="data" data-testid="token-list">
            <caption className="sr-only">Your personal API tokens</caption>
            <thead>
              <tr>
                <th scope="col">For</th>
                <th scope="col" className="narrow-hide">
                  Made
                </th>
                <th scope="col">Last used</th>
                <th scope="col">
                  <span className="sr-only">State</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.data.map((t) => (
                <tr key={t.id} className={t.revokedAt ? 'muted-row' : undefined} data-token-id={t.id}>
                  <td>{t.label}</td>
                  <td className="narrow-hide">{when(t.createdAt)}</td>
                  <td>{when(t.lastUsedAt)}</td>
                  <td>
                    {t.revokedAt ? (
                      `revoked ${when(t.revokedAt)}`
                    ) : (
                      <button type="button" className="btn btn--compact btn--revoke" onClick={() => revoke.mutate({ id: t.id })} disabled={revoke.isPending} data-testid="token-revoke">
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {tokens.data && tokens.data.length > 0 && (
        <p className="small muted" style={{ margin: 0 }}>
          {live.length} in use{tokens.data.length > live.length ? `, ${tokens.data.length - live.length} revoked` : ''}.
        </p>
      )}
    </section>
  );
}
