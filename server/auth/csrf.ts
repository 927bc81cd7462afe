import { CSRF_HEADER } from './cookies';
import { sameSecret } from './secrets';

/**
 * Whether a state-changing request that carries a session cookie really comes from one of this
 * site's pages: the browser's own word on where it was made (Sec-Fetch-Site, Origin) and the
 * session's CSRF token in a header no other site can set. The reason to refuse, or null.
 * Requests with `Authorization: Bearer` carry no ambient credentials and are never asked.
 */
export function csrfProblem(req: { url: string; headers: Headers }, sessionCsrf: string, origins: string[]): string | null {
  const site = req.headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin') return 'This request came from another site; a change can only be made from Tally’s own pages.';
  const origin = req.headers.get('origin');
  if (origin !== null && !sameOrigin(origin, req, origins)) return 'This request came from another origin; a change can only be made from Tally’s own pages.';
  const given = req.headers.get(CSRF_HEADER);
  if (!given || !sameSecret(given, sessionCsrf)) return 'The page’s security token is missing or out of date: reload the page and try again.';
  return null;
}

/** The Origin names this server: as it was addressed (Host), as it is configured to be reached, or as the URL says. */
function sameOrigin(origin: string, req: { url: string; headers: Headers }, origins: string[]): boolean {
  let o: URL;
  try {
    o = new URL(origin);
  } catch {
    return false; // "null" (a sandboxed frame, a data: page) and anything unreadable
  }
  const host = req.headers.get('host');
  if (host && o.host === host.toLowerCase()) return true;
  return [new URL(req.url).origin, ...origins].some((x) => x.replace(/\/+$/, '') === o.origin);
}
