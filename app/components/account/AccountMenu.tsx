'use client';
import { useEffect, useRef } from 'react';

export interface AccountMenuProps {
  /** Null when nobody is signed in: a reader. */
  user: { name: string; role: 'reviewer' | 'admin' } | null;
  /** The session's CSRF token, for the sign-out form (server/auth/csrf.ts). */
  csrf: string | null;
}

const initials = (name: string) =>
  name
    .split(/[\s._-]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');

/**
 * The header's account menu: "Sign in" for a reader; for a signed-in person their initials, and a
 * menu with their name and role, their personal tokens, People (admins) and Sign out. It is a
 * <details> element and plain forms, so it works without JavaScript; with it, a click outside or
 * Escape closes it.
 */
export function AccountMenu({ user, csrf }: AccountMenuProps) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const outside = (e: Event) => {
      if (el.open && !el.contains(e.target as Node)) el.open = false;
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && el.open) {
        el.open = false;
        el.querySelector('summary')?.focus();
      }
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', escape);
    };
  }, []);
  if (!user) {
    // A round button the size of a signed-in person's initials: the header keeps its one line.
    return (
      <a className="account-signin" href="/login" data-testid="sign-in" title="Sign in">
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
          <circle cx="10" cy="6.5" r="3.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M3.5 17.5c.8-3.4 3.4-5.3 6.5-5.3s5.7 1.9 6.5 5.3" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
        <span className="sr-only">Sign in</span>
      </a>
    );
  }
  return (
    <details className="account" ref={ref} data-testid="account-menu">
      <summary className="account__button" aria-label={`Account: ${user.name}, ${user.role}`}>
        <span className="account__avatar" aria-hidden="true">
          {initials(user.name) || '?'}
        </span>
      </summary>
      <div className="account__panel">
        <p className="account__who">
          <strong data-testid="account-name">{user.name}</strong>
          <span className={`account__role account__role--${user.role}`}>{user.role}</span>
        </p>
        <ul className="account__links">
          <li>
            <a href="/review">Review queue</a>
          </li>
          <li>
            <a href="/account">Personal API tokens</a>
          </li>
          {user.role === 'admin' && (
            <li>
              <a href="/account/people">People and roles</a>
            </li>
          )}
        </ul>
        <form method="post" action="/api/auth/logout" className="account__out">
          <input type="hidden" name="csrf" value={csrf ?? ''} />
          <button type="submit" className="btn btn--quiet" data-testid="sign-out">
            Sign out
          </button>
        </form>
      </div>
    </details>
  );
}
