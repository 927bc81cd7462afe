'use client';
import { useEffect, useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { usePathname } from 'next/navigation';
import { useTRPCClient, readAdminToken, writeAdminToken } from '@/app/trpc/client';

/**
 * Whether this browser may write (shared by every write control): signed in as a reviewer or
 * admin (the session cookie), or holding a token the server accepts (the admin token or a
 * personal one). `me` is who the server takes the browser for.
 */
export function useAdminToken() {
  const client = useTRPCClient();
  const [token, setToken] = useState<string | null>(null);
  const [mounted, setMounted] = useState(false);
  useEffect(() => (setToken(readAdminToken()), setMounted(true)), []);
  const check = useQuery({ queryKey: ['admin-token', token], queryFn: () => client.account.me.query(), enabled: mounted, retry: false });
  const me = check.data ?? null;
  return { token, setToken, check, me, ok: !!me && me.role !== 'reader', refused: !!token && (check.isError || me?.role === 'reader') };
}

/**
 * Writes need a reviewer or admin: signed in (/login), or with a token — the admin token
 * (TALLY_ADMIN_TOKEN, or the one `npm start` keeps in DATA_DIR/admin-token) or a personal one,
 * asked for once and kept in this browser.
 */
export function AdminToken({ onChange }: { onChange?: (ok: boolean) => void }) {
  const id = useId();
  const { token, setToken, me, ok, refused } = useAdminToken();
  const [draft, setDraft] = useState('');
  const path = usePathname();
  useEffect(() => onChange?.(ok), [ok, onChange]);
  if (ok && me?.via === 'session') {
    return (
      <p className="token token--ok small" data-testid="admin-ok" data-signed-in={me.name ?? ''}>
        Signed in as <strong>{me.name}</strong> ({me.role}): you can store and review, and each decision is kept with your name.
      </p>
    );
  }
  if (ok) {
    return (
      <p className="token token--ok small" data-testid="admin-ok">
        {me?.via === 'token' ? `Personal token of ${me.name} accepted` : 'Admin token accepted'}: you can store and review.{' '}
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
      <p className="hint small muted">
        Or <a href={`/login?next=${encodeURIComponent(path)}`}>sign in</a> with your own account, so your decisions carry your name.
      </p>
      {refused && (
        <p className="field-error" role="alert">
          That token was refused.
        </p>
      )}
    </form>
  );
}
