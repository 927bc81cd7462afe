'use client';
import { useId, useState } from 'react';

const MESSAGES: Record<string, string> = {
  wrong: 'Wrong name or password.',
  missing: 'Type your name and your password.',
  limit: 'Too many attempts from this address: wait a minute and try again.',
};

/**
 * Sign in with a name and password. With JavaScript the form posts JSON and reloads the page it
 * came from; without, it is a plain form post answered with a redirect (server/http/auth-routes.ts).
 */
export function LoginForm({ next, error }: { next: string; error: string | null }) {
  const id = useId();
  const [message, setMessage] = useState<string | null>(error ? (MESSAGES[error] ?? MESSAGES.wrong) : null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="auth__card"
      method="post"
      action="/api/auth/login"
      data-testid="login-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        setBusy(true);
        setMessage(null);
        try {
          const res = await fetch('/api/auth/login', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ name: data.get('name'), password: data.get('password'), next }),
          });
          const body = (await res.json().catch(() => ({}))) as { message?: string; next?: string };
          if (res.ok) return window.location.assign(body.next ?? next);
          setMessage(res.status === 401 ? MESSAGES.wrong : (body.message ?? 'Tally could not sign you in just now; try again.'));
        } catch {
          setMessage('Tally could not be reached.');
        }
        setBusy(false);
      }}
    >
      <input type="hidden" name="next" value={next} />
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input id={`${id}-name`} name="name" autoComplete="username" required maxLength={48} autoCapitalize="none" spellCheck={false} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>Password</label>
        <input id={`${id}-password`} name="password" type="password" autoComplete="current-password" required maxLength={200} />
      </div>
      {message && (
        <p className="field-error" role="alert" data-testid="login-error">
          {message}
        </p>
      )}
      <button className="btn btn--primary" type="submit" disabled={busy}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
      <p className="auth__note">
        Reading needs no account. Reviewers and admins sign in to store articles and review figures; each decision is kept with their name.
      </p>
    </form>
  );
}
