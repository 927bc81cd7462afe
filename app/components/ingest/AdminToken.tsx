'use client';
import { useEffect, useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTRPCClient, readAdminToken, writeAdminToken } from '@/app/trpc/client';

/** The admin token this browser holds and whether the server accepts it (shared by every write control). */
export function useAdminToken() {
  const client = useTRPCClient();
  const [token, setToken] = useState<string | null>(null);
  useEffect(() => setToken(readAdminToken()), []);
  const check = useQuery({ queryKey: ['admin-token', token], queryFn: () => client.review.whoami.query(), enabled: !!token, retry: false });
  return { token, setToken, check, ok: !!token && check.isSuccess };
}

/**
 * Writes need the admin token (TALLY_ADMIN_TOKEN, or the one `npm start` keeps in
 * DATA_DIR/admin-token). It is asked for once and kept in this browser.
 */
export function AdminToken({ onChange }: { onChange?: (ok: boolean) => void }) {
  const id = useId();
  const { token, setToken, check, ok } = useAdminToken();
  const [draft, setDraft] = useState('');
  useEffect(() => onChange?.(ok), [ok, onChange]);
  if (ok) {
    return (
      <p className="token token--ok small" data-testid="admin-ok">
        Admin token accepted: you can store and review.{' '}
        <button type="button" className="linklike" onClick={() => (writeAdminToken(null), setToken(null))}>
          Forget it
        </button>
      </p>
    );
  }
  return (
    <form
      className="token"
      onSubmit={(e) => {
        e.preventDefault();
        writeAdminToken(draft.trim());
        setToken(draft.trim());
      }}
    >
      <label htmlFor={id}>Admin token</label>
      <p className="hint small muted" id={`${id}-hint`}>
        Storing needs the admin token: <code>TALLY_ADMIN_TOKEN</code>, or the one in <code>DATA_DIR/admin-token</code> that <code>npm start</code>{' '}
        made. It stays in this browser.
      </p>
      <div className="token__row">
        <input id={id} type="password" autoComplete="off" value={draft} onChange={(e) => setDraft(e.target.value)} aria-describedby={`${id}-hint`} />
        <button className="btn" type="submit" disabled={!draft.trim()}>
          Use token
        </button>
      </div>
      {token && check.isError && (
        <p className="field-error" role="alert">
          That token was refused.
        </p>
      )}
    </form>
  );
}
