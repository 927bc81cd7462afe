/**
 * The two cookies of a signed-in browser. `tally_session` carries the session (HttpOnly: no
 * script reads it; SameSite=Lax: sent when following a link here, never with another site's POST).
 * `tally_csrf` carries the session's CSRF token for the page's own script to send back in the
 * `x-tally-csrf` header (readable by script, SameSite=Strict); the server checks it against the
 * token stored with the session, not against the cookie, so a planted cookie proves nothing.
 */
export const SESSION_COOKIE = 'tally_session';
export const CSRF_COOKIE = 'tally_csrf';
export const CSRF_HEADER = 'x-tally-csrf';
export const SESSION_DAYS = 30;

export interface CookieOptions {
  httpOnly: boolean;
  sameSite: 'Lax' | 'Strict';
  secure: boolean;
  /** Seconds; 0 clears the cookie. */
  maxAge: number;
}

export function serializeCookie(name: string, value: string, o: CookieOptions): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, 'Path=/', `Max-Age=${Math.max(0, Math.floor(o.maxAge))}`, `SameSite=${o.sameSite}`];
  if (o.maxAge <= 0) parts.push('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
  if (o.httpOnly) parts.push('HttpOnly');
  if (o.secure) parts.push('Secure');
  return parts.join('; ');
}

/** Both cookies of a new session, or (values null) the two that clear them. */
export function sessionCookies(session: { token: string; csrf: string } | null, secure: boolean): string[] {
  const maxAge = session ? SESSION_DAYS * 86_400 : 0;
  return [
    serializeCookie(SESSION_COOKIE, session?.token ?? '', { httpOnly: true, sameSite: 'Lax', secure, maxAge }),
    serializeCookie(CSRF_COOKIE, session?.csrf ?? '', { httpOnly: false, sameSite: 'Strict', secure, maxAge }),
  ];
}

/** One cookie's value from a Cookie header; the first of its name, undecodable values ignored. */
export function readCookie(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at < 0 || part.slice(0, at).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(at + 1).trim()) || null;
    } catch {
      return null;
    }
  }
  return null;
}

/** Served over https, directly or behind a proxy that says so, or configured to be reached that way. */
export function isSecureRequest(url: string, headers: Headers, publicOrigin: string): boolean {
  if (new URL(url).protocol === 'https:') return true;
  if ((headers.get('x-forwarded-proto') ?? '').split(',')[0].trim().toLowerCase() === 'https') return true;
  return publicOrigin.startsWith('https://');
}
